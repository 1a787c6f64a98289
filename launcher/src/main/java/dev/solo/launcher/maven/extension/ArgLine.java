package dev.solo.launcher.maven.extension;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Surefire's {@code argLine} into JVM options as a shell would: on white space, with
 * single or double quotes keeping spaces in one option (Surefire hands the line to a shell).
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
