package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.DurationParser;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.StressIndex;
import dev.solo.engine.scheduler.UnitSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * A stress run ({@code solo.stress-count=N}, {@code solo.stress-duration=10m}; the CLI's
 * {@code --stress-count}, {@code --stress-duration}): each selected unit runs again and again,
 * each time in a fresh JVM, as copies the scheduler runs like any unit (so in parallel, on every
 * test thread, with groups, locks and retries as usual). A count queues every copy up front, in
 * rounds (each unit's first run, then each one's second…); a duration queues a round, then the
 * units' next runs in the same order, a few each time the queue runs empty before the time is up.
 * A copy queued in time runs to its end.
 */
@API(status = INTERNAL, since = "0.1")
public final class StressRun {
	static final String COUNT = Settings.PREFIX + "stress-count";
	static final String DURATION = Settings.PREFIX + "stress-duration";

	private final OptionalInt count;
	private final Optional<Duration> duration;
	private final LongSupplier nanoTime;

	StressRun(OptionalInt count, Optional<Duration> duration, LongSupplier nanoTime) {
		this.count = count;
		this.duration = duration;
		this.nanoTime = nanoTime;
	}

	/**
	 * The stress run the parameters ask for, if any.
	 *
	 * @throws SettingsException for a count that is not a positive whole number, a duration that is
	 *         not one, or both at once
	 */
	public static Optional<StressRun> of(ConfigurationParameters parameters) {
		Optional<String> countText = parameters.get(COUNT).map(String::trim).filter(t -> !t.isEmpty());
		Optional<String> durationText = parameters.get(DURATION).map(String::trim).filter(t -> !t.isEmpty());
		if (countText.isPresent() && durationText.isPresent()) {
			throw SettingsException.located("", COUNT, "cannot be used with " + DURATION + " (--stress-count with"
					+ " --stress-duration): a stress run repeats a number of times or for a time");
		}
		if (countText.isPresent()) {
			return Optional.of(new StressRun(OptionalInt.of(positive(countText.get())), Optional.empty(), System::nanoTime));
		}
		if (durationText.isPresent()) {
			Duration duration = DurationParser.parse(DURATION, durationText.get());
			if (duration.isZero()) {
				throw new SettingsException(DURATION, durationText.get(), "expected a duration above 0");
			}
			return Optional.of(new StressRun(OptionalInt.empty(), Optional.of(duration), System::nanoTime));
		}
		return Optional.empty();
	}

	private static int positive(String text) {
		try {
			int value = Integer.parseInt(text);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new SettingsException(COUNT, text, "expected a positive whole number");
	}

	/**
	 * Refuses what is for one test at a time: a debugger asked for ({@code --debugger}) waits for
	 * someone at one port, a tracer asked for ({@code --tracer}) records one JVM.
	 */
	public void check(Settings settings) {
		String option = settings.debugger().filter(d -> d.asked()).isPresent() ? "--debugger"
				: settings.tracer().filter(t -> t.asked()).isPresent() ? "--tracer" : null;
		if (option != null) {
			throw SettingsException.located("", count.isPresent() ? COUNT : DURATION, "cannot be used with " + option
					+ ", which is for one run of one test");
		}
	}

	/**
	 * Begins the run's clock: the units to queue first (every run under a count; a round under a
	 * duration), and under a duration the runs that follow while time lasts, {@code batchSize} at
	 * a time (the test threads: enough to fill the slots that free up at once).
	 */
	public Plan begin(List<ForkUnit> units, int batchSize) {
		if (units.isEmpty()) {
			return new Plan(List.of(), UnitSource.NONE);
		}
		if (count.isPresent()) {
			List<ForkUnit> copies = new ArrayList<>();
			for (int index = 1; index <= count.getAsInt(); index++) {
				copies.addAll(round(units, index));
			}
			return new Plan(copies, UnitSource.NONE);
		}
		long deadline = nanoTime.getAsLong() + duration.orElseThrow().toNanos();
		// Fed a few at a time: what is queued when the time is up still runs, so little may be queued.
		int[] next = { units.size() };
		UnitSource more = () -> {
			List<ForkUnit> batch = new ArrayList<>();
			while (batch.size() < batchSize && nanoTime.getAsLong() - deadline < 0) {
				int position = next[0]++;
				batch.add(units.get(position % units.size())
						.stressCopy(new StressIndex(position / units.size() + 1, count)));
			}
			return batch;
		};
		return new Plan(round(units, 1), more);
	}

	private List<ForkUnit> round(List<ForkUnit> units, int index) {
		StressIndex stress = new StressIndex(index, count);
		return units.stream().map(unit -> unit.stressCopy(stress)).toList();
	}

	/** What the scheduler queues first, and what it adds once that has all started. */
	public record Plan(List<ForkUnit> first, UnitSource more) {
		public Plan {
			first = List.copyOf(first);
		}
	}
}
