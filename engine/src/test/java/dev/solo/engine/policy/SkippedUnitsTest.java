package dev.solo.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.TestParameters;
import dev.solo.engine.config.Isolation;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.store.RecordedDurations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** Duration partitions as a run's settings make them: their durations, and what they know a unit by. */
class SkippedUnitsTest {
	@TempDir
	Path workspace;

	private final List<ForkUnit> units = units("com.example.SlowTest", "a", "b", "c", "d");

	@Test
	void aDurationsFileBalancesTheShardsByUnitId() throws IOException {
		Path file = workspace.resolve("durations.json");
		RecordedDurations.write(Map.of(id("a"), 400L, id("b"), 300L, id("c"), 200L, id("d"), 100L), file);
		// Longest first: a, b and c open the shards, d joins c (the least loaded, at 200).
		assertEquals(List.of(List.of("a"), List.of("b"), List.of("c", "d")), shards(3, file.toString()));
	}

	@Test
	void aRelativeDurationsFileIsReadFromTheWorkingDirectory() throws IOException {
		Path file = Files.createTempFile(Path.of("").toAbsolutePath(), "durations", ".json");
		try {
			RecordedDurations.write(Map.of(id("a"), 100L, id("b"), 100L, id("c"), 100L, id("d"), 900L), file);
			assertEquals(List.of(List.of("d"), List.of("a", "b", "c")), shards(2, file.getFileName().toString()));
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void withNothingKnownUnitsAreHashedByTheirIds() throws IOException {
		Path file = workspace.resolve("durations.json");
		RecordedDurations.write(Map.of(), file);
		for (int m = 1; m <= 3; m++) {
			List<String> hashed = Partition.parse("hash:" + m + "/3")
					.select(units, unit -> unit.descriptor().getUniqueId().toString(), unit -> "").included()
					.stream().map(SkippedUnitsTest::method).toList();
			assertEquals(hashed, shards(3, file.toString()).get(m - 1));
		}
	}

	@Test
	void anUnreadableDurationsFileIsASettingsErrorNamingIt() throws IOException {
		Path corrupt = workspace.resolve("corrupt.json");
		Files.writeString(corrupt, "{\"format\": 1, \"durations\": {\n\"a\": ");
		SettingsException bad = assertThrows(SettingsException.class, () -> partition("duration:1/2", corrupt.toString()));
		assertTrue(bad.getMessage().startsWith("solo.durations-file: durations file " + corrupt + ": not JSON: "),
				bad.getMessage());
		assertEquals(1, bad.getMessage().lines().count(), bad.getMessage());

		Path missing = workspace.resolve("missing.json");
		assertEquals("solo.durations-file: durations file " + missing + ": no such file",
				assertThrows(SettingsException.class, () -> partition("duration:1/2", missing.toString())).getMessage());
	}

	@Test
	void otherKindsNeverReadTheDurationsFile() {
		String missing = workspace.resolve("missing.json").toString();
		for (String kind : List.of("hash", "count", "slice")) {
			assertEquals(kind + ":1/2", partition(kind + ":1/2", missing).orElseThrow().spec());
		}
	}

	private List<List<String>> shards(int total, String durationsFile) {
		List<List<String>> shards = new ArrayList<>();
		for (int m = 1; m <= total; m++) {
			Optional<Partition> partition = partition("duration:" + m + "/" + total, durationsFile);
			Map<ForkUnit, String> skipped = SkippedUnits.of(settings("duration:" + m + "/" + total, durationsFile),
					units, partition);
			skipped.values().forEach(reason -> assertEquals("not in partition " + partition.get().spec(), reason));
			shards.add(units.stream().filter(unit -> !skipped.containsKey(unit)).map(SkippedUnitsTest::method).toList());
		}
		return shards;
	}

	private Optional<Partition> partition(String spec, String durationsFile) {
		return SkippedUnits.partition(settings(spec, durationsFile), Map.of());
	}

	private Settings settings(String spec, String durationsFile) {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("solo.partition", spec);
		parameters.put("solo.durations-file", durationsFile);
		return Settings.from(TestParameters.of(parameters), workspace);
	}

	private static String id(String method) {
		return SoloIds.toSolo(UniqueId.forEngine("junit-jupiter").append("class", "com.example.SlowTest")
				.append("method", method + "()")).toString();
	}

	private static String method(ForkUnit unit) {
		return unit.name().substring(unit.name().indexOf('#') + 1, unit.name().indexOf('('));
	}

	private static List<ForkUnit> units(String className, String... methods) {
		TestDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		UniqueId classId = UniqueId.forEngine("junit-jupiter").append("class", className);
		MirrorDescriptor cls = new MirrorDescriptor(SoloIds.toSolo(classId), classId, className, className,
				TestDescriptor.Type.CONTAINER, ClassSource.from(className), Set.of(), false, "Engine");
		root.addChild(cls);
		for (String method : methods) {
			UniqueId testId = classId.append("method", method + "()");
			cls.addChild(new MirrorDescriptor(SoloIds.toSolo(testId), testId, method + "()", method + "()",
					TestDescriptor.Type.TEST, MethodSource.from(className, method, ""), Set.of(), false, "Engine"));
		}
		return ForkUnit.collect(root, Isolation.TEST);
	}
}
