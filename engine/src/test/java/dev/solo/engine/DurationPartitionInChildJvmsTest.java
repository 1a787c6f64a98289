package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.engine.config.SettingsException;
import dev.solo.engine.config.UserConfig;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.fixtures.PartitionFixture;
import dev.solo.engine.store.RecordedDurations;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.StoreWorkspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Three shards of {@code duration:m/3} through the Launcher API, each test in a child JVM, all
 * given one durations file as CI shards given an archive are: together they run every test once,
 * split as the durations say.
 */
class DurationPartitionInChildJvmsTest {
	@TempDir
	Path temp;

	@Test
	void threeShardsRunEveryTestOnceBalancedByTheDurationsFile() throws IOException {
		Path durations = temp.resolve("durations.json");
		RecordedDurations.write(Map.of(id("a"), 400L, id("b"), 300L, id("c"), 200L, id("d"), 100L), durations);

		List<List<String>> ran = new ArrayList<>();
		Map<String, Integer> runs = new TreeMap<>();
		for (int m = 1; m <= 3; m++) {
			Shard shard = run("duration:" + m + "/3", durations);
			assertEquals(List.of(), shard.failed, "duration:" + m + "/3");
			String reason = "not in partition duration:" + m + "/3";
			shard.skipped.forEach((test, why) -> assertEquals(reason, why, test));
			assertEquals(4, shard.passed.size() + shard.skipped.size(), () -> "every test reported: " + shard.skipped);
			ran.add(shard.passed.stream().sorted().toList());
			shard.passed.forEach(test -> runs.merge(test, 1, Integer::sum));
		}
		assertEquals(Map.of("a()", 1, "b()", 1, "c()", 1, "d()", 1), runs, "every test in exactly one shard");
		// Longest first onto the least loaded shard: a, b and c open the shards, d joins c.
		assertEquals(List.of(List.of("a()"), List.of("b()"), List.of("c()", "d()")), ran);
	}

	/**
	 * Without a durations file the shards read the record store, where each shard is recorded
	 * before the next one starts: they must still split alike, so no shard learns from another.
	 */
	@Test
	void shardsRunOneAfterAnotherWithRecordingOnStillRunEveryTestOnce() throws IOException {
		RunStore store = RunStore.forWorkspace(StoreWorkspace.from(Path.of("").toAbsolutePath()));
		Set<UUID> before = store.runs().stream().map(RunSummary::runId).collect(Collectors.toSet());
		assertEquals(List.of(), run(Optional.empty(), Optional.empty()).failed, "a plain run to learn from");

		Map<String, Integer> runs = new TreeMap<>();
		for (int m = 1; m <= 3; m++) {
			Shard shard = run(Optional.of("duration:" + m + "/3"), Optional.empty());
			assertEquals(List.of(), shard.failed);
			shard.passed.forEach(test -> runs.merge(test, 1, Integer::sum));
		}
		assertEquals(Map.of("a()", 1, "b()", 1, "c()", 1, "d()", 1), runs, "every test in exactly one shard");

		List<Optional<String>> recorded = store.runs().stream().filter(run -> !before.contains(run.runId()))
				.map(RunSummary::partition).toList();
		if (UserConfig.load(System.getenv()).recordEnabled()) {
			assertEquals(List.of(Optional.of("duration:3/3"), Optional.of("duration:2/3"), Optional.of("duration:1/3"),
					Optional.empty()), recorded, "newest first, each shard's run names its partition");
		}
	}

	@Test
	void aCorruptDurationsFileFailsDiscoveryNamingIt() throws IOException {
		Path corrupt = temp.resolve("durations.json");
		Files.writeString(corrupt, "{\"format\": 1, \"durations\": [");
		JUnitException thrown = assertThrows(JUnitException.class, () -> run("duration:1/2", corrupt));
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof SettingsException)) {
			cause = cause.getCause();
		}
		assertNotNull(cause, () -> "no SettingsException in " + thrown);
		assertTrue(cause.getMessage().startsWith("solo.durations-file: durations file " + corrupt + ": not JSON: "),
				cause.getMessage());
	}

	private static String id(String method) {
		return SoloIds.toSolo(UniqueId.forEngine("junit-jupiter").append("class", PartitionFixture.class.getName())
				.append("method", method + "()")).toString();
	}

	private static Shard run(String partition, Path durations) {
		return run(Optional.of(partition), Optional.of(durations));
	}

	private static Shard run(Optional<String> partition, Optional<Path> durations) {
		Map<String, String> parameters = new HashMap<>(Map.of("solo.enabled", "true", "solo.test-threads", "2",
				"solo.host-output", "false"));
		partition.ifPresent(spec -> parameters.put("solo.partition", spec));
		durations.ifPresent(file -> parameters.put("solo.durations-file", file.toString()));
		Shard shard = new Shard();
		try (LauncherSession session = LauncherFactory.openSession()) {
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
					.selectors(selectClass(PartitionFixture.class))
					.configurationParameters(parameters)
					.build(), shard);
		}
		return shard;
	}

	private static final class Shard implements TestExecutionListener {
		final List<String> passed = new ArrayList<>();
		final List<String> failed = new ArrayList<>();
		final Map<String, String> skipped = new TreeMap<>();

		@Override
		public void executionSkipped(TestIdentifier test, String reason) {
			skipped.put(test.getDisplayName(), reason);
		}

		@Override
		public void executionFinished(TestIdentifier test, TestExecutionResult result) {
			if (test.isTest()) {
				(result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed)
						.add(test.getDisplayName());
			}
			else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
				failed.add(test.getDisplayName() + ": " + result.getThrowable().orElse(null));
			}
		}
	}
}
