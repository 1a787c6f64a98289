package dev.solo.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.compress.Zstd;
import dev.solo.engine.config.Retention;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RecordedDurations;
import dev.solo.engine.store.RerunState;
import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.TestCounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

/** Records written by the recorder, read back whole, cut short, corrupted and unfinished. */
class RecordedRunTest {
	@TempDir
	Path temp;

	private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
	private final ForkUnit passing = unit("passes");
	private final ForkUnit failing = unit("fails");

	@Test
	void aRecordedRunReadsBackWithItsSummaryAndState() throws IOException, RecordException {
		RunStore store = RunStore.at(temp.resolve("store"));
		UUID id = record(store, true);

		RunSummary summary = store.runs().get(0);
		assertEquals(id, summary.runId());
		assertEquals(RunStatus.COMPLETED, summary.status());
		assertEquals(Optional.of(100), summary.exitCode());
		assertEquals(new TestCounts(1, 1, 0, 0, 0), summary.counts());
		assertEquals(Optional.empty(), summary.partition());
		RecordedRun run = RecordedRun.read(store, summary);
		assertEquals(Optional.empty(), run.problem());
		assertTrue(run.replayable());
		assertEquals(6, run.events().size());
		assertEquals(Zstd.loadsQuietly(), run.logUncompressedBytes() > run.logCompressedBytes(),
				"compressed wherever zstd loads without the JVM's native-access warning (JDK 24+ without the grant: plain)");
		RerunState state = RecordedRun.stateOf(store, summary);
		assertTrue(state.passed(id(passing)));
		assertFalse(state.passed(id(failing)));
		assertEquals("", warnings.toString());
	}

	@Test
	void aCorruptLogIsNamedWithWhatIsWrongAndLatestPassesOverIt() throws IOException, RecordException {
		RunStore store = RunStore.at(temp.resolve("store"));
		UUID older = record(store, true);
		UUID newer = record(store, true);
		Path log = RecordedRun.logOf(store.runFolder(newer));
		byte[] bytes = Files.readAllBytes(log);
		Arrays.fill(bytes, bytes.length / 3, bytes.length, (byte) 0x5a);
		Files.write(log, bytes);
		Files.delete(store.runFolder(newer).resolve(RerunState.FILE));

		RecordedRun damaged = RecordedRun.read(store, store.runs().get(0));
		assertFalse(damaged.replayable());
		assertTrue(damaged.problem().orElseThrow().startsWith(log.getFileName() + ": "), damaged.problem().toString());
		assertEquals(older, store.resolve("latest", run -> RecordedRun.usableAsBase(store, run)).runId());
	}

	@Test
	void aLogCutShortInACompletedRunIsDamageButItsStateStillServesARerun() throws IOException, RecordException {
		RunStore store = RunStore.at(temp.resolve("store"));
		UUID id = record(store, true);
		Path log = RecordedRun.logOf(store.runFolder(id));
		byte[] bytes = Files.readAllBytes(log);
		Files.write(log, Arrays.copyOf(bytes, bytes.length - 8));

		RunSummary summary = store.runs().get(0);
		RecordedRun cut = RecordedRun.read(store, summary);
		assertTrue(cut.problem().isPresent(), "a completed run whose log ends early is damaged");
		assertFalse(cut.replayable());
		assertTrue(RecordedRun.usableAsBase(store, summary), "its state.json says where the chain stands");
		assertFalse(RecordedRun.stateOf(store, summary).passed(id(failing)));
	}

	@Test
	void anUnfinishedRunKeepsWhatFinishedAndLeavesTheRestOutstanding() throws IOException, RecordException {
		RunStore store = RunStore.at(temp.resolve("store"));
		record(store, false);

		RunSummary summary = store.runs().get(0);
		assertEquals(RunStatus.INCOMPLETE, summary.status());
		RecordedRun run = RecordedRun.read(store, summary);
		assertTrue(run.replayable(), run.problem().toString());
		RerunState state = RecordedRun.stateOf(store, summary);
		assertTrue(state.passed(id(passing)));
		assertFalse(state.passed(id(failing)), "started but never finished: outstanding");
		assertTrue(state.units().containsKey(id(failing)));
	}

