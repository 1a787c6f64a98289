package dev.solo.launcher.archive;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The build machine's paths, in the text of JVM options, variables and configuration values,
 * replaced by where they are on this machine: each archived file or folder by its extracted copy,
 * the workspace root by this machine's. One pass, longest path first, so a replaced path is never
 * rewritten again; a path is replaced only where it ends (the end of the text, a separator or
 * punctuation), so {@code /w/app} never rewrites {@code /w/application}.
 */
final class PathRemap {
	private final Map<String, String> paths;
	private final Pattern pattern;

	/** @param paths this machine's path for each build-machine path */
	PathRemap(Map<String, String> paths) {
		this.paths = Map.copyOf(paths);
		String alternatives = paths.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
				.map(Pattern::quote).collect(Collectors.joining("|"));
		this.pattern = paths.isEmpty() ? null : Pattern.compile("(?:" + alternatives + ")(?=$|[/\\\\:;,=\"'\\s])");
	}

	String apply(String text) {
		return pattern == null ? text
				: pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(paths.get(match.group())));
	}

	List<String> apply(List<String> texts) {
		return texts.stream().map(this::apply).toList();
	}

	Map<String, String> apply(Map<String, String> texts) {
		Map<String, String> out = new LinkedHashMap<>();
		texts.forEach((key, value) -> out.put(key, apply(value)));
		return out;
	}
}
