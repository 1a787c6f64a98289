package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * The JUnit events a child JVM reported for its unit, in order, with delegate unique ids.
 * Appended by the connection's reader thread, each entry inside the unit also published live as
 * a {@link RunEvent.ChildReported}; read whole once the attempt is over.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class ChildReport {
	private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
	/** When each entry arrived in the host (its {@code System.nanoTime()}), for the time each test took. */
	private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

	public sealed interface Entry {
		UniqueId id();
	}

	public record Registered(UniqueId id, UniqueId parentId, String displayName, String legacyName,
			TestDescriptor.Type type, TestSource source, Set<String> tags) implements Entry {
	}

	public record Started(UniqueId id) implements Entry {
	}

	public record Skipped(UniqueId id, String reason) implements Entry {
	}

	public record Finished(UniqueId id, TestExecutionResult result) implements Entry {
	}

	public record Published(UniqueId id, Map<String, String> values) implements Entry {
	}

	public record FilePublished(UniqueId id, String path, String mediaType) implements Entry {
	}

	public void add(Entry entry) {
		add(entry, System.nanoTime());
	}

	/** An entry that arrived at {@code nanos} ({@code System.nanoTime()}, or an offset read back from a record). */
	public void add(Entry entry, long nanos) {
		synchronized (entries) {
			entries.add(entry);
			arrivals.add(nanos);
		}
	}

	/** When each entry of {@link #entries()} arrived, in the same order. */
	public List<Long> arrivals() {
		synchronized (entries) {
			return List.copyOf(arrivals);
		}
	}

	/**
	 * How long a test took, from its start to its end as they reached the host: the frames are
	 * sent as they happen, so the transport's delay is on both ends and cancels out.
	 */
	public Optional<Duration> duration(UniqueId id) {
		synchronized (entries) {
			Long started = null;
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				if (!entry.id().equals(id)) {
					continue;
				}
				if (entry instanceof Started) {
					started = arrivals.get(i);
				}
				else if (entry instanceof Finished && started != null) {
					return Optional.of(Duration.ofNanos(Math.max(0, arrivals.get(i) - started)));
				}
			}
			return Optional.empty();
		}
	}

	public List<Entry> entries() {
		synchronized (entries) {
			return List.copyOf(entries);
		}
	}

	public boolean started(UniqueId id) {
		return entries().stream().anyMatch(e -> e instanceof Started && e.id().equals(id));
	}

	public Optional<Finished> finished(UniqueId id) {
		return entries().stream().filter(e -> e instanceof Finished && e.id().equals(id))
				.map(Finished.class::cast).findFirst();
	}

	public Optional<Skipped> skipped(UniqueId id) {
		return entries().stream().filter(e -> e instanceof Skipped && e.id().equals(id))
				.map(Skipped.class::cast).findFirst();
	}
}