	@Test
	void aShardKeepsItsPartitionInItsSummaryAndIsNotLearntFromByPartitions() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		UUID plain = record(store, true);
		UUID shard = record(store, true, Optional.of("duration:1/3"));

		assertEquals(List.of(Optional.of("duration:1/3"), Optional.empty()),
				store.runs().stream().map(RunSummary::partition).toList(), "newest first");
		Files.delete(store.folder().resolve("index.json"));
		assertEquals(Optional.of("duration:1/3"), store.runs().get(0).partition(), "rebuilt from run.json");
		assertEquals(shard, store.runs().get(0).runId());
		assertEquals(plain, store.runs().get(1).runId());
		Files.writeString(store.runFolder(plain).resolve(RerunState.FILE), Files.readString(
				store.runFolder(plain).resolve(RerunState.FILE)).replace("\"duration-ms\" : 300", "\"duration-ms\" : 299"));
		assertEquals(Map.of(id(passing), 299L, id(failing), 299L), RecordedDurations.known(store),
				"the shard's 300 ms are not read");
	}

	/** Records a run of the two units: the passing one finishes, then the failing one, unless {@code finish} is false. */
	private UUID record(RunStore store, boolean finish) {
		return record(store, finish, Optional.empty());
	}

	private UUID record(RunStore store, boolean finish, Optional<String> partition) {
		Recorder recorder = new Recorder(store, Retention.DEFAULT, Optional.empty(), partition, Map.of(),
				new PrintStream(warnings));
		UUID id = UUID.randomUUID();
		Attempt passed = attempt(AttemptStatus.PASSED);
		Attempt failed = attempt(AttemptStatus.FAILED);
		List<RunEvent> events = new ArrayList<>(List.of(new RunEvent.RunStarted(id, "default", List.of(passing, failing), 2),
				new RunEvent.AttemptFinished(passing, passed), new RunEvent.TestFinished(passing, outcome(passed))));
		if (finish) {
			events.addAll(List.of(new RunEvent.AttemptFinished(failing, failed), new RunEvent.TestFinished(failing, outcome(failed)),
					new RunEvent.RunFinished(new RunStats(2, 2, 1, 0, 1, 0, 0, 0, 0, 0, Duration.ofSeconds(1)), false)));
		}
		events.forEach(recorder::on);
		return id;
	}

	private static TestOutcome outcome(Attempt attempt) {
		return new TestOutcome(List.of(attempt), false);
	}

	private static Attempt attempt(AttemptStatus status) {
		String text = "a line the test printed\n".repeat(200);
		return new Attempt(1, 1, status, Duration.ofMillis(300),
				status == AttemptStatus.FAILED ? Optional.of(new AssertionError("expected: <1> but was: <2>")) : Optional.empty(),
				new ChildReport(), new CapturedOutput(text.getBytes(), new byte[0], 0), CapturedOutput.EMPTY, Optional.empty(),
				List.of(), false, 100, Optional.of(0), List.of(), List.of());
	}

	private ForkUnit unit(String method) {
		UniqueId delegate = UniqueId.parse("[engine:junit-jupiter]/[class:com.A]/[method:" + method + "()]");
		MirrorDescriptor mirror = new MirrorDescriptor(UniqueId.parse("[engine:solo]/[engine:junit-jupiter]/[class:com.A]/[method:"
				+ method + "()]"), delegate, method + "()", method + "()", TestDescriptor.Type.TEST,
				MethodSource.from("com.A", method, ""), Set.of(), false, "org.junit.jupiter.engine.JupiterTestEngine");
		root.addChild(mirror);
		return ForkUnit.recorded(mirror, List.of(), Optional.empty());
	}

	private static String id(ForkUnit unit) {
		return unit.descriptor().getUniqueId().toString();
	}
}
