package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * {@code report.html}: the page's template with its style, its script, ECharts and the run's
 * JSON inlined, so that it opens from disk or a CI artifact viewer with no network.
 */
@API(status = INTERNAL, since = "0.1")
public final class HtmlPage {
	/** Where the build puts ECharts' minified file, from its WebJar (launcher/pom.xml). */
	static final String ECHARTS = "META-INF/solo/echarts/echarts.min.js";
	private static final String OWN = "dev/solo/launcher/html/";

	private HtmlPage() {
	}

	/** The page of {@code model} with {@code history}. */
	public static String render(ReportModel model, History history) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("/*SOLO_STYLE*/", resource(OWN + "report.css"));
		parts.put("/*SOLO_DATA*/", ReportJson.of(model, history));
		parts.put("/*SOLO_ECHARTS*/", resource(ECHARTS));
		parts.put("/*SOLO_SCRIPT*/", resource(OWN + "report.js"));
		return fill(resource(OWN + "report.html"), parts);
	}

	/**
	 * The template with each placeholder replaced once, in the template's order, where the template
	 * has it: what is put in
	 * (a test's output in the data) is never searched for a placeholder.
	 */
	static String fill(String template, Map<String, String> parts) {
		StringBuilder page = new StringBuilder(template.length() + parts.values().stream().mapToInt(String::length).sum());
		int from = 0;
		for (Map.Entry<String, String> part : parts.entrySet()) {
			int at = template.indexOf(part.getKey(), from);
			if (at < 0) {
				throw new IllegalStateException("the report template has no " + part.getKey() + " after " + from);
			}
			page.append(template, from, at).append(part.getValue());
			from = at + part.getKey().length();
		}
		return page.append(template, from, template.length()).toString();
	}

	/** Writes the page to {@code file}, whole or not at all: a browser never opens half a report. */
	public static void write(ReportModel model, History history, Path file) throws IOException {
		Path target = file.toAbsolutePath();
		Files.createDirectories(target.getParent());
		// Beside it, named so, not a temporary file: those are made owner-only, and a report is for anyone who could read the XML.
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		try {
			Files.writeString(partial, render(model, history), StandardCharsets.UTF_8);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static String resource(String name) {
		try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("solo.jar lacks " + name + ": a build without its resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
