package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

/**
 * Where a chain of reruns stands after one run: for every unit seen so far, whether it has
 * passed, and how long it last took. A rerun starts from its base run's state, runs what has
 * not passed, and adds what it saw; units it did not see keep the state they had, so a chain
 * converges however its reruns are narrowed. Kept in the run's {@code state.json}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RerunState {
	public static final String FILE = "state.json";

	/**
	 * One unit: its name (for "not seen" notes), whether it passed, its last duration in ms and its
	 * JVM's peak resident set when it last ran, the highest of its attempts', in bytes (-1 unknown).
	 */
	public record Entry(String name, boolean passed, long durationMillis, long peakRssBytes) {
		public Entry(String name, boolean passed, long durationMillis) {
			this(name, passed, durationMillis, -1);
		}
	}

	private final Map<String, Entry> units;

	private RerunState(Map<String, Entry> units) {
		this.units = units;
	}

	/** The tests of this run a stress run's copy failed: they stay outstanding whatever their other runs did. */
	private final Set<String> stressFailed = new HashSet<>();

	public static RerunState empty() {
		return new RerunState(new LinkedHashMap<>());
	}

	/** The state after {@code event}, applied to this one in place. */
	public void apply(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			// Outstanding until it finishes: a host killed mid-run leaves what it had not finished to run again.
			started.units().forEach(unit -> outstanding(unit.descriptor().getUniqueId().toString(), unit.name()));
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			TestOutcome outcome = finished.outcome();
			String id = finished.unit().descriptor().getUniqueId().toString();
			long peak = outcome.attempts().stream().mapToLong(a -> a.memory().peakRssBytes()).max().orElse(-1);
			if (peak < 0) {
				// not measured this time (not Linux, a JVM killed before it said): what was measured before stands
				peak = Optional.ofNullable(units.get(id)).map(Entry::peakRssBytes).orElse(-1L);
			}
			boolean passed = passed(outcome);
			if (finished.unit().stressIndex().isPresent() && !passed) {
				stressFailed.add(id);
			}
			// A stress run's test is outstanding if any of its runs failed, not as its last run went.
			units.put(id, new Entry(finished.unit().name(), passed && !stressFailed.contains(id),
					outcome.last().duration().toMillis(), peak));
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			outstanding(notRun.unit().descriptor().getUniqueId().toString(), notRun.unit().name());
		}
	}

	private void outstanding(String id, String name) {
		Optional<Entry> known = Optional.ofNullable(units.get(id));
		units.put(id, new Entry(name, false, known.map(Entry::durationMillis).orElse(-1L),
				known.map(Entry::peakRssBytes).orElse(-1L)));
	}

	/**
	 * Whether a unit that ended so is done with for a rerun chain. Skipped and aborted tests did
	 * what they could: only failures and cancellations stay outstanding.
	 */
	public static boolean passed(TestOutcome outcome) {
		return !outcome.isFailure() && outcome.last().status() != AttemptStatus.CANCELLED;
	}

	public RerunState copy() {
		return new RerunState(new LinkedHashMap<>(units));
	}

	public Map<String, Entry> units() {
		return Collections.unmodifiableMap(units);
	}

	/** Whether the unit with this Solo unique id has passed somewhere along the chain. */
	public boolean passed(String uniqueId) {
		Entry entry = units.get(uniqueId);
		return entry != null && entry.passed();
	}

	public OptionalLong durationMillis(String uniqueId) {
		Entry entry = units.get(uniqueId);
		return entry == null || entry.durationMillis() < 0 ? OptionalLong.empty() : OptionalLong.of(entry.durationMillis());
	}

	public void write(Path folder) throws IOException {
		ObjectNode root = JsonTrees.NODES.objectNode();
		root.put("format-version", 1);
		ObjectNode all = root.putObject("units");
		units.forEach((id, entry) -> {
			ObjectNode unit = all.putObject(id);
			unit.put("name", entry.name());
			unit.put("passed", entry.passed());
			if (entry.durationMillis() >= 0) {
				unit.put("duration-ms", entry.durationMillis());
			}
			if (entry.peakRssBytes() >= 0) {
				unit.put("peak-rss-bytes", entry.peakRssBytes());
			}
		});
		OwnerOnlyFiles.writeAtomically(folder.resolve(FILE), JsonTrees.bytes(root));
	}

	/** The state a finished run wrote, if it did and the file reads. */
	public static Optional<RerunState> read(Path folder) {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			JsonNode root = JsonTrees.read(Files.readAllBytes(file));
			Map<String, Entry> units = new LinkedHashMap<>();
			root.path("units").fields().forEachRemaining(e -> units.put(e.getKey(), new Entry(
					e.getValue().path("name").asText(), e.getValue().path("passed").asBoolean(),
					e.getValue().path("duration-ms").asLong(-1), e.getValue().path("peak-rss-bytes").asLong(-1))));
			return Optional.of(new RerunState(units));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
