package dev.solo.launcher.output;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.events.Artifact;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.events.TestTally;
import dev.solo.engine.protocol.RemoteException;
import dev.solo.launcher.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.apiguardian.api.API;

/**
 * {@code solo run --message-format json}: each event of the run as one JSON object on its own
 * line, schema {@value #FORMAT_VERSION} (README.md, "solo run --message-format json"). Every
 * event is flushed as it is written, so a consumer reading the pipe sees a test start while it
 * runs. {@code json-pretty} writes the same objects pretty-printed, each over several lines: read
 * them with a streaming parser, not line by line.
 * A field's meaning never changes within a version; new fields and event types may appear.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonEvents implements RunEventSink {
	/** 2 since run-finished's stats count tests, not units (those moved to unit-stats). */
	public static final int FORMAT_VERSION = 2;

	/** The fields of one event after its {@code type} and {@code format-version}. */
	@FunctionalInterface
	private interface Fields {
		void write(JsonGenerator json) throws IOException;
	}

	private final PrintStream out;
	private final boolean pretty;
	/** The stats a run ends with are tests, as the summary line counts them; the units' own come beside them. */
	private final TestTally tally = new TestTally();
	private int initialCount;
	private int crashed;

	public JsonEvents(PrintStream out, boolean pretty) {
		this.out = out;
		this.pretty = pretty;
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			runStarted(started);
		}
		else if (event instanceof RunEvent.TestStarted started) {
			testStarted(started);
		}
		else if (event instanceof RunEvent.TestSlow slow) {
			testSlow(slow);
		}
		else if (event instanceof RunEvent.AttemptFinished finished) {
			attemptFinished(finished);
		}
		else if (event instanceof RunEvent.TestRetrying retrying) {
			testRetrying(retrying);
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			testFinished(finished);
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			testNotRun(notRun);
		}
		else if (event instanceof RunEvent.ScriptStarted started) {
			write("script-started", json -> {
				json.writeStringField("name", started.name());
				json.writeStringField("kind", started.kind());
				stringArray(json, "command", started.command());
			});
		}
		else if (event instanceof RunEvent.ScriptFinished finished) {
			scriptFinished(finished.outcome());
		}
		else if (event instanceof RunEvent.RunFinished finished) {
			runFinished(finished);
		}
	}

	/** A setup or teardown script's end: its status, what it exported (names only) and what it printed, when captured. */
	private void scriptFinished(ScriptOutcome outcome) {
		write("script-finished", json -> {
			json.writeStringField("name", outcome.name());
			json.writeStringField("kind", outcome.kind());
			json.writeStringField("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			json.writeNumberField("duration-ms", outcome.duration().toMillis());
			if (outcome.exitCode().isPresent()) {
				json.writeNumberField("exit-code", outcome.exitCode().get());
			}
			else {
				json.writeNullField("exit-code");
			}
			json.writeStringField("message", outcome.message());
			stringArray(json, "exported", outcome.exported());
			stringArray(json, "left-running", outcome.leftRunning());
			json.writeStringField("stdout", outcome.stdout().text());
			json.writeStringField("stderr", outcome.stderr().text());
		});
	}

	private static void stringArray(JsonGenerator json, String field, java.util.List<String> items) throws IOException {
		json.writeArrayFieldStart(field);
		for (String item : items) {
			json.writeString(item);
		}
		json.writeEndArray();
	}

	private void runStarted(RunEvent.RunStarted started) {
		tally.runStarted(started.units(), started.skipped());
		initialCount = tally.total();
		write("run-started", json -> {
			json.writeStringField("run-id", started.runId().toString());
			json.writeStringField("profile", started.profile());
			// The tests known before the run; invocations and dynamic tests come on top as units register them.
			json.writeNumberField("test-count", initialCount);
			json.writeArrayFieldStart("skipped");
			for (NotRun skipped : started.skipped()) {
				json.writeStartObject();
				json.writeStringField("name", skipped.unit().name());
				json.writeStringField("reason", skipped.reason());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeNumberField("test-threads", started.testThreads());
			// A rerun (-R): the run it continues, and the outstanding tests of that run left out of this one.
			if (started.rerun().isPresent()) {
				Rerun rerun = started.rerun().get();
				json.writeObjectFieldStart("rerun");
				json.writeStringField("base-run-id", rerun.baseRunId().toString());
				json.writeArrayFieldStart("not-seen");
				for (Rerun.Outstanding test : rerun.notSeen()) {
					json.writeStartObject();
					json.writeStringField("name", test.name());
					json.writeStringField("unique-id", test.uniqueId());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			else {
				json.writeNullField("rerun");
			}
		});
	}

	private void testStarted(RunEvent.TestStarted started) {
		write("test-started", json -> {
			json.writeStringField("name", started.unit().name());
			stress(json, started.unit());
			json.writeStringField("unique-id", started.unit().descriptor().getUniqueId().toString());
			// The module of a Maven project run; empty for a class-path run, as in solo list's JSON.
			json.writeStringField("module",
					SoloIds.moduleOf(started.unit().descriptor().getUniqueId()).orElse(""));
			json.writeNumberField("attempt", started.attempt());
			json.writeNumberField("total-attempts", started.totalAttempts());
		});
	}

	private void testSlow(RunEvent.TestSlow slow) {
		write("test-slow", json -> {
			json.writeStringField("name", slow.unit().name());
			stress(json, slow.unit());
			json.writeNumberField("attempt", slow.attempt());
			json.writeNumberField("elapsed-ms", slow.elapsed().toMillis());
			json.writeBooleanField("terminating", slow.terminating());
			if (slow.rssBytes() >= 0) {
				json.writeNumberField("rss-bytes", slow.rssBytes());
			}
		});
	}

	private void attemptFinished(RunEvent.AttemptFinished finished) {
		Attempt attempt = finished.attempt();
		write("attempt-finished", json -> {
			json.writeStringField("name", finished.unit().name());
			stress(json, finished.unit());
			json.writeNumberField("attempt", attempt.number());
			json.writeStringField("status", status(attempt.status()));
			json.writeNumberField("duration-ms", attempt.duration().toMillis());
			if (attempt.exitCode().isPresent()) {
				json.writeNumberField("exit-code", attempt.exitCode().get());
			}
			json.writeBooleanField("leaked", attempt.leaked());
			if (attempt.failure().isPresent()) {
				Throwable failure = attempt.failure().get();
				json.writeObjectFieldStart("failure");
				json.writeStringField("type", failure.getClass().getName());
				json.writeStringField("message", failure.getMessage());
				json.writeEndObject();
			}
			// text() marks a cut as the terminal shows it: "[solo: N bytes of output cut]".
			json.writeStringField("stdout", attempt.stdout().text());
			json.writeStringField("stderr", attempt.stderr().text());
			writeArtifacts(json, attempt.artifacts());
			MemoryFields.write(json, attempt.memory());
		});
	}

	/**
	 * A stress run's copy: {@code stress-index} (from 1) and, under {@code --stress-count},
	 * {@code stress-count}; absent outside a stress run.
	 */
	private static void stress(JsonGenerator json, ForkUnit unit) throws IOException {
		if (unit.stressIndex().isPresent()) {
			json.writeNumberField("stress-index", unit.stressIndex().get().index());
			if (unit.stressIndex().get().count().isPresent()) {
				json.writeNumberField("stress-count", unit.stressIndex().get().count().getAsInt());
			}
		}
	}

	/** Absent when there are none, as most attempts leave none. */
	private static void writeArtifacts(JsonGenerator json, List<Artifact> artifacts) throws IOException {
		if (artifacts.isEmpty()) {
			return;
		}
		json.writeArrayFieldStart("artifacts");
		for (Artifact artifact : artifacts) {
			json.writeString(artifact.path().toString());
		}
		json.writeEndArray();
	}

	private void testRetrying(RunEvent.TestRetrying retrying) {
		write("test-retrying", json -> {
			json.writeStringField("name", retrying.unit().name());
			stress(json, retrying.unit());
			json.writeNumberField("failed-attempt", retrying.failed().number());
			json.writeNumberField("delay-ms", retrying.delay().toMillis());
		});
	}

	private void testFinished(RunEvent.TestFinished finished) {
		List<TestResult> tests = tally.finished(finished);
		if (finished.outcome().last().status() == AttemptStatus.CRASHED) {
			crashed += (int) tests.stream().filter(t -> t.status() == TestResult.Status.FAILED).count();
		}
		write("test-finished", json -> {
			json.writeStringField("name", finished.unit().name());
			stress(json, finished.unit());
			json.writeStringField("status", status(finished.outcome().last().status()));
			json.writeBooleanField("flaky", finished.outcome().isFlaky());
			json.writeNumberField("attempts", finished.outcome().attempts().size());
			writeArtifacts(json, finished.outcome().attempts().stream().flatMap(a -> a.artifacts().stream()).toList());
			// The last attempt's: the one whose status the event carries.
			MemoryFields.write(json, finished.outcome().last().memory());
			writeTests(json, tests);
		});
	}

	private void testNotRun(RunEvent.TestNotRun notRun) {
		List<TestResult> tests = tally.notRun(notRun.unit(), notRun.reason());
		write("test-not-run", json -> {
			json.writeStringField("name", notRun.unit().name());
			stress(json, notRun.unit());
			json.writeStringField("reason", notRun.reason());
			writeTests(json, tests);
		});
	}

	/** The tests JUnit counts in the unit, each with its own result: what the run's stats add up. */
	private static void writeTests(JsonGenerator json, List<TestResult> tests) throws IOException {
		json.writeArrayFieldStart("tests");
		for (TestResult test : tests) {
			json.writeStartObject();
			json.writeStringField("name", test.name());
			json.writeStringField("unique-id", test.uniqueId());
			json.writeStringField("class-name", test.className());
			json.writeStringField("display-name", test.displayName());
			json.writeStringField("legacy-name", test.legacyName());
			json.writeStringField("status", test.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			json.writeBooleanField("flaky", test.flaky());
			json.writeNumberField("duration-ms", test.duration().toMillis());
			if (test.failure().isPresent()) {
				Throwable failure = test.failure().get();
				json.writeObjectFieldStart("failure");
				json.writeStringField("type", failure instanceof RemoteException remote ? remote.originalType()
						: failure.getClass().getName());
				json.writeStringField("message", failure.getMessage());
				json.writeEndObject();
			}
			if (test.reason().isPresent()) {
				json.writeStringField("reason", test.reason().get());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private void runFinished(RunEvent.RunFinished finished) {
		RunStats stats = finished.stats();
		write("run-finished", json -> {
			json.writeObjectFieldStart("stats");
			json.writeNumberField("initial-count", initialCount);
			json.writeNumberField("finished", tally.done());
			json.writeNumberField("passed", tally.passed());
			json.writeNumberField("flaky", tally.flaky());
			json.writeNumberField("failed", tally.failed());
			json.writeNumberField("timed-out", tally.timedOut());
			json.writeNumberField("crashed", crashed);
			json.writeNumberField("skipped", tally.skipped());
			json.writeNumberField("not-run", tally.notRun());
			json.writeNumberField("leaky", tally.leaky());
			json.writeEndObject();
			// The same, in units: what the scheduler ran, each in a JVM of its own.
			json.writeObjectFieldStart("unit-stats");
			json.writeNumberField("initial-count", stats.initialCount());
			json.writeNumberField("finished", stats.finished());
			json.writeNumberField("passed", stats.passed());
			json.writeNumberField("flaky", stats.flaky());
			json.writeNumberField("failed", stats.failed());
			json.writeNumberField("timed-out", stats.timedOut());
			json.writeNumberField("crashed", stats.crashed());
			json.writeNumberField("skipped", stats.skipped());
			json.writeNumberField("not-run", stats.notRun());
			json.writeNumberField("leaky", stats.leaky());
			json.writeEndObject();
			json.writeBooleanField("cancelled", finished.cancelled());
			json.writeNumberField("elapsed-ms", stats.elapsed().toMillis());
		});
	}

	/** {@code TIMED_OUT} as {@code timed-out}: the engine's fact, not the terminal's word, which merges some. */
	static String status(AttemptStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** One event, then a line break and a flush: the consumer must not wait for a buffer to fill. */
	private void write(String type, Fields fields) {
		// The stream outlives each event's generator: closing one must not close System.out.
		try (JsonGenerator json = Json.generatorLeavingOpen(out)) {
			if (pretty) {
				json.useDefaultPrettyPrinter();
			}
			json.writeStartObject();
			json.writeStringField("type", type);
			json.writeNumberField("format-version", FORMAT_VERSION);
			fields.write(json);
			json.writeEndObject();
		}
		catch (IOException e) {
			// A PrintStream never throws; the generator's own failure is a bug worth seeing.
			throw new UncheckedIOException(e);
		}
		out.println();
		out.flush();
	}
}
