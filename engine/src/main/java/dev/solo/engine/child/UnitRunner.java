package dev.solo.engine.child;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Launches the JUnit Platform for one unit: only the engine that owns it, no listener, filter
 * or session auto-registration, no class-path scanning.
 */
final class UnitRunner {
	private static final String ISSUE_PHASE = "junit.platform.discovery.issue.failure.phase";

	/** Held strongly: the log manager keeps loggers weakly, and a collected one forgets its level. */
	private static final java.util.logging.Logger DISCOVERY_ISSUES = java.util.logging.Logger.getLogger(
			"org.junit.platform.launcher.core.DiscoveryIssueNotifier");

	private final ChildMain.RunRequest request;

	UnitRunner(ChildMain.RunRequest request) {
		this.request = request;
	}

	/** A discovered unit, ready to execute. */
	record Prepared(Launcher launcher, TestPlan plan) {
		void execute(TestExecutionListener listener) {
			launcher.execute(plan, listener);
		}
	}

	Prepared prepare() throws ReflectiveOperationException {
		TestEngine engine = (TestEngine) Class.forName(request.engineClass(), true,
				Thread.currentThread().getContextClassLoader()).getDeclaredConstructor().newInstance();
		// A session's launcher is built when the session opens; LauncherFactory.create() would
		// build a new one per request, after the property below is gone again.
		LauncherSession session = withoutFlightRecorder(() -> LauncherFactory.openSession(LauncherConfig.builder()
				.enableTestEngineAutoRegistration(false)
				.enableLauncherSessionListenerAutoRegistration(false)
				.enableLauncherDiscoveryListenerAutoRegistration(false)
				.enablePostDiscoveryFilterAutoRegistration(false)
				.enableTestExecutionListenerAutoRegistration(false)
				.addTestEngines(engine)
				.build()));
		Launcher launcher = session.getLauncher();
		// The host reports discovery issues; every child repeating them is noise. Platform 6 logs
		// them after the plan executes, unless told to report them while discovering: then they
		// come here, where they can be silenced without touching what the test itself logs.
		LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
				.selectors(selectors())
				.configurationParameters(request.configuration())
				.configurationParameter(ISSUE_PHASE, "discovery")
				.build();
		java.util.logging.Level level = DISCOVERY_ISSUES.getLevel();
		DISCOVERY_ISSUES.setLevel(java.util.logging.Level.OFF);
		try {
			return new Prepared(launcher, launcher.discover(discovery));
		}
		finally {
			DISCOVERY_ISSUES.setLevel(level);
		}
	}

	/**
	 * Platform 6 registers Flight Recorder listeners whenever JFR is present, which loads and
	 * starts JFR in every child: a large share of a short test's start-up. The Platform skips
	 * them inside a native image, which it detects by one system property; that property is set
	 * only while the launcher is created, and only if the user has not set it.
	 */
	private static LauncherSession withoutFlightRecorder(java.util.function.Supplier<LauncherSession> create) {
		String property = "org.graalvm.nativeimage.imagecode";
		if (System.getProperty(property) != null || Boolean.getBoolean("solo.child.jfr")) {
			return create.get();
		}
		System.setProperty(property, "solo-child");
		try {
			return create.get();
		}
		finally {
			System.clearProperty(property);
		}
	}

	private List<DiscoverySelector> selectors() {
		List<DiscoverySelector> selectors = new ArrayList<>();
		if (request.iterations().isEmpty() || request.iterationMethod() == null) {
			selectors.add(selectUniqueId(request.uniqueId()));
			return selectors;
		}
		int[] indexes = request.iterations().stream().mapToInt(Integer::parseInt).toArray();
		selectors.add(selectIteration(selectMethod(request.iterationMethod()), indexes));
		return selectors;
	}
}
