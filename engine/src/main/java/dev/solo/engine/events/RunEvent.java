package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;

/**
 * The one stream of what happens in a Solo run. The scheduler produces it; every sink (the
 * JUnit listener replay, the terminal reporter, the recorder, the XML writer) consumes it.
 * Events carry facts, never formatted text.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public sealed interface RunEvent {

	/**
	 * @param units what will run, in queue order
	 * @param skipped what was known up front not to run; never started, counted as skipped
	 * @param rerun what this run continues, when it is a rerun
	 */
	record RunStarted(UUID runId, String profile, List<ForkUnit> units, int testThreads, List<NotRun> skipped,
			Optional<Rerun> rerun) implements RunEvent {

		public RunStarted {
			units = List.copyOf(units);
			skipped = List.copyOf(skipped);
		}

		public RunStarted(UUID runId, String profile, List<ForkUnit> units, int testThreads, List<NotRun> skipped) {
			this(runId, profile, units, testThreads, skipped, Optional.empty());
		}

		public RunStarted(UUID runId, String profile, List<ForkUnit> units, int testThreads) {
			this(runId, profile, units, testThreads, List.of());
		}
	}

	/**
	 * @param globalSlot the {@code @global} slot the attempt's JVM runs on ({@code SOLO_GLOBAL_SLOT}),
	 *        {@link #UNKNOWN_SLOT} where a record older than it does not say
	 */
	record TestStarted(ForkUnit unit, int attempt, int totalAttempts, int globalSlot) implements RunEvent {
		public static final int UNKNOWN_SLOT = -1;

		public TestStarted(ForkUnit unit, int attempt, int totalAttempts) {
			this(unit, attempt, totalAttempts, UNKNOWN_SLOT);
		}
	}

	/**
	 * The child JVM running {@code attempt} of {@code unit} reported a JUnit event inside the unit,
	 * as it happened (its report, complete, comes again with {@link AttemptFinished}). Sent from the
	 * connection's reader thread for the entries a live view can use: those of the unit and what it
	 * contains, not those of the containers above it, nor the unit's own end (both are judged with
	 * the whole report, at the attempt's end); a sink with no use for it returns at once. Each
	 * follows the attempt's {@link TestStarted}; one can still arrive after the attempt's end, when
	 * the JVM was killed or its report cut off.
	 *
	 * @param index the entry's place in the attempt's {@link ChildReport#entries()}
	 */
	record ChildReported(ForkUnit unit, int attempt, ChildReport.Entry entry, int index) implements RunEvent {

		/** Whether an entry of {@code unit}'s report is sent live: see above. */
		public static boolean sentLive(ForkUnit unit, ChildReport.Entry entry) {
			UniqueId unitId = unit.descriptor().delegateId();
			if (entry.id().equals(unitId)) {
				return !(entry instanceof ChildReport.Skipped || entry instanceof ChildReport.Finished);
			}
			return entry.id().hasPrefix(unitId);
		}
	}

	/**
	 * A period of {@code slow-timeout} elapsed; {@code terminating} when the test is now being killed.
	 *
	 * @param rssBytes the JVM's resident set as the period ended; -1 where the kernel does not say
	 */
	record TestSlow(ForkUnit unit, int attempt, Duration elapsed, boolean terminating, long rssBytes)
			implements RunEvent {

		public TestSlow(ForkUnit unit, int attempt, Duration elapsed, boolean terminating) {
			this(unit, attempt, elapsed, terminating, -1);
		}
	}

	record AttemptFinished(ForkUnit unit, Attempt attempt) implements RunEvent {
	}

	record TestRetrying(ForkUnit unit, Attempt failed, Duration delay) implements RunEvent {
	}

	/**
	 * The unit's final outcome, with every attempt in order, and its JUnit tests as that outcome
	 * ends them ({@link UnitTests#of}). The tests are derived once, by whoever makes the event and
	 * outside the bus's lock, not by each sink that counts or reports them.
	 */
	record TestFinished(ForkUnit unit, TestOutcome outcome, List<TestResult> tests) implements RunEvent {

		public TestFinished {
			tests = List.copyOf(tests);
		}

		public TestFinished(ForkUnit unit, TestOutcome outcome) {
			this(unit, outcome, UnitTests.of(unit, outcome));
		}
	}

	/** The unit was never started: cancelled, or held back by fail-fast. */
	record TestNotRun(ForkUnit unit, String reason) implements RunEvent {
		/** The reason of a unit fail-fast (or {@code max-fail}) held back, as nextest words it. */
		public static final String AFTER_FAILURE = "not run due to test failure";
		/** The reason of a unit a cancelled run never started. */
		public static final String CANCELLED = "not run: the run was cancelled";
	}

	/** A setup or teardown script ({@code [scripts.setup.NAME]}) started; {@code kind} is {@code setup} or {@code teardown}. */
	record ScriptStarted(String name, String kind, List<String> command) implements RunEvent {

		public ScriptStarted {
			command = List.copyOf(command);
		}
	}

	/** A setup or teardown script ended; a setup's come before its tests start, every teardown's before {@link RunFinished}. */
	record ScriptFinished(ScriptOutcome outcome) implements RunEvent {
	}

	record RunFinished(RunStats stats, boolean cancelled) implements RunEvent {
	}
}
