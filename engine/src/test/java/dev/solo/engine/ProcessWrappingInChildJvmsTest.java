package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.solo.engine.config.Settings;
import dev.solo.engine.fixtures.FixedPortFixture;
import dev.solo.engine.fixtures.NiceFixture;
import dev.solo.engine.fixtures.Recorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code cpu-priority} and {@code network = "isolated"} in real child JVMs (Linux): the kernel's
 * nice value of a test JVM under {@code cpu-priority = "low"}, still the host's own child; and two
 * tests serving on one fixed port, which collide run in parallel on the shared network and both
 * pass each in a network of its own, where only a loopback is up.
 */
@EnabledOnOs(OS.LINUX)
@ExtendWith(NoChildJvmLeft.class)
class ProcessWrappingInChildJvmsTest {
	@TempDir
	Path project;
	@TempDir
	Path records;

	@Test
	void lowCpuPriorityShowsInTheTestJvmsNiceValue() throws IOException {
		writeConfig("""
				[profile.default]
				cpu-priority = "low"
				""");
		assertEquals(Map.of("recordsItsNiceValue()", "SUCCESSFUL"), run(selectClass(NiceFixture.class)));
		String[] recorded = Files.readString(records.resolve("nice.rec")).trim().split(" ");
		assertEquals(String.valueOf(ownNice() + 10), recorded[0], "nice value of the test JVM");
		// nice became the JVM: no process of its own stands between the host and its test JVM.
		assertEquals(String.valueOf(ProcessHandle.current().pid()), recorded[2]);
	}

	@Test
	void anOverrideOfNormalPriorityLeavesTheJvmAsItWas() throws IOException {
		writeConfig("""
				[profile.default]
				cpu-priority = "idle"

				[[profile.default.overrides]]
				filter = "class(NiceFixture)"
				cpu-priority = "normal"
				""");
		assertEquals(Map.of("recordsItsNiceValue()", "SUCCESSFUL"), run(selectClass(NiceFixture.class)));
		assertEquals(String.valueOf(ownNice()), Files.readString(records.resolve("nice.rec")).trim().split(" ")[0]);
	}

	@Test
	void twoTestsOnOneFixedPortCollideOnTheSharedNetwork() throws IOException {
		writeConfig("");
		Map<String, String> results = run(selectMethod(FixedPortFixture.class, "first"),
				selectMethod(FixedPortFixture.class, "second"));
		assertEquals(1, results.values().stream().filter("FAILED"::equals).count(), results::toString);
		assertEquals(1, results.values().stream().filter("SUCCESSFUL"::equals).count(), results::toString);
	}

	@Test
	void twoTestsOnOneFixedPortBothPassEachInANetworkOfItsOwn() throws IOException {
		writeConfig("""
				[[profile.default.overrides]]
				filter = "class(FixedPortFixture)"
				network = "isolated"
				""");
		assertEquals(Map.of("first()", "SUCCESSFUL", "second()", "SUCCESSFUL", "seesOnlyALoopback()", "SUCCESSFUL"),
				run(selectClass(FixedPortFixture.class)));
	}

	private static int ownNice() throws IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ")[19 - 3]);
	}

	private void writeConfig(String toml) throws IOException {
		Files.createDirectories(project.resolve(".config"));
		Files.writeString(project.resolve(".config").resolve("solo.toml"), toml);
	}

	/** Each test's result as the host saw it, by display name; two test threads. */
	private Map<String, String> run(DiscoverySelector... selectors) {
		System.setProperty(Recorder.DIR, records.toString());
		Map<String, String> configuration = new HashMap<>();
		configuration.put("solo.enabled", "true");
		configuration.put("solo.test-threads", "2");
		configuration.put("solo.host-output", "false");
		Map<String, String> results = new TreeMap<>();
		TestExecutionListener listener = new TestExecutionListener() {
			@Override
			public void executionFinished(TestIdentifier test, TestExecutionResult result) {
				if (test.isTest()) {
					results.put(test.getDisplayName(), result.getStatus().name());
				}
			}
		};
		configuration.put(Settings.WORKING_DIRECTORY, project.toString());
		try (LauncherSession session = LauncherFactory.openSession()) {
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
					.configurationParameters(configuration).build(), listener);
		}
		assertTrue(!results.isEmpty(), "no test ran");
		return results;
	}
}
