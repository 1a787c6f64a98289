package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.engine.config.Settings;
import dev.solo.engine.fixtures.EnvironmentalFailuresFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

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
 * {@code retries.on} in real child JVMs: a test that times out, one whose JVM dies, one that fails
 * with a {@code SocketTimeoutException} inside its own, and one with a plain assertion, each failing
 * only its first attempt. Only the failures the conditions name are retried (and so pass); the
 * others fail at once.
 */
@ExtendWith(NoChildJvmLeft.class)
class RetryConditionsInChildJvmsTest {
	@TempDir
	Path project;

	@Test
	void timeoutsAndANamedExceptionOrItsSuperclassAreRetriedOtherFailuresAreNot() throws IOException {
		writeConfig("""
				[profile.default]
				slow-timeout = { period = "3s", terminate-after = 1, grace-period = "1s" }
				retries = { count = 2, on = ["timeout", "exception:java.io.InterruptedIOException"] }
				""");
		assertEquals(Map.of("assertionFails()", "FAILED", "crashes()", "FAILED", "socketTimeout()", "SUCCESSFUL",
				"timesOut()", "SUCCESSFUL"), run(Map.of()));
	}

	@Test
	void aJvmCrashIsRetriedWhenAParameterSaysSo() throws IOException {
		writeConfig("""
				[profile.default]
				slow-timeout = { period = "3s", terminate-after = 1, grace-period = "1s" }
				retries = { count = 1, on = ["exception:java.net.SocketTimeoutException"] }
				""");
		// The parameter's list replaces the file's.
		assertEquals(Map.of("assertionFails()", "FAILED", "crashes()", "SUCCESSFUL", "socketTimeout()", "FAILED",
				"timesOut()", "FAILED"), run(Map.of("solo.retries.on", "jvm-crash")));
	}

	@Test
	void withoutConditionsEveryFailureIsRetried() throws IOException {
		writeConfig("""
				[profile.default]
				slow-timeout = { period = "3s", terminate-after = 1, grace-period = "1s" }
				retries = 1
				""");
		assertEquals(Map.of("assertionFails()", "SUCCESSFUL", "crashes()", "SUCCESSFUL", "socketTimeout()", "SUCCESSFUL",
				"timesOut()", "SUCCESSFUL"), run(Map.of()));
	}

	private void writeConfig(String toml) throws IOException {
		Files.createDirectories(project.resolve(".config"));
		Files.writeString(project.resolve(".config").resolve("solo.toml"), toml);
	}

	/** Each test's result as the host saw it, by display name. */
	private Map<String, String> run(Map<String, String> parameters) {
		Map<String, String> configuration = new HashMap<>(parameters);
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
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
					.selectors(selectClass(EnvironmentalFailuresFixture.class)).configurationParameters(configuration)
					.build(), listener);
		}
		return results;
	}
}
