package dev.solo.engine.store;

import static dev.solo.engine.store.Runs.run;
import static dev.solo.engine.store.Runs.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruneTest {
	/**
	 * Far past the files' real times, so that only a summary's {@code lastWritten} (or a time a
	 * test sets on a file) says how recently a run was written.
	 */
	private static final Instant NOW = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
	private static final Retention ROOMY = new Retention(100, Long.MAX_VALUE, Duration.ofDays(3650));

	@TempDir
	Path temp;
	RunStore store;

	@BeforeEach
	void store() {
		store = RunStore.at(temp);
	}

	/** A run last written {@code hoursAgo} before NOW; started in the reverse order, so that order cannot pass for it. */
	private RunSummary add(int hoursAgo, RunStatus status, int logBytes) throws IOException {
		Instant lastWritten = NOW.minus(Duration.ofHours(hoursAgo));
		RunSummary run = written(run(UUID.randomUUID(), NOW.minus(Duration.ofDays(1000 - hoursAgo)), status), lastWritten);
		Path folder = store.create(run);
		Files.write(folder.resolve("events.jsonl.zst"), new byte[logBytes]);
		RunSummary recorded = Runs.sized(run, store.sizeOnDisk(run.runId()));
		store.update(recorded);
		return recorded;
	}

	private List<UUID> ids(List<RunSummary> runs) {
		return runs.stream().map(RunSummary::runId).toList();
	}

	@Test
	void byCountTheOldestWrittenGo() throws IOException {
		RunSummary oldest = add(50, RunStatus.COMPLETED, 0);
		RunSummary old = add(40, RunStatus.CANCELLED, 0);
		RunSummary kept1 = add(30, RunStatus.COMPLETED, 0);
		RunSummary kept2 = add(20, RunStatus.COMPLETED, 0);
		RunSummary kept3 = add(10, RunStatus.COMPLETED, 0);
		List<RunSummary> pruned = store.prune(new Retention(3, Long.MAX_VALUE, Duration.ofDays(3650)), NOW, false);
		assertEquals(List.of(oldest.runId(), old.runId()), ids(pruned));
		assertEquals(List.of(kept1.runId(), kept2.runId(), kept3.runId()).stream().sorted().toList(),
				ids(store.runs()).stream().sorted().toList());
		assertFalse(Files.exists(store.runFolder(oldest.runId())), "its folder is gone with it");
		assertTrue(Files.exists(store.runFolder(kept1.runId()).resolve("events.jsonl.zst")));
	}

	@Test
	void bySizeTheOldestWrittenGoUntilTheRestFit() throws IOException {
		List<RunSummary> runs = new ArrayList<>();
		for (int hours = 50; hours > 0; hours -= 10) {
			runs.add(add(hours, RunStatus.COMPLETED, 10_000));
		}
		long newestThree = 0;
		for (RunSummary run : runs.subList(2, 5)) {
			newestThree += store.sizeOnDisk(run.runId());
		}
		List<RunSummary> pruned = store.prune(new Retention(100, newestThree, Duration.ofDays(3650)), NOW, false);
		assertEquals(ids(runs.subList(0, 2)), ids(pruned));
		assertEquals(3, store.runs().size());
		assertEquals(List.of(), store.prune(new Retention(100, newestThree, Duration.ofDays(3650)), NOW, false),
				"what fits stays");
	}

	@Test
	void byAgeTheRunsLastWrittenTooLongAgoGo() throws IOException {
		RunSummary stale = add(31 * 24, RunStatus.COMPLETED, 0);
		RunSummary fresh = add(29 * 24, RunStatus.COMPLETED, 0);
		assertEquals(List.of(stale.runId()), ids(store.prune(Retention.DEFAULT, NOW, false)));
		assertEquals(List.of(fresh.runId()), ids(store.runs()));
	}

	@Test
	void anUnfinishedRunWrittenInTheLastHourIsNeverPruned() throws IOException {
		RunSummary running = add(0, RunStatus.INCOMPLETE, 0);
		RunSummary abandoned = add(2, RunStatus.INCOMPLETE, 0);
		RunSummary longRunning = add(5, RunStatus.INCOMPLETE, 0);
		// a long run's summary is old, but its recorder appended to its log ten minutes ago
		Files.setLastModifiedTime(store.runFolder(longRunning.runId()).resolve("events.jsonl.zst"),
				FileTime.from(NOW.minus(Duration.ofMinutes(10))));
		List<RunSummary> pruned = store.prune(new Retention(1, 1, Duration.ofMinutes(1)), NOW, false);
		assertEquals(List.of(abandoned.runId()), ids(pruned));
		assertEquals(List.of(running.runId(), longRunning.runId()).stream().sorted().toList(),
				ids(store.runs()).stream().sorted().toList());
	}

	@Test
	void aDryRunListsTheSameRunsAndDeletesNothing() throws IOException {
		for (int hours = 50; hours > 0; hours -= 10) {
			add(hours, RunStatus.COMPLETED, 100);
		}
		Retention two = new Retention(2, Long.MAX_VALUE, Duration.ofDays(3650));
		List<RunSummary> before = store.runs();
		byte[] index = Files.readAllBytes(temp.resolve("index.json"));
		List<RunSummary> wouldGo = store.prune(two, NOW, true);
		assertEquals(3, wouldGo.size());
		assertEquals(before, store.runs());
		assertEquals(new String(index), Files.readString(temp.resolve("index.json")));
		for (RunSummary run : before) {
			assertTrue(Files.isDirectory(store.runFolder(run.runId())));
		}
		assertEquals(wouldGo, store.prune(two, NOW, false));
	}

	@Test
	void automaticPruningIsDueOnceADay() throws IOException {
		Retention three = new Retention(3, Long.MAX_VALUE, Duration.ofDays(3650));
		for (int i = 0; i < 4; i++) {
			add(100 - i, RunStatus.COMPLETED, 0);
		}
		store.pruneIfDue(three, NOW);
		assertEquals(3, store.runs().size(), "never pruned before: due");
		assertEquals(Optional.of(NOW), store.lastPruned());

		add(10, RunStatus.COMPLETED, 0);
		store.pruneIfDue(three, NOW.plus(Duration.ofHours(23)));
		assertEquals(4, store.runs().size(), "4 of at most 3 is not 1.5 times over: not due within the day");
		assertEquals(Optional.of(NOW), store.lastPruned());

		store.pruneIfDue(three, NOW.plus(Duration.ofHours(24)));
		assertEquals(3, store.runs().size(), "a day later, due");
		assertEquals(Optional.of(NOW.plus(Duration.ofHours(24))), store.lastPruned());
	}

	@Test
	void automaticPruningIsDueAtOnceWhenALimitIsExceededByHalf() throws IOException {
		Retention two = new Retention(2, Long.MAX_VALUE, Duration.ofDays(3650));
		store.pruneIfDue(two, NOW);
		for (int i = 0; i < 3; i++) {
			add(30 - i, RunStatus.COMPLETED, 0);
		}
		store.pruneIfDue(two, NOW.plusSeconds(60));
		assertEquals(3, store.runs().size(), "3 is 1.5 times 2, not more");
		add(5, RunStatus.COMPLETED, 0);
		store.pruneIfDue(two, NOW.plusSeconds(120));
		assertEquals(2, store.runs().size(), "4 is more than 1.5 times 2");

		long total = 0;
		for (RunSummary run : store.runs()) {
			total += store.sizeOnDisk(run.runId());
		}
		store.pruneIfDue(new Retention(100, (long) (total / 1.4), Duration.ofDays(3650)), NOW.plusSeconds(180));
		assertEquals(2, store.runs().size(), "over the size limit, but by less than half: not due");
		store.pruneIfDue(new Retention(100, total / 2, Duration.ofDays(3650)), NOW.plusSeconds(240));
		assertEquals(1, store.runs().size(), "twice the size limit: due, and pruned to fit");
	}

	@Test
	void foldersTheIndexLostAreRemovedOnceAnHourOld() throws IOException {
		Path orphan = Files.createDirectories(temp.resolve("runs").resolve(UUID.randomUUID().toString()));
		Path recent = Files.createDirectories(temp.resolve("runs").resolve(UUID.randomUUID().toString()));
		Files.write(orphan.resolve("events.jsonl.zst"), new byte[10]);
		Files.write(recent.resolve("events.jsonl.zst"), new byte[10]);
		Files.setLastModifiedTime(recent.resolve("events.jsonl.zst"), FileTime.from(NOW.minusSeconds(60)));
		add(1, RunStatus.COMPLETED, 0);
		store.prune(ROOMY, NOW, true);
		assertTrue(Files.exists(orphan), "not by a dry run");
		store.prune(ROOMY, NOW, false);
		assertFalse(Files.exists(orphan));
		assertTrue(Files.exists(recent), "its creator may be indexing it now");
		assertEquals(1, store.runs().size());
	}
}
