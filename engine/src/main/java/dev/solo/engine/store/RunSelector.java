package dev.solo.engine.store;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Names of recorded runs: {@code latest}, or a prefix of a run id as {@code store list} prints
 * it. Prefixes are compared on the id's hex digits alone, case ignored, so {@code B0B38BA7-3A}
 * and {@code b0b38ba73a} name the same run.
 */
final class RunSelector {
	static final String LATEST = "latest";
	private static final int CANDIDATES_SHOWN = 8;

	private RunSelector() {
	}

	/** The run {@code selector} names among {@code newestFirst}; {@code usable} filters {@code latest} only. */
	static RunSummary select(List<RunSummary> newestFirst, String selector, Predicate<RunSummary> usable)
			throws RecordException {
		if (newestFirst.isEmpty()) {
			throw new RecordException("nothing is recorded for this workspace yet");
		}
		String trimmed = selector.strip();
		if (trimmed.equalsIgnoreCase(LATEST)) {
			return newestFirst.stream().filter(usable).findFirst()
					.orElseThrow(() -> new RecordException("none of the " + newestFirst.size()
							+ " recorded runs of this workspace can be used here (solo store list shows them)"));
		}
		String digits = hex(trimmed);
		List<RunSummary> matches = digits.isEmpty() || !trimmed.matches("[0-9A-Fa-f-]+") ? List.of()
				: newestFirst.stream().filter(run -> hex(run.runId().toString()).startsWith(digits)).toList();
		if (matches.isEmpty()) {
			throw new RecordException("no recorded run has an id starting with '" + trimmed
					+ "' (solo store list shows them)");
		}
		if (matches.size() > 1) {
			Map<UUID, String> prefixes = uniquePrefixes(newestFirst);
			String shown = matches.stream().limit(CANDIDATES_SHOWN).map(run -> prefixes.get(run.runId()))
					.collect(Collectors.joining(", "));
			String more = matches.size() > CANDIDATES_SHOWN ? " and " + (matches.size() - CANDIDATES_SHOWN) + " more"
					: "";
			throw new RecordException("'" + trimmed + "' names " + matches.size() + " recorded runs: " + shown + more
					+ "; give more of the id");
		}
		return matches.get(0);
	}

	/**
	 * Each run's shortest id prefix that no other run's id starts with, as the id is written
	 * (so past 8 digits it holds the hyphen). At least 1 digit long: how many more a display
	 * shows (nextest's list shows 8, the unique part highlighted) is its choice.
	 */
	static Map<UUID, String> uniquePrefixes(List<RunSummary> runs) {
		List<String> sorted = runs.stream().map(run -> hex(run.runId().toString())).distinct()
				.sorted(Comparator.naturalOrder()).toList();
		Map<String, Integer> lengths = new LinkedHashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			int shared = 0;
			if (i > 0) {
				shared = Math.max(shared, commonStart(sorted.get(i), sorted.get(i - 1)));
			}
			if (i + 1 < sorted.size()) {
				shared = Math.max(shared, commonStart(sorted.get(i), sorted.get(i + 1)));
			}
			lengths.put(sorted.get(i), Math.min(shared + 1, sorted.get(i).length()));
		}
		Map<UUID, String> prefixes = new LinkedHashMap<>();
		for (RunSummary run : runs) {
			String id = run.runId().toString();
			prefixes.put(run.runId(), written(id, lengths.get(hex(id))));
		}
		return prefixes;
	}

	/** The start of {@code id} that holds {@code digits} hex digits. */
	private static String written(String id, int digits) {
		int end = 0;
		for (int seen = 0; seen < digits; end++) {
			if (id.charAt(end) != '-') {
				seen++;
			}
		}
		return id.substring(0, end);
	}

	private static int commonStart(String a, String b) {
		int length = 0;
		while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
			length++;
		}
		return length;
	}

	private static String hex(String text) {
		return text.replace("-", "").toLowerCase(Locale.ROOT);
	}
}
