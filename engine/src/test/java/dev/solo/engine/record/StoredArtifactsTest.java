package dev.solo.engine.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.compress.Zstd;
import dev.solo.engine.config.Retention;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Artifact;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** A recorded run keeps its attempts' artifacts, names them in its log, and gives them back. */
class StoredArtifactsTest {
	@TempDir
	Path temp;

	private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");

	@Test
	void anArtifactIsKeptWithTheRunListedWithItsSizeAndExtractedWhole() throws IOException, RecordException {
		RunStore store = RunStore.at(temp.resolve("store"));
		byte[] bytes = "JAVA PROFILE 1.0.2\0 and a heap".repeat(1000).getBytes();
		Path left = Files.createDirectories(temp.resolve("left/com.A#one()/1")).resolve("java_pid7.hprof");
		Files.write(left, bytes);
		Artifact artifact = new Artifact(left, "com.A#one()/1/java_pid7.hprof", bytes.length);
		UUID id = record(store, artifact);
		Files.delete(left);

		RunSummary summary = store.resolve(id.toString(), any -> true);
		RecordedRun run = RecordedRun.read(store, summary);
		List<StoredArtifacts.Stored> stored = StoredArtifacts.of(run);
		assertEquals(1, stored.size(), warnings.toString());
		assertEquals("com.A#one()", stored.get(0).test());
		assertEquals(1, stored.get(0).attempt());
		assertEquals("java_pid7.hprof", stored.get(0).artifact().file());
		assertEquals(bytes.length, stored.get(0).artifact().size());
		if (Zstd.loadsQuietly()) {
			assertTrue(store.sizeOnDisk(id) < bytes.length, "compressed in the store");
		}
		else {
			// Java 24+ without native access: kept as the event log is then, uncompressed, and whole.
			assertTrue(store.sizeOnDisk(id) >= bytes.length, "kept whole in the store");
		}

		Path out = temp.resolve("out");
		List<Path> written = StoredArtifacts.extract(store, run, out);
		assertEquals(List.of(out.resolve("com.A#one()/1/java_pid7.hprof").toAbsolutePath()), written);
		assertArrayEquals(bytes, Files.readAllBytes(written.get(0)));
	}

	@Test
	void aLogThatNamesAFileOutsideTheTargetExtractsNothingThere() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		Path left = Files.writeString(temp.resolve("x"), "x");
		UUID id = record(store, new Artifact(left, "../../escaped", 1));
		RecordedRun run = RecordedRun.read(store, store.runs().get(0));
		assertEquals(id, run.summary().runId());
		assertThrows(RecordException.class, () -> StoredArtifacts.extract(store, run, temp.resolve("out/inner")));
		assertFalse(Files.exists(temp.resolve("escaped")));
	}

	private UUID record(RunStore store, Artifact artifact) {
		ForkUnit unit = unit();
		Recorder recorder = new Recorder(store, Retention.DEFAULT, Optional.empty(), Optional.empty(), Map.of(),
				new PrintStream(warnings));
		UUID id = UUID.randomUUID();
		Attempt attempt = new Attempt(1, 1, AttemptStatus.FAILED, Duration.ofMillis(300),
				Optional.of(new OutOfMemoryError("Java heap space")), new ChildReport(), CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 100, Optional.of(0), List.of(), List.of(artifact));
		List.of(new RunEvent.RunStarted(id, "default", List.of(unit), 1), new RunEvent.AttemptFinished(unit, attempt),
				new RunEvent.TestFinished(unit, new TestOutcome(List.of(attempt), false)),
				new RunEvent.RunFinished(new RunStats(1, 1, 0, 1, 0, 0, 0, 0, 0, 0, Duration.ofSeconds(1)), false))
				.forEach(recorder::on);
		return id;
	}

	private ForkUnit unit() {
		UniqueId delegate = UniqueId.parse("[engine:junit-jupiter]/[class:com.A]/[method:one()]");
		MirrorDescriptor mirror = new MirrorDescriptor(UniqueId.parse("[engine:solo]/[engine:junit-jupiter]/[class:com.A]/"
				+ "[method:one()]"), delegate, "one()", "one()", TestDescriptor.Type.TEST,
				MethodSource.from("com.A", "one", ""), Set.of(), false, "org.junit.jupiter.engine.JupiterTestEngine");
		root.addChild(mirror);
		return ForkUnit.recorded(mirror, List.of(), Optional.empty());
	}
}
