package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.engine.config.SettingsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A bad setting, or an engine that fails while Solo discovers through it, fails the Solo
 * engine's discovery, through the real Launcher: the build goes red with the message, and the
 * other engines' in-process twins stay hidden, so no test runs in the host instead.
 */
class FailedDiscoveryTest {
	private static final String EXPECTED = "solo.test-thread: unknown setting; did you mean solo.test-threads?";
	private static final Map<String, String> BAD_KEY = Map.of("solo.test-thread", "2");
	/** Lets the run go on past a failed discovery, to see that nothing runs instead. */
	private static final Map<String, String> GO_ON = Map.of("junit.platform.discovery.listener.default", "logging");

	/** The Platform's default discovery listener aborts the whole run on an engine that fails discovery. */
	@Test
	void anUnknownKeyAbortsTheRunWithTheMessage() {
		Fixture.ran.set(false);
		Recorder recorder = new Recorder();
		JUnitException thrown = assertThrows(JUnitException.class, () -> execute(recorder, BAD_KEY));
		assertEquals("TestEngine with ID 'solo' failed to discover tests", thrown.getMessage());
		assertEquals(EXPECTED, settingsProblem(thrown).getMessage());
		assertNothingRan(recorder);
	}

	/** With a listener that lets the run go on, Solo's engine fails and the twins stay hidden. */
	@Test
	void anUnknownKeyFailsTheSoloEngineAndNothingRunsInProcess() {
		Fixture.ran.set(false);
		Recorder recorder = new Recorder();
		execute(recorder, BAD_KEY, GO_ON);
		Throwable failure = recorder.soloFailure.orElseThrow(() -> new AssertionError("the Solo engine did not fail"));
		assertEquals(EXPECTED, settingsProblem(failure).getMessage(), () -> "failure: " + failure);
		assertNothingRan(recorder);
	}

	/** An engine that cannot read its tests (see {@code BrokenDiscoveryEngine}) fails the list, not only itself. */
	@Test
	void aBrokenEngineFailsSolosDiscoveryAndNothingRunsInProcess() {
		Fixture.ran.set(false);
		Recorder recorder = new Recorder();
		execute(recorder, Map.of("fixture.broken-engine", "true"), GO_ON);
		Throwable failure = recorder.soloFailure.orElseThrow(() -> new AssertionError("the Solo engine did not fail"));
		String message = String.valueOf(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
		assertTrue(message.contains("solo: engine 'fixture-broken' failed to discover tests"), message);
		assertTrue(message.contains("kotlin/jvm/functions/Function0"), message);
		assertNothingRan(recorder);
	}

	@SafeVarargs
	private static void execute(Recorder recorder, Map<String, String>... parameters) {
		LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
				.selectors(selectClass(Fixture.class))
				.enableImplicitConfigurationParameters(false)
				.configurationParameter("solo.enabled", "true");
		for (Map<String, String> more : parameters) {
			request.configurationParameters(more);
		}
		Launcher launcher = LauncherFactory.create();
		launcher.execute(request.build(), recorder);
	}

	private static Throwable settingsProblem(Throwable failure) {
		Throwable cause = failure;
		while (!(cause instanceof SettingsException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static void assertNothingRan(Recorder recorder) {
		assertTrue(recorder.testsStarted.isEmpty(), () -> "ran in process: " + recorder.testsStarted);
		assertFalse(Fixture.ran.get(), "the fixture ran in the host JVM");
	}

	/** Selected by the tests above only; Surefire leaves nested classes alone. */
	static class Fixture {
		static final AtomicBoolean ran = new AtomicBoolean();

		@Test
		void wouldRunInProcess() {
			ran.set(true);
		}
	}

	private static final class Recorder implements TestExecutionListener {
		final List<String> testsStarted = new ArrayList<>();
		Optional<Throwable> soloFailure = Optional.empty();

		@Override
		public void executionStarted(TestIdentifier id) {
			if (id.isTest()) {
				testsStarted.add(id.getUniqueId());
			}
		}

		@Override
		public void executionFinished(TestIdentifier id, TestExecutionResult result) {
			if (id.getUniqueId().equals("[engine:solo]") && result.getStatus() == TestExecutionResult.Status.FAILED) {
				soloFailure = result.getThrowable();
			}
		}
	}
}
