package dev.solo.engine.record;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.StressIndex;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * Rebuilds a run's events from its JSON Lines log ({@link EventLogWriter}'s format). Reads up
 * to the end or to the first damage, and says which: a record cut short by a killed host still
 * gives every event written before the kill.
 */
final class EventLogReader {

	/**
	 * The events read, and what stopped the reading early, if anything did.
	 *
	 * @param times each event's milliseconds from the run's start, -1 where the log has none
	 */
	record Result(List<RunEvent> events, Optional<String> damage, List<Long> times) {
	}

	private final List<ForkUnit> units = new ArrayList<>();
	private final Map<String, TestDescriptor> descriptors = new HashMap<>();
	private final Map<String, Attempt> attempts = new HashMap<>();

	static Result read(InputStream in) {
		return new EventLogReader().readAll(in);
	}

	private Result readAll(InputStream in) {
		List<RunEvent> events = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		try (JsonParser parser = JsonTrees.parser(in)) {
			for (Iterator<JsonNode> lines = JsonTrees.values(parser); lines.hasNext();) {
				JsonNode line = lines.next();
				if (!events.isEmpty() && EventLogWriter.UNIT_ADDED.equals(line.path("type").asText())) {
					units.add(unit(line.path("unit"), descriptors));
					continue;
				}
				events.add(event(line, events.isEmpty()));
				times.add(line.path(EventLogWriter.AT_MS).asLong(-1));
			}
			return new Result(events, Optional.empty(), times);
		}
		catch (UncheckedIOException e) {
			return damaged(events, times, e.getCause());
		}
		catch (IOException | RuntimeException e) {
			return damaged(events, times, e);
		}
	}

	private static Result damaged(List<RunEvent> events, List<Long> times, Exception e) {
		String what = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
		return new Result(events, Optional.of((events.isEmpty() ? "unreadable from the start: "
				: "cut short after " + events.size() + (events.size() == 1 ? " event: " : " events: ")) + what),
				times.subList(0, events.size()));
	}

	private RunEvent event(JsonNode line, boolean first) throws IOException {
		String type = line.path("type").asText();
		if (first != type.equals("run-started")) {
			throw new IOException(first ? "the log does not begin with run-started" : "a second run-started");
		}
		return switch (type) {
			case "run-started" -> runStarted(line);
			case "test-started" -> new RunEvent.TestStarted(unit(line), line.path("attempt").asInt(),
					line.path("total").asInt(), line.path("global-slot").asInt(RunEvent.TestStarted.UNKNOWN_SLOT));
			case "test-slow" -> new RunEvent.TestSlow(unit(line), line.path("attempt").asInt(),
					Duration.ofNanos(line.path("elapsed-ns").asLong()), line.path("terminating").asBoolean(),
					line.path("rss-bytes").asLong(-1));
			case "attempt-finished" -> {
				ForkUnit unit = unit(line);
				Attempt attempt = AttemptJson.read(line.path("attempt"));
				attempts.put(key(line, attempt.number()), attempt);
				yield new RunEvent.AttemptFinished(unit, attempt);
			}
			case "test-retrying" -> new RunEvent.TestRetrying(unit(line), attempt(line, line.path("failed").asInt()),
					Duration.ofNanos(line.path("delay-ns").asLong()));
			case "test-finished" -> {
				List<Attempt> all = new ArrayList<>();
				for (int number = 1; number <= line.path("attempts").asInt(); number++) {
					all.add(attempt(line, number));
				}
				yield new RunEvent.TestFinished(unit(line), new TestOutcome(all, line.path("flaky-fails").asBoolean()));
			}
			case "test-not-run" -> new RunEvent.TestNotRun(unit(line), line.path("reason").asText());
			case ScriptJson.STARTED -> ScriptJson.readStarted(line);
			case ScriptJson.FINISHED -> ScriptJson.readFinished(line);
			case "run-finished" -> new RunEvent.RunFinished(readStats(line.path("stats")),
					line.path("cancelled").asBoolean());
			default -> throw new IOException("unknown event type '" + type + "'");
		};
	}

