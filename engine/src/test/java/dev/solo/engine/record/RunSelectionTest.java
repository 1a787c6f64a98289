package dev.solo.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.TestParameters;
import dev.solo.engine.config.Retention;
import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.policy.SkippedUnits;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RerunState;
import dev.solo.engine.store.RunSelection;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** A run keeps the selection its chain of reruns is about, from the moment it starts. */
class RunSelectionTest {
	@TempDir
	Path temp;

	private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
	private final ForkUnit unit = unit("entities");

	@Test
	void aRunKeepsItsFilterAndItsRerunsKeepTheFirstRunsNotTheirOwn() throws IOException, RecordException {
		RunStore store = RunStore.at(temp.resolve("store"));
		RunSelection filtered = new RunSelection(Optional.of("test(~EntitiesTest)"));
		UUID first = start(store, Optional.empty(), filtered);
		assertEquals(filtered, RunSelection.read(store.runFolder(first)), "written as the run starts, before it ends");

		RunSummary firstRun = store.runs().get(0);
		RerunBase base = new RerunBase(firstRun, RerunState.empty(), RunSelection.read(store.runFolder(first)));
		UUID rerun = start(store, Optional.of(base), new RunSelection(Optional.of("test(~other)")));
		assertEquals(filtered, RunSelection.read(store.runFolder(rerun)),
				"a rerun's own filter narrows that rerun alone; the chain stays the first run's");

		UUID everything = start(store, Optional.empty(), RunSelection.EVERYTHING);
		assertEquals(RunSelection.EVERYTHING, RunSelection.read(store.runFolder(everything)));
		assertEquals("", warnings.toString());
	}

	@Test
	void aRunKeepsItsPartitionAndRunIgnoredAndARerunThatNamesNoneTakesTheChains() throws Exception {
		RunStore store = RunStore.at(temp.resolve("store"));
		RunSelection shard = new RunSelection(Optional.empty(), Optional.of("count:1/2"), Optional.of("only"));
		UUID first = start(store, Optional.empty(), shard);
		assertEquals(shard, RunSelection.read(store.runFolder(first)));

		RerunBase base = new RerunBase(store.runs().get(0), RerunState.empty(), shard);
		assertEquals(Settings.RunIgnored.ONLY, base.runIgnored(Settings.RunIgnored.DEFAULT));
		assertEquals(Settings.RunIgnored.ALL, base.runIgnored(Settings.RunIgnored.ALL), "the rerun's own wins");
		Settings plain = Settings.from(TestParameters.of(Map.of()), temp);
		assertEquals(Optional.of("count:1/2"),
				SkippedUnits.partition(plain, Map.of(), Optional.of(base)).map(Partition::spec));
		Settings own = Settings.from(TestParameters.of(Map.of("solo.partition", "hash:2/3")), temp);
		assertEquals(Optional.of("hash:2/3"), SkippedUnits.partition(own, Map.of(), Optional.of(base)).map(Partition::spec));
	}

	@Test
	void aShardsRerunRunsWhatThatShardLeftNotTheTestsTheChainDealtToOtherShards() throws Exception {
		List<ForkUnit> units = List.of(unit("m0"), unit("m1"), unit("m2"), unit("m3"), unit("m4"), unit("m5"));
		Partition partition = Partition.parse("count:1/2");
		List<ForkUnit> shard = partition.select(units, ForkUnit::name, u -> "").included();
		// The first run of the chain: the shard's first test passed, the others failed.
		Path folder = Files.createDirectories(temp.resolve("state"));
		Files.writeString(folder.resolve(RerunState.FILE), "{\"units\": {\"" + id(shard.get(0))
				+ "\": {\"name\": \"" + shard.get(0).name() + "\", \"passed\": true, \"duration-ms\": 5}}}");
		RerunState state = RerunState.read(folder).orElseThrow();
		RunStore store = RunStore.at(temp.resolve("store"));
		start(store, Optional.empty(), RunSelection.EVERYTHING);
		RerunBase base = new RerunBase(store.runs().get(0), state,
				new RunSelection(Optional.empty(), Optional.of("count:1/2"), Optional.empty()));

		Settings plain = Settings.from(TestParameters.of(Map.of()), temp);
		Map<ForkUnit, String> skipped = SkippedUnits.of(plain, units,
				SkippedUnits.partition(plain, Map.of(), Optional.of(base)), Optional.of(base));

		List<ForkUnit> runs = units.stream().filter(u -> !skipped.containsKey(u)).toList();
		assertEquals(shard.subList(1, shard.size()), runs, "the shard's outstanding tests, and only them");
		assertEquals(Rerun.ALREADY_PASSED, skipped.get(shard.get(0)));
		units.stream().filter(u -> !shard.contains(u))
				.forEach(u -> assertTrue(skipped.get(u).contains("count:1/2"), () -> u.name() + ": " + skipped.get(u)));
	}

	private static String id(ForkUnit unit) {
		return unit.descriptor().getUniqueId().toString();
	}

	@Test
	void aRunRecordedWithoutOneIsEverythingAndADamagedOneIsAnError() throws IOException {
		Path old = Files.createDirectories(temp.resolve("old"));
		assertEquals(RunSelection.EVERYTHING, assertDoesNotThrowRead(old));
		Files.writeString(old.resolve(RunSelection.FILE), "{ \"filter\": ");
		RecordException e = assertThrows(RecordException.class, () -> RunSelection.read(old));
		assertTrue(e.getMessage().startsWith("selection.json: "), e.getMessage());
	}

	private static RunSelection assertDoesNotThrowRead(Path folder) {
		try {
			return RunSelection.read(folder);
		}
		catch (RecordException e) {
			throw new AssertionError(e);
		}
	}

	private UUID start(RunStore store, Optional<RerunBase> base, RunSelection selection) {
		Recorder recorder = new Recorder(store, Retention.DEFAULT, base, Optional.empty(), selection, Map.of(),
				new PrintStream(warnings));
		UUID id = UUID.randomUUID();
		recorder.on(new RunEvent.RunStarted(id, "default", List.of(unit), 1));
		return id;
	}

	private ForkUnit unit(String method) {
		UniqueId delegate = UniqueId.parse("[engine:junit-jupiter]/[class:com.A]/[method:" + method + "()]");
		MirrorDescriptor mirror = new MirrorDescriptor(UniqueId.parse("[engine:solo]/[engine:junit-jupiter]/[class:com.A]/[method:"
				+ method + "()]"), delegate, method + "()", method + "()", TestDescriptor.Type.TEST,
				MethodSource.from("com.A", method, ""), Set.of(), false, "org.junit.jupiter.engine.JupiterTestEngine");
		root.addChild(mirror);
		return ForkUnit.recorded(mirror, List.of(), Optional.empty());
	}
}
