package dev.solo.engine.fork;

import dev.solo.engine.config.SettingsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Proves, once and before any test, that a test JVM starts with the options a setting added.
 * The host's own options need no proof (the host runs with them), but an option from
 * {@code solo.jvm-args} that the JVM refuses would otherwise fail every test on its own, each
 * with the JVM's complaint: the run fails once instead, with that complaint and the setting.
 */
final class JvmOptionsCheck {
	private static final long TIMEOUT_SECONDS = 60;

	private JvmOptionsCheck() {
	}

	static void check(String javaExecutable, List<String> options, String setting, List<String> added) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable);
		command.addAll(options);
		command.add("-version");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw refused(setting, added, "the test JVM did not start within " + TIMEOUT_SECONDS + " s");
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while checking the test JVM's options", e);
		}
		if (process.exitValue() != 0) {
			throw refused(setting, added, "the test JVM does not start with it: " + oneLine(output));
		}
	}

	private static SettingsException refused(String setting, List<String> added, String why) {
		return new SettingsException(setting, String.join(" ", added), why);
	}

	/** The JVM's complaint without the line every refusal ends with. */
	private static String oneLine(String output) {
		String text = output.lines().map(String::trim).filter(l -> !l.isEmpty())
				.filter(l -> !l.startsWith("Error: Could not create the Java Virtual Machine"))
				.filter(l -> !l.startsWith("Error: A fatal exception has occurred"))
				.collect(Collectors.joining("; "));
		return text.isEmpty() ? "exit code only, no message" : text;
	}
}
