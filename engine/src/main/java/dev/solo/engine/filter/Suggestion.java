package dev.solo.engine.filter;

import java.util.List;
import java.util.Optional;

/** Finds the known word a mistyped one was most likely meant to be. */
final class Suggestion {

	private Suggestion() {
	}

	static Optional<String> nearest(String word, List<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			// Keywords are case-sensitive, so AND and Test are the likeliest slips of all.
			int distance = candidate.equalsIgnoreCase(word) ? 0 : distance(word, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		// Short words are close to everything: allow one edit for them, two for longer ones.
		int allowed = word.length() <= 3 ? 1 : 2;
		return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
	}

	/** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
