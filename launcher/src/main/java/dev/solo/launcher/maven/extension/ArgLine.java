package dev.solo.launcher.maven.extension;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Surefire's {@code argLine} into JVM options as a shell would: on white space, with
 * single or double quotes keeping spaces in one option (Surefire hands the line to a shell).
 * Not the engine's {@code CommandWords}, on purpose: a backslash stays a character here, since
 * an {@code argLine} written for Windows holds paths ({@code -Dx=C:\data}) that POSIX escapes
 * would eat; and this class runs inside Maven, in the extension's class loader, without the engine.
 */
final class ArgLine {
	private ArgLine() {
	}

	static List<String> split(String line) {
		List<String> options = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		char quote = 0;
		boolean inOption = false;
		for (char c : line.toCharArray()) {
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else {
					current.append(c);
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
				inOption = true;
			}
			else if (Character.isWhitespace(c)) {
				if (inOption) {
					options.add(current.toString());
					current.setLength(0);
					inOption = false;
				}
			}
			else {
				current.append(c);
				inOption = true;
			}
		}
		if (inOption) {
			options.add(current.toString());
		}
		return options;
	}
}
