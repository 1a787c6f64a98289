package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.filter.Filterset;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.engine.filter.TestFacts;
import dev.solo.engine.record.RerunBase;

import java.util.Optional;
import java.util.function.Predicate;

import org.apiguardian.api.API;

/**
 * The filter a run applies to its tests: {@code solo.filter} and the profile's
 * {@code default-filter}, both, as nextest combines an expression with the default filter; in a
 * rerun, the filter of the run its chain started from too.
 */
@API(status = INTERNAL, since = "0.1")
public final class Filters {
	private Filters() {
	}

	public static Optional<Predicate<TestFacts>> of(Settings settings) {
		return of(settings, Optional.empty());
	}

	/**
	 * The same for a rerun of {@code rerun}: the chain's recorded filter as well, so that a test its
	 * first run filtered out is as filtered out now, not new; one added since that it matches runs.
	 */
	public static Optional<Predicate<TestFacts>> of(Settings settings, Optional<RerunBase> rerun) {
		Optional<Filterset> filter = settings.filter().map(text -> parse("solo.filter", text));
		Optional<Filterset> defaultFilter = settings.defaultFilter().map(text -> parse("default-filter", text));
		Optional<Filterset> chain = rerun.flatMap(base -> base.selection().filter()).map(Filters::recorded);
		if (filter.isEmpty() && defaultFilter.isEmpty() && chain.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(test -> filter.map(f -> f.matches(test)).orElse(true)
				&& defaultFilter.map(f -> f.matches(test)).orElse(true)
				&& chain.map(f -> f.matches(test)).orElse(true));
	}

	/** A filter the store kept that this Solo no longer reads: the rerun cannot know its tests. */
	private static Filterset recorded(String text) {
		try {
			return Filterset.parse(text);
		}
		catch (FiltersetException e) {
			throw SettingsException.located("", "solo.rerun", "cannot rerun: the filter its run recorded, " + text
					+ ", does not read: " + e.getMessage());
		}
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
