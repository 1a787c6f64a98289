package dev.solo.engine.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line on which each key of a TOML document is written. jackson's TOML module builds its
 * tree before it hands out a single token, so its parser knows no locations; this scanner reads
 * the same text once more for them alone. It runs only on text jackson has accepted, so it
 * knows TOML's lexical rules (strings, comments, tables, inline tables, arrays) but checks none.
 *
 * <p>A path is the list of keys from the top; the n-th table of an array of tables (or the n-th
 * element of an inline array) is the segment {@code #n}.
 */
final class KeyLines {
	private final String text;
	private final Map<List<String>, Integer> lines = new HashMap<>();
	private final Map<List<String>, Integer> arrayTableCounts = new HashMap<>();
	private int position;
	private int line = 1;

	private KeyLines(String text) {
		this.text = text;
	}

	static KeyLines of(String text) {
		KeyLines keyLines = new KeyLines(text);
		keyLines.document();
		return keyLines;
	}

	/** The line of this key, else of the nearest enclosing key that has one, else 1. */
	int lineOf(List<String> path) {
		for (int end = path.size(); end > 0; end--) {
			Integer found = lines.get(path.subList(0, end));
			if (found != null) {
				return found;
			}
		}
		return 1;
	}

	private void document() {
		List<String> table = List.of();
		while (skipBlankLinesAndComments()) {
			if (peek() == '[') {
				table = tableHeader();
			}
			else {
				keyValue(table);
			}
		}
	}

	private List<String> tableHeader() {
		int headerLine = line;
		position++;
		boolean arrayOfTables = peek() == '[';
		if (arrayOfTables) {
			position++;
		}
		List<String> path = key();
		position += arrayOfTables ? 2 : 1;
		if (arrayOfTables) {
			int index = arrayTableCounts.merge(path, 1, Integer::sum) - 1;
			path = append(path, "#" + index);
		}
		lines.putIfAbsent(path, headerLine);
		markParents(path, headerLine);
		return path;
	}

	private void keyValue(List<String> table) {
		int keyLine = line;
		List<String> path = new ArrayList<>(table);
		path.addAll(key());
		lines.put(List.copyOf(path), keyLine);
		markParents(path, keyLine);
		skipSpaces();
		position++; // '='
		value(List.copyOf(path));
	}

	/** Dotted keys name their tables where they are first written. */
	private void markParents(List<String> path, int at) {
		for (int end = 1; end < path.size(); end++) {
			lines.putIfAbsent(List.copyOf(path.subList(0, end)), at);
		}
	}

	private List<String> key() {
		List<String> segments = new ArrayList<>();
		while (true) {
			skipSpaces();
			char c = peek();
			if (c == '"' || c == '\'') {
				segments.add(quoted());
			}
			else {
				int start = position;
				while (position < text.length() && isBareKeyChar(peek())) {
					position++;
				}
				segments.add(text.substring(start, position));
			}
			skipSpaces();
			if (peek() != '.') {
				return List.copyOf(segments);
			}
			position++;
		}
	}

	private void value(List<String> path) {
		skipSpaces();
		char c = peek();
		if (c == '"' || c == '\'') {
			quoted();
		}
		else if (c == '{') {
			inlineTable(path);
		}
		else if (c == '[') {
			array(path);
		}
		else {
			while (position < text.length() && ",]}#\r\n".indexOf(peek()) < 0) {
				position++;
			}
		}
	}

	private void inlineTable(List<String> path) {
		position++;
		while (true) {
			skipSpaces();
			if (peek() == '}') {
				position++;
				return;
			}
			if (peek() == ',') {
				position++;
				continue;
			}
			keyValue(path);
		}
	}

	private void array(List<String> path) {
		position++;
		int index = 0;
		while (true) {
			skipBlankLinesAndComments();
			if (peek() == ']') {
				position++;
				return;
			}
			if (peek() == ',') {
				position++;
				continue;
			}
			List<String> element = append(path, "#" + index++);
			lines.put(element, line);
			value(element);
		}
	}

	/** A basic or literal string, single- or multi-line; returns its text (escapes kept as written but {@code \"}). */
	private String quoted() {
		char quote = peek();
		boolean multiline = text.startsWith(String.valueOf(quote).repeat(3), position);
		position += multiline ? 3 : 1;
		StringBuilder content = new StringBuilder();
		while (position < text.length()) {
			char c = text.charAt(position);
			if (c == '\\' && quote == '"' && position + 1 < text.length()) {
				content.append(text.charAt(position + 1));
				advance(2);
				continue;
			}
			if (c == quote && (!multiline || text.startsWith(String.valueOf(quote).repeat(3), position))) {
				position += multiline ? 3 : 1;
				// a multi-line string may end in up to two more quotes of its own
				while (multiline && position < text.length() && text.charAt(position) == quote) {
					position++;
				}
				return content.toString();
			}
			content.append(c);
			advance(1);
		}
		return content.toString();
	}

	/** Skips white space, newlines and comments; false at the end of the text. */
	private boolean skipBlankLinesAndComments() {
		while (position < text.length()) {
			char c = peek();
			if (c == '#') {
				while (position < text.length() && peek() != '\n') {
					position++;
				}
			}
			else if (Character.isWhitespace(c)) {
				advance(1);
			}
			else {
				return true;
			}
		}
		return false;
	}

	private void skipSpaces() {
		while (position < text.length() && (peek() == ' ' || peek() == '\t')) {
			position++;
		}
	}

	private void advance(int count) {
		for (int i = 0; i < count && position < text.length(); i++) {
			if (text.charAt(position++) == '\n') {
				line++;
			}
		}
	}

	private char peek() {
		return position < text.length() ? text.charAt(position) : '\0';
	}

	private static boolean isBareKeyChar(char c) {
		return c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static List<String> append(List<String> path, String segment) {
		List<String> longer = new ArrayList<>(path);
		longer.add(segment);
		return List.copyOf(longer);
	}
}
