package dev.solo.engine;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.filter.Filterset;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.engine.filter.TestFacts;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The filter a run applies to its tests: {@code solo.filter} and the profile's
 * {@code default-filter}, both, as nextest combines an expression with the default filter.
 */
final class Filters {
	private Filters() {
	}

	static Optional<Predicate<TestFacts>> of(Settings settings) {
		Optional<Filterset> filter = settings.filter().map(text -> parse("solo.filter", text));
		Optional<Filterset> defaultFilter = settings.defaultFilter().map(text -> parse("default-filter", text));
		if (filter.isEmpty() && defaultFilter.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(test -> filter.map(f -> f.matches(test)).orElse(true)
				&& defaultFilter.map(f -> f.matches(test)).orElse(true));
	}

	private static Filterset parse(String key, String text) {
		try {
			return Filterset.parse(text);
		}
		catch (FiltersetException e) {
			throw SettingsException.located("", key, e.getMessage());
		}
	}
}
