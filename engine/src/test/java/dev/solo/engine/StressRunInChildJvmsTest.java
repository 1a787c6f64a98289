package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.engine.fixtures.Recorder;
import dev.solo.engine.fixtures.StressIndexFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code solo.stress-count} in a host (the Launcher API, as an IDE or Surefire drives it): every
 * run happens, each in a JVM of its own, and the host hears each test once, when its runs are
 * over: failed when any run failed.
 */
@ExtendWith(NoChildJvmLeft.class)
class StressRunInChildJvmsTest {
	@TempDir
	Path records;

	@Test
	void theHostHearsEachTestOnceFailedWhenAnyRunFailed() throws IOException {
		System.setProperty(Recorder.DIR, records.toString());
		Map<String, String> configuration = new HashMap<>();
		configuration.put("solo.enabled", "true");
		configuration.put("solo.test-threads", "2");
		configuration.put("solo.host-output", "false");
		configuration.put("solo.stress-count", "3");
		List<String> heard = new ArrayList<>();
		TestExecutionListener listener = new TestExecutionListener() {
			@Override
			public void executionStarted(TestIdentifier test) {
				if (test.isTest()) {
					heard.add("started " + test.getDisplayName());
				}
			}

			@Override
			public void executionFinished(TestIdentifier test, TestExecutionResult result) {
				if (test.isTest()) {
					heard.add(result.getStatus() + " " + test.getDisplayName());
				}
			}
		};
		try (LauncherSession session = LauncherFactory.openSession()) {
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
					.selectors(selectClass(StressIndexFixture.class)).configurationParameters(configuration).build(),
					listener);
		}
		assertEquals(List.of("started failsItsSecondRun()", "FAILED failsItsSecondRun()", "started passes()",
				"SUCCESSFUL passes()"), heard.stream().sorted((a, b) -> name(a).compareTo(name(b)) != 0
						? name(a).compareTo(name(b)) : a.startsWith("started") ? -1 : 1).toList());
		// Every run happened, each in a JVM of its own.
		assertEquals(3, Files.readAllLines(records.resolve("stress.failsItsSecondRun.rec")).size());
		assertEquals(3, Files.readAllLines(records.resolve("stress.passes.rec")).size());
	}

	private static String name(String heard) {
		return heard.substring(heard.indexOf(' ') + 1);
	}
}
