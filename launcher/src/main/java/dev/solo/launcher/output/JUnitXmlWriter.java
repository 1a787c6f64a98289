package dev.solo.launcher.output;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apiguardian.api.API;

/**
 * Writes the collected test cases as Surefire's legacy JUnit XML, the format Jenkins, GitLab and
 * GitHub's reporters read: StAX escapes, this class indents and drops what XML 1.0 cannot hold.
 * Public, with its model, for {@code solo report merge}, which writes what it read back.
 */
@API(status = INTERNAL, since = "0.1")
public final class JUnitXmlWriter {
	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
			Locale.ROOT);

	/** A failed attempt: which kind, the exception's type, message and stack trace, and what the attempt printed. */
	public record Problem(Kind kind, String type, Optional<String> message, String stackTrace, String stdout,
			String stderr) {
	}

	/**
	 * One {@code <testcase>}.
	 *
	 * @param result the {@code failure} or {@code error} of a failed test, else absent
	 * @param skipped the reason a skipped or never-run test gives, else absent
	 * @param reruns the failed retries of a test that failed every attempt
	 * @param flakes the failed attempts of a test that passed on a retry
	 * @param properties the case's own {@code <properties>}, as pytest's {@code record_property} writes them
	 *        (first in the case; Jenkins and GitLab read them): what its JVM used of memory
	 */
	public record Case(String className, String name, Duration time, Optional<Problem> result, Optional<String> skipped,
			List<Problem> reruns, List<Problem> flakes, String stdout, String stderr, Map<String, String> properties) {

		public Case {
			properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
		}

		public Case(String className, String name, Duration time, Optional<Problem> result, Optional<String> skipped,
				List<Problem> reruns, List<Problem> flakes, String stdout, String stderr) {
			this(className, name, time, result, skipped, reruns, flakes, stdout, stderr, Map.of());
		}

		/** This case with {@code more} properties after its own. */
		public Case withProperties(Map<String, String> more) {
			if (more.isEmpty()) {
				return this;
			}
			Map<String, String> all = new java.util.LinkedHashMap<>(properties);
			all.putAll(more);
			return new Case(className, name, time, result, skipped, reruns, flakes, stdout, stderr, all);
		}
	}

	/** Surefire tells assertion failures from every other exception, also in its rerun elements. */
	public enum Kind {
		FAILURE("failure", "rerunFailure", "flakyFailure"),
		ERROR("error", "rerunError", "flakyError");

		final String element;
		final String rerun;
		final String flaky;

		Kind(String element, String rerun, String flaky) {
			this.element = element;
			this.rerun = rerun;
			this.flaky = flaky;
		}
	}

	/** One {@code <testsuite>}: a test class and its cases, in run order. */
	public record Suite(String name, List<Case> cases) {
	}

	private final XMLStreamWriter xml;
	private int depth;

	private JUnitXmlWriter(XMLStreamWriter xml) {
		this.xml = xml;
	}

	/**
	 * Writes {@code suites} to {@code file}, creating its folder; the caller names the path in any
	 * failure. {@code properties}, in their order, go into every suite, where Surefire puts its own
	 * and every JUnit XML reader expects them (none takes them on {@code <testsuites>}).
	 */
	public static void write(Path file, String runName, LocalDateTime started, Map<String, String> properties,
			List<Suite> suites) throws IOException, XMLStreamException {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null) {
			Files.createDirectories(folder);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			new JUnitXmlWriter(xml).document(runName, TIMESTAMP.format(started), properties, suites);
			// close() need not flush, and the stream's own close would then lose the tail.
			xml.flush();
			xml.close();
		}
	}

	private void document(String runName, String timestamp, Map<String, String> properties, List<Suite> suites)
			throws XMLStreamException {
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		start("testsuites");
		xml.writeAttribute("name", runName);
		Counts total = new Counts();
		suites.forEach(suite -> suite.cases().forEach(total::add));
		total.write(xml);
		for (Suite suite : suites) {
			suite(suite, timestamp, properties);
		}
		end();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
	}

	private void suite(Suite suite, String timestamp, Map<String, String> properties) throws XMLStreamException {
		start("testsuite");
		xml.writeAttribute("name", suite.name());
		Counts counts = new Counts();
		suite.cases().forEach(counts::add);
		counts.write(xml);
		xml.writeAttribute("timestamp", timestamp);
		if (!properties.isEmpty()) {
			start("properties");
			for (Map.Entry<String, String> property : properties.entrySet()) {
				empty("property");
				xml.writeAttribute("name", clean(property.getKey()));
				xml.writeAttribute("value", clean(property.getValue()));
			}
			end();
		}
		for (Case testCase : suite.cases()) {
			testCase(testCase);
		}
		end();
	}

	private void testCase(Case testCase) throws XMLStreamException {
		start("testcase");
		xml.writeAttribute("name", clean(testCase.name()));
		xml.writeAttribute("classname", clean(testCase.className()));
		xml.writeAttribute("time", seconds(testCase.time()));
		if (!testCase.properties().isEmpty()) {
			start("properties");
			for (Map.Entry<String, String> property : testCase.properties().entrySet()) {
				empty("property");
				xml.writeAttribute("name", clean(property.getKey()));
				xml.writeAttribute("value", clean(property.getValue()));
			}
			end();
		}
		if (testCase.result().isPresent()) {
			Problem problem = testCase.result().get();
			start(problem.kind().element);
			attributes(problem);
			xml.writeCharacters(clean(problem.stackTrace()));
			xml.writeEndElement();
			depth--;
		}
		if (testCase.skipped().isPresent()) {
			empty("skipped");
			xml.writeAttribute("message", clean(testCase.skipped().get()));
		}
		for (Problem rerun : testCase.reruns()) {
			rerun(rerun.kind().rerun, rerun);
		}
		for (Problem flake : testCase.flakes()) {
			rerun(flake.kind().flaky, flake);
		}
		text("system-out", testCase.stdout());
		text("system-err", testCase.stderr());
		boolean empty = testCase.properties().isEmpty() && testCase.result().isEmpty() && testCase.skipped().isEmpty()
				&& testCase.reruns().isEmpty()
				&& testCase.flakes().isEmpty() && testCase.stdout().isEmpty() && testCase.stderr().isEmpty();
		if (empty) {
			// A passing test without output: its end tag on its own line would only add a blank line.
			depth--;
			xml.writeEndElement();
		}
		else {
			end();
		}
	}

	/** {@code rerunFailure}, {@code flakyError} and the like: Surefire nests the stack and the output. */
	private void rerun(String element, Problem problem) throws XMLStreamException {
		start(element);
		attributes(problem);
		text("stackTrace", problem.stackTrace());
		text("system-out", problem.stdout());
		text("system-err", problem.stderr());
		end();
	}

	private void attributes(Problem problem) throws XMLStreamException {
		if (problem.message().isPresent()) {
			xml.writeAttribute("message", clean(problem.message().get()));
		}
		xml.writeAttribute("type", clean(problem.type()));
	}

	/** An element of text on one line; none at all for empty text, as Surefire leaves it out. */
	private void text(String element, String text) throws XMLStreamException {
		if (text.isEmpty()) {
			return;
		}
		start(element);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
		depth--;
	}

	private void start(String element) throws XMLStreamException {
		indent();
		xml.writeStartElement(element);
		depth++;
	}

	private void empty(String element) throws XMLStreamException {
		indent();
		xml.writeEmptyElement(element);
	}

	/** Closes an element whose content was elements: its end tag on a line of its own. */
	private void end() throws XMLStreamException {
		depth--;
		indent();
		xml.writeEndElement();
	}

	private void indent() throws XMLStreamException {
		xml.writeCharacters("\n" + "\t".repeat(depth));
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
	}

	/**
	 * Drops the characters XML 1.0 cannot hold even escaped (most control characters, lone
	 * surrogates, U+FFFE and U+FFFF): a test that prints a NUL must not make the report unreadable.
	 */
	static String clean(String text) {
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
					|| (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
			if (!allowed && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && kept != null) {
				kept.append(c);
			}
			if (pair) {
				if (kept != null) {
					kept.append(text.charAt(i + 1));
				}
				i++;
			}
		}
		return kept == null ? text : kept.toString();
	}

	/** The attributes of a suite, or of all suites: Surefire counts a flaky test as passed. */
	private static final class Counts {
		int tests;
		int failures;
		int errors;
		int skipped;
		Duration time = Duration.ZERO;

		void add(Case testCase) {
			tests++;
			time = time.plus(testCase.time());
			testCase.result().ifPresent(problem -> {
				if (problem.kind() == Kind.FAILURE) {
					failures++;
				}
				else {
					errors++;
				}
			});
			if (testCase.skipped().isPresent()) {
				skipped++;
			}
		}

		void write(XMLStreamWriter xml) throws XMLStreamException {
			xml.writeAttribute("tests", String.valueOf(tests));
			xml.writeAttribute("failures", String.valueOf(failures));
			xml.writeAttribute("errors", String.valueOf(errors));
			xml.writeAttribute("skipped", String.valueOf(skipped));
			xml.writeAttribute("time", seconds(time));
		}
	}
}
