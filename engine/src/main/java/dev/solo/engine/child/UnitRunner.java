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
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Launches the JUnit Platform for one unit: only the engine that owns it, no listener, filter
 * or session auto-registration, no class-path scanning.
 */
final class UnitRunner {
	private final ChildMain.RunRequest request;
	private final TestExecutionListener listener;

	UnitRunner(ChildMain.RunRequest request, TestExecutionListener listener) {
		this.request = request;
		this.listener = listener;
	}

	void run() throws ReflectiveOperationException {
		TestEngine engine = (TestEngine) Class.forName(request.engineClass(), true,
				Thread.currentThread().getContextClassLoader()).getDeclaredConstructor().newInstance();
		Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
				.enableTestEngineAutoRegistration(false)
				.enableLauncherSessionListenerAutoRegistration(false)
				.enableLauncherDiscoveryListenerAutoRegistration(false)
				.enablePostDiscoveryFilterAutoRegistration(false)
				.enableTestExecutionListenerAutoRegistration(false)
				.addTestEngines(engine)
				.build());
		LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
				.selectors(selectors())
				.configurationParameters(request.configuration())
				.build();
		launcher.execute(discovery, listener);
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
