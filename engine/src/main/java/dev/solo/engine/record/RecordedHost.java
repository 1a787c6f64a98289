package dev.solo.engine.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Who ran a recorded run, as {@code store info} shows it: the host, its command line and the
 * environment that bears on a JVM build. Nothing that looks like a secret is kept: variables
 * named like one are left out, and on the command line their values are masked.
 */
final class RecordedHost {
	/** Set by the {@code solo} command line before it runs anything. */
	static final String CLI_PROPERTY = "dev.solo.launcher.booted";
	private static final List<String> KEPT_PREFIXES = List.of("SOLO_", "JAVA_", "MAVEN_");
	private static final Pattern SECRET = Pattern.compile(".*(_TOKEN|_SECRET|_PASSWORD|_KEY)$|.*CREDENTIAL.*");
	// -Dkey=value and --key=value, where the key reads as a secret in any of its spellings.
	private static final Pattern ASSIGNMENT = Pattern.compile("^(-D|--?)([^=]+)=(.*)$", Pattern.DOTALL);
	private static final Pattern SECRET_WORD = Pattern.compile(
			".*(token|secret|password|passwd|credential|apikey|api[._-]key|private[._-]?key).*", Pattern.CASE_INSENSITIVE);

	private RecordedHost() {
	}

	static boolean isSecret(String variable) {
		return SECRET.matcher(variable.toUpperCase(Locale.ROOT)).matches();
	}

	/**
	 * The {@code SOLO_*}, {@code JAVA_*} and {@code MAVEN_*} variables, sorted, secrets left out;
	 * a value that holds options ({@code MAVEN_CMD_LINE_ARGS}, {@code JAVA_TOOL_OPTIONS}) has their
	 * secret-looking values masked as on the command line.
	 */
	static Map<String, String> environment(Map<String, String> environment) {
		Map<String, String> kept = new TreeMap<>();
		environment.forEach((name, value) -> {
			if (KEPT_PREFIXES.stream().anyMatch(name::startsWith) && !isSecret(name)) {
				kept.put(name, maskedOptions(value));
			}
		});
		return kept;
	}

	private static String maskedOptions(String value) {
		if (!value.contains("-")) {
			return value;
		}
		// Split on spaces, keeping them, so that a value without secrets comes back as it was.
		List<String> parts = List.of(value.split("(?<= )|(?= )"));
		List<String> words = new ArrayList<>();
		parts.stream().filter(p -> !p.equals(" ")).forEach(words::add);
		List<String> masked = masked(words);
		StringBuilder out = new StringBuilder();
		int next = 0;
		for (String part : parts) {
			out.append(part.equals(" ") ? " " : masked.get(next++));
		}
		return out.toString();
	}

	/** This JVM's command line, each secret-looking value replaced by {@code ***}. */
	static List<String> command() {
		List<String> command = new ArrayList<>();
		ProcessHandle.Info info = ProcessHandle.current().info();
		info.command().ifPresent(command::add);
		info.arguments().ifPresent(arguments -> command.addAll(List.of(arguments)));
		return masked(command);
	}

	static List<String> masked(List<String> command) {
		List<String> masked = new ArrayList<>();
		boolean maskNext = false;
		for (String argument : command) {
			if (maskNext) {
				masked.add("***");
				maskNext = false;
				continue;
			}
			var assignment = ASSIGNMENT.matcher(argument);
			if (assignment.matches() && looksSecret(assignment.group(2))) {
				masked.add(assignment.group(1) + assignment.group(2) + "=***");
			}
			else {
				// "--password hunter2": the flag names a secret, the next argument is it.
				maskNext = argument.startsWith("-") && !argument.contains("=") && looksSecret(argument);
				masked.add(argument);
			}
		}
		return masked;
	}

	private static boolean looksSecret(String key) {
		return SECRET_WORD.matcher(key).matches() || isSecret(key.replace('.', '_').replace('-', '_'));
	}

	/** Which host ran this JVM's tests, from its main class. */
	static String host() {
		if (System.getProperty(CLI_PROPERTY) != null) {
			return "cli";
		}
		String command = System.getProperty("sun.java.command", "");
		if (command.contains("surefire")) {
			return "surefire";
		}
		if (command.contains("org.gradle") || command.contains("GradleWorkerMain")) {
			return "gradle";
		}
		if (command.contains("com.intellij")) {
			return "intellij";
		}
		if (command.contains("org.eclipse.jdt")) {
			return "eclipse";
		}
		if (command.contains("org.junit.platform.console") || command.contains("junit-platform-console")) {
			return "console";
		}
		return "launcher";
	}
}
