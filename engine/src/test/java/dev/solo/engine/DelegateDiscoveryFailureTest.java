package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * An engine that fails while Solo discovers through it fails the Solo engine, naming the engine
 * and the cause, and no other engine's twin runs in the host in Solo's place.
 */
class DelegateDiscoveryFailureTest {

	@Test
	void aBrokenEngineFailsSolosDiscoveryAndNothingRunsInProcess() {
		Fixture.ran.set(false);
		Recorder recorder = new Recorder();
		LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
				.selectors(selectClass(Fixture.class))
				.enableImplicitConfigurationParameters(false)
				.configurationParameter("solo.enabled", "true")
				.configurationParameter("fixture.broken-engine", "true")
				// Let the run go on past the failed discovery, to see that nothing runs instead.
				.configurationParameter("junit.platform.discovery.listener.default", "logging")
				.build(), recorder);
		Throwable failure = recorder.soloFailure.orElseThrow(() -> new AssertionError("the Solo engine did not fail"));
		String message = String.valueOf(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
		assertTrue(message.contains("solo: engine 'fixture-broken' failed to discover tests"), message);
		assertTrue(message.contains("kotlin/jvm/functions/Function0"), message);
		assertTrue(recorder.testsStarted.isEmpty(), () -> "ran in process: " + recorder.testsStarted);
		assertFalse(Fixture.ran.get(), "the fixture ran in the host JVM");
	}

	/** Selected by the test above only; Surefire leaves nested classes alone. */
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
