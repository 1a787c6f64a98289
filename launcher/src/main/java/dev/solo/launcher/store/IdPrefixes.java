package dev.solo.launcher.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The shortest prefix of each run id that names it alone among the store's runs: what
 * {@code -R} accepts, and what {@code store list} highlights.
 */
final class IdPrefixes {
	private IdPrefixes() {
	}

	/** Each id's unique prefix length, in characters of its written form ({@code b0b38ba7-3a69-…}). */
	static Map<UUID, Integer> of(List<UUID> ids) {
		// In sorted order an id shares its longest prefix with a neighbour: only those need comparing.
		TreeSet<String> sorted = new TreeSet<>();
		ids.forEach(id -> sorted.add(id.toString()));
		Map<UUID, Integer> lengths = new HashMap<>();
		for (UUID id : ids) {
			String written = id.toString();
			int shared = Math.max(common(written, sorted.lower(written)), common(written, sorted.higher(written)));
			lengths.put(id, Math.min(written.length(), shared + 1));
		}
		return lengths;
	}

	private static int common(String a, String b) {
		if (b == null) {
			return 0;
		}
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}
}
