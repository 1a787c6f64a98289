package dev.solo.engine.record;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.json.JsonTrees;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import org.junit.platform.engine.TestDescriptor;

/**
 * Writes a run's events as JSON Lines, format {@value #FORMAT_VERSION}: {@code run-started}
 * declares every unit once, with its descriptors (each once, parents first); later events name
 * a unit by its place in that list, and a retry or a result names attempts already written.
 * The log is flushed as each test's result is written, so a host killed mid-run leaves every
 * test finished before the kill readable. Every line ends with {@code at-ms}, its time from the
 * run's start: an addition readers of format 1 pass over, not a new format.
 */
final class EventLogWriter implements Closeable {
	static final int FORMAT_VERSION = 1;
	/** Each line's milliseconds since the log was opened; a log of an older Solo has none (read as -1). */
	static final String AT_MS = "at-ms";
	/** The line declaring a unit that joined the run as it went; see {@link #added}. */
	static final String UNIT_ADDED = "unit-added";

	private final JsonGenerator json;
	private final Map<ForkUnit, Integer> units = new IdentityHashMap<>();
	// Each event's time from the log's start: where each attempt lies on the run's timeline (the HTML report's).
	private final long openedNanos = System.nanoTime();

	EventLogWriter(OutputStream out) throws IOException {
		this.json = JsonTrees.generator(out);
	}

	void write(RunEvent event) throws IOException {
		json.writeStartObject();
		if (event instanceof RunEvent.RunStarted started) {
			runStarted(started);
		}
		else if (event instanceof RunEvent.TestStarted started) {
			type("test-started", started.unit());
			json.writeNumberField("attempt", started.attempt());
			json.writeNumberField("total", started.totalAttempts());
			if (started.globalSlot() != RunEvent.TestStarted.UNKNOWN_SLOT) {
				json.writeNumberField("global-slot", started.globalSlot());
			}
		}
		else if (event instanceof RunEvent.TestSlow slow) {
			type("test-slow", slow.unit());
			json.writeNumberField("attempt", slow.attempt());
			json.writeNumberField("elapsed-ns", slow.elapsed().toNanos());
			json.writeBooleanField("terminating", slow.terminating());
			if (slow.rssBytes() >= 0) {
				json.writeNumberField("rss-bytes", slow.rssBytes());
			}
		}
		else if (event instanceof RunEvent.AttemptFinished finished) {
			type("attempt-finished", finished.unit());
			json.writeFieldName("attempt");
			AttemptJson.write(json, finished.attempt());
		}
		else if (event instanceof RunEvent.TestRetrying retrying) {
			type("test-retrying", retrying.unit());
			json.writeNumberField("failed", retrying.failed().number());
			json.writeNumberField("delay-ns", retrying.delay().toNanos());
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			type("test-finished", finished.unit());
			json.writeNumberField("attempts", finished.outcome().attempts().size());
			json.writeBooleanField("flaky-fails", finished.outcome().flakyFails());
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			type("test-not-run", notRun.unit());
			json.writeStringField("reason", notRun.reason());
		}
		else if (event instanceof RunEvent.ScriptStarted started) {
			ScriptJson.write(json, started);
		}
		else if (event instanceof RunEvent.ScriptFinished finished) {
			ScriptJson.write(json, finished.outcome());
		}
		else if (event instanceof RunEvent.RunFinished finished) {
			json.writeStringField("type", "run-finished");
			writeStats(finished.stats());
			json.writeBooleanField("cancelled", finished.cancelled());
		}
		json.writeNumberField(AT_MS, (System.nanoTime() - openedNanos) / 1_000_000);
		json.writeEndObject();
		json.writeRaw('\n');
		if (endsSomething(event)) {
			json.flush();
		}
	}

	/**
	 * Where the log is flushed: where a test's result, or the run, is complete. A host killed in
	 * between loses only events of tests it had not finished, which a rerun runs again anyway;
	 * each flush ends a zstd block and costs a write.
	 */
	private static boolean endsSomething(RunEvent event) {
		return event instanceof RunEvent.RunStarted || event instanceof RunEvent.TestFinished
				|| event instanceof RunEvent.TestNotRun || event instanceof RunEvent.RunFinished;
	}

