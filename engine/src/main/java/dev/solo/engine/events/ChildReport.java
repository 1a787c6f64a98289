package dev.solo.engine.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * The JUnit events a child JVM reported for its unit, in order, with delegate unique ids.
 * Appended by the connection's reader thread, each entry also published live as a
 * {@link RunEvent.ChildReported}; read whole once the attempt is over.
 */
public final class ChildReport {
	private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

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
		entries.add(entry);
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
