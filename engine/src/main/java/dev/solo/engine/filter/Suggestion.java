package dev.solo.engine.filter;

import dev.solo.engine.config.EditDistance;

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
			int distance = candidate.equalsIgnoreCase(word) ? 0 : EditDistance.between(word, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		// Short words are close to everything: allow one edit for them, two for longer ones.
		int allowed = word.length() <= 3 ? 1 : 2;
		return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
	}
}
