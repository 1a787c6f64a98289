package dev.solo.engine.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of each table and key of the user's config file, for its messages. jackson's TOML
 * module knows no locations once it has parsed. This one was written when the user's config lived
 * in the store, out of reach of {@link KeyLines} (the scanner of {@code .config/solo.toml}), and
 * reads the small, flat file the user's config is (tables of plain keys) line by line; whether
 * {@code KeyLines} can take its place is open. It runs only on text jackson accepted; a key it
 * cannot place is reported at its table's line, else at line 1.
 */
final class UserConfigLines {
	private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_-]+|\"[^\"]*\")\\s*]");
	private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_-]+|\"[^\"]*\")\\s*(\\.\\s*([A-Za-z0-9_-]+|\"[^\"]*\")\\s*)?=");

	private final Map<List<String>, Integer> lines = new HashMap<>();

	private UserConfigLines() {
	}

	static UserConfigLines of(String text) {
		UserConfigLines found = new UserConfigLines();
		String table = "";
		int number = 0;
		for (String line : text.split("\r?\n", -1)) {
			number++;
			Matcher header = TABLE.matcher(line);
			Matcher key = KEY.matcher(line);
			if (header.find()) {
				table = unquote(header.group(1));
				found.lines.putIfAbsent(List.of(table), number);
			}
			else if (key.find()) {
				// a dotted key at the top (record.max-age = …) names its table on its own line
				boolean dotted = table.isEmpty() && key.group(3) != null;
				String owner = dotted ? unquote(key.group(1)) : table;
				String name = unquote(dotted ? key.group(3) : key.group(1));
				found.lines.putIfAbsent(owner.isEmpty() ? List.of(name) : List.of(owner, name), number);
				found.lines.putIfAbsent(List.of(owner.isEmpty() ? name : owner), number);
			}
		}
		return found;
	}

	int tableLine(String table) {
		return lines.getOrDefault(List.of(table), 1);
	}

	int keyLine(String table, String key) {
		return lines.getOrDefault(List.of(table, key), tableLine(table));
	}

	private static String unquote(String segment) {
		return segment.startsWith("\"") ? segment.substring(1, segment.length() - 1) : segment;
	}
}
