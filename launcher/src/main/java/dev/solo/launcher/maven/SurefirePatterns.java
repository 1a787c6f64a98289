package dev.solo.launcher.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

/**
 * Surefire's {@code includes}/{@code excludes} (paths of source or class files, Ant globs, or
 * {@code %regex[…]}) as regular expressions over class names, the form JUnit's class name
 * filters take: {@code **}{@code /*Test.java} becomes {@code ^(?:.*\.)?[^.]*Test$}.
 */
@API(status = INTERNAL, since = "0.1")
public final class SurefirePatterns {
	private SurefirePatterns() {
	}

	public static List<String> toClassNameRegexes(List<String> patterns) {
		return patterns.stream().map(SurefirePatterns::toRegex).toList();
	}

	static String toRegex(String pattern) {
		String p = pattern.trim();
		if (p.startsWith("%regex[") && p.endsWith("]")) {
			String inner = p.substring("%regex[".length(), p.length() - 1);
			return inner.replaceAll("\\\\?\\.class$", "").replace("/", "\\.");
		}
		p = p.replace('\\', '/').replaceAll("\\.(java|class)$", "");
		StringBuilder regex = new StringBuilder("^");
		int i = 0;
		while (i < p.length()) {
			if (p.startsWith("**/", i)) {
				regex.append("(?:.*\\.)?");
				i += 3;
			}
			else if (p.startsWith("**", i)) {
				regex.append(".*");
				i += 2;
			}
			else if (p.charAt(i) == '*') {
				regex.append("[^.]*");
				i++;
			}
			else if (p.charAt(i) == '?') {
				regex.append("[^.]");
				i++;
			}
			else if (p.charAt(i) == '/') {
				regex.append("\\.");
				i++;
			}
			else {
				regex.append(Pattern.quote(String.valueOf(p.charAt(i))));
				i++;
			}
		}
		return regex.append('$').toString();
	}
}
