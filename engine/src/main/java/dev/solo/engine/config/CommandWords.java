package dev.solo.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a script's {@code command = "…"} into words by the rules of a POSIX shell's quoting, as
 * nextest does (shell-words): white space separates, {@code '…'} keeps everything, {@code "…"}
 * keeps everything but a backslash before {@code " \ $ `}, and a backslash outside quotes keeps
 * the next character. No shell runs: {@code &}, {@code |}, {@code $VAR} are plain characters.
 */
final class CommandWords {
	private CommandWords() {
	}

	/** The words of {@code text}; empty when a quote is left open or the text ends in a lone backslash. */
	static Optional<List<String>> split(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i++);
			if (c == '\'') {
				int end = text.indexOf('\'', i);
				if (end < 0) {
					return Optional.empty();
				}
				word.append(text, i, end);
				i = end + 1;
				inWord = true;
			}
			else if (c == '"') {
				boolean closed = false;
				while (i < text.length()) {
					char d = text.charAt(i++);
					if (d == '"') {
						closed = true;
						break;
					}
					if (d == '\\' && i < text.length() && "\"\\$`\n".indexOf(text.charAt(i)) >= 0) {
						d = text.charAt(i++);
						if (d == '\n') {
							continue;
						}
					}
					word.append(d);
				}
				if (!closed) {
					return Optional.empty();
				}
				inWord = true;
			}
			else if (c == '\\') {
				if (i >= text.length()) {
					return Optional.empty();
				}
				char next = text.charAt(i++);
				if (next != '\n') {
					word.append(next);
					inWord = true;
				}
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return Optional.of(List.copyOf(words));
	}
}