	private RunEvent.RunStarted runStarted(JsonNode line) throws IOException {
		int version = line.path("format-version").asInt();
		if (version > EventLogWriter.FORMAT_VERSION) {
			throw new IOException("written in log format " + version + " by a newer Solo; this one reads up to "
					+ EventLogWriter.FORMAT_VERSION);
		}
		for (JsonNode node : line.path("descriptors")) {
			TestDescriptor descriptor = DescriptorJson.read(node);
			descriptors.put(descriptor.getUniqueId().toString(), descriptor);
			if (node.has("parent")) {
				TestDescriptor parent = descriptors.get(node.get("parent").asText());
				if (parent == null) {
					throw new IOException("descriptor " + node.path("id").asText() + " comes before its parent");
				}
				((AbstractTestDescriptor) parent).addChild(descriptor);
			}
		}
		for (JsonNode node : line.path("units")) {
			units.add(unit(node, descriptors));
		}
		int running = line.path("running").asInt(units.size());
		List<NotRun> skipped = new ArrayList<>();
		JsonNode reasons = line.path("skip-reasons");
		for (int i = running; i < units.size(); i++) {
			skipped.add(new NotRun(units.get(i), reasons.path(i - running).asText("")));
		}
		Optional<Rerun> rerun = Optional.empty();
		if (line.has("rerun")) {
			List<Rerun.Outstanding> notSeen = new ArrayList<>();
			line.get("rerun").path("not-seen").forEach(t -> notSeen.add(new Rerun.Outstanding(t.path("id").asText(),
					t.path("name").asText())));
			rerun = Optional.of(new Rerun(UUID.fromString(line.get("rerun").path("base-run-id").asText()), notSeen,
					line.get("rerun").path("passed-not-seen").asInt(0)));
		}
		return new RunEvent.RunStarted(UUID.fromString(line.path("run-id").asText()), line.path("profile").asText(),
				units.subList(0, running), line.path("test-threads").asInt(1), skipped, rerun);
	}

	/** A unit as the log declares it: its descriptor's id, iterations, reason to run whole, stress index. */
	private static ForkUnit unit(JsonNode node, Map<String, TestDescriptor> descriptors) throws IOException {
		if (!(descriptors.get(node.path("id").asText()) instanceof MirrorDescriptor mirror)) {
			throw new IOException("unit " + node.path("id").asText() + " has no recorded descriptor");
		}
		List<Integer> iterations = new ArrayList<>();
		node.path("iterations").forEach(i -> iterations.add(i.asInt()));
		ForkUnit unit = ForkUnit.recorded(mirror, iterations, Optional.ofNullable(node.get("whole")).map(JsonNode::asText));
		if (node.has("stress-index")) {
			OptionalInt count = node.has("stress-count") ? OptionalInt.of(node.get("stress-count").asInt())
					: OptionalInt.empty();
			unit = unit.stressCopy(new StressIndex(node.get("stress-index").asInt(), count));
		}
		return unit;
	}

	private static RunStats readStats(JsonNode node) {
		return new RunStats(node.path("initial-count").asInt(), node.path("finished").asInt(),
				node.path("passed").asInt(), node.path("flaky").asInt(), node.path("failed").asInt(),
				node.path("timed-out").asInt(), node.path("crashed").asInt(), node.path("skipped").asInt(),
				node.path("not-run").asInt(), node.path("leaky").asInt(),
				Duration.ofNanos(node.path("elapsed-ns").asLong()));
	}

	private ForkUnit unit(JsonNode line) throws IOException {
		int index = line.path("unit").asInt(-1);
		if (index < 0 || index >= units.size()) {
			throw new IOException("an event names unit " + index + ", which the run never announced");
		}
		return units.get(index);
	}

	private Attempt attempt(JsonNode line, int number) throws IOException {
		Attempt attempt = attempts.get(key(line, number));
		if (attempt == null) {
			throw new IOException("an event names attempt " + number + " of " + unit(line).name()
					+ ", which was never recorded");
		}
		return attempt;
	}

	private static String key(JsonNode line, int number) {
		return line.path("unit").asInt() + "/" + number;
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}
}