	private void type(String type, ForkUnit unit) throws IOException {
		Integer index = units.get(unit);
		if (index == null && unit.stressIndex().isPresent()) {
			index = added(unit);
		}
		if (index == null) {
			throw new IOException("the run never announced " + unit.name());
		}
		json.writeStringField("type", type);
		json.writeNumberField("unit", index);
	}

	/**
	 * A unit that joined the run as it went (a stress run's next round), declared on a line of
	 * its own before the event that first names it; its descriptors are the announced units'.
	 */
	private int added(ForkUnit unit) throws IOException {
		int index = units.size();
		units.put(unit, index);
		json.writeStringField("type", UNIT_ADDED);
		json.writeFieldName("unit");
		writeUnit(unit);
		json.writeEndObject();
		json.writeRaw('\n');
		json.writeStartObject();
		return index;
	}

	private void writeUnit(ForkUnit unit) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", unit.descriptor().getUniqueId().toString());
		if (!unit.iterations().isEmpty()) {
			json.writeArrayFieldStart("iterations");
			for (int iteration : unit.iterations()) {
				json.writeNumber(iteration);
			}
			json.writeEndArray();
		}
		if (unit.wholeReason().isPresent()) {
			json.writeStringField("whole", unit.wholeReason().get());
		}
		if (unit.stressIndex().isPresent()) {
			json.writeNumberField("stress-index", unit.stressIndex().get().index());
			if (unit.stressIndex().get().count().isPresent()) {
				json.writeNumberField("stress-count", unit.stressIndex().get().count().getAsInt());
			}
		}
		json.writeEndObject();
	}

	private void runStarted(RunEvent.RunStarted started) throws IOException {
		json.writeStringField("type", "run-started");
		json.writeNumberField("format-version", FORMAT_VERSION);
		json.writeStringField("run-id", started.runId().toString());
		json.writeStringField("profile", started.profile());
		json.writeNumberField("test-threads", started.testThreads());
		List<ForkUnit> all = new ArrayList<>(started.units());
		started.skipped().stream().map(NotRun::unit).forEach(all::add);
		json.writeArrayFieldStart("descriptors");
		Set<String> written = new HashSet<>();
		for (ForkUnit unit : all) {
			writeAncestors(unit.descriptor().getParent(), written);
			writeTree(unit.descriptor(), written);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("units");
		for (ForkUnit unit : all) {
			units.put(unit, units.size());
			writeUnit(unit);
		}
		json.writeEndArray();
		json.writeNumberField("running", started.units().size());
		json.writeArrayFieldStart("skip-reasons");
		for (NotRun skipped : started.skipped()) {
			json.writeString(skipped.reason());
		}
		json.writeEndArray();
		if (started.rerun().isPresent()) {
			Rerun rerun = started.rerun().get();
			json.writeObjectFieldStart("rerun");
			json.writeStringField("base-run-id", rerun.baseRunId().toString());
			json.writeArrayFieldStart("not-seen");
			for (Rerun.Outstanding test : rerun.notSeen()) {
				json.writeStartObject();
				json.writeStringField("id", test.uniqueId());
				json.writeStringField("name", test.name());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeNumberField("passed-not-seen", rerun.passedNotSeen());
			json.writeEndObject();
		}
	}

	private void writeAncestors(Optional<TestDescriptor> parent, Set<String> written) throws IOException {
		if (parent.isEmpty() || written.contains(parent.get().getUniqueId().toString())) {
			return;
		}
		writeAncestors(parent.get().getParent(), written);
		written.add(parent.get().getUniqueId().toString());
		DescriptorJson.write(json, parent.get());
	}

	private void writeTree(TestDescriptor node, Set<String> written) throws IOException {
		if (written.add(node.getUniqueId().toString())) {
			DescriptorJson.write(json, node);
		}
		for (TestDescriptor child : node.getChildren()) {
			writeTree(child, written);
		}
	}

	private void writeStats(RunStats stats) throws IOException {
		json.writeObjectFieldStart("stats");
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
		json.writeNumberField("elapsed-ns", stats.elapsed().toNanos());
		json.writeEndObject();
	}

	@Override
	public void close() throws IOException {
		json.close();
	}
}
