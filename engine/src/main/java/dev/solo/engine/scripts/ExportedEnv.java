package dev.solo.engine.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the file a script's {@code SOLO_ENV} names: one {@code KEY=VALUE} per line, as nextest's
 * {@code NEXTEST_ENV}; blank lines are skipped, the value is everything after the first {@code =}; a
 * name may hold dots ({@code db.url}), as a Java setup's system properties do.
 * Names starting with {@code SOLO_} are Solo's own and refused, as nextest refuses {@code NEXTEST}.
 */
final class ExportedEnv {
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

	private ExportedEnv() {
	}

	/** The variables of {@code file}; a line that is not {@code KEY=VALUE} fails naming it. */
	static Map<String, String> read(Path file) throws IOException {
		return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	static Map<String, String> parse(List<String> lines) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.endsWith("\r")) {
				line = line.substring(0, line.length() - 1);
			}
			if (line.isBlank()) {
				continue;
			}
			int equals = line.indexOf('=');
			String name = equals < 0 ? line : line.substring(0, equals);
			if (equals < 0 || !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("SOLO_ENV line " + (i + 1) + ": expected KEY=VALUE, found \""
						+ line + "\"");
			}
			if (name.startsWith("SOLO_") || name.equals("SOLO")) {
				throw new IllegalArgumentException("SOLO_ENV line " + (i + 1) + ": " + name
						+ " is Solo's own: names starting with SOLO_ are reserved");
			}
			variables.put(name, line.substring(equals + 1));
		}
		return variables;
	}
}
