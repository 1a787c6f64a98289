package dev.solo.engine;

import dev.solo.engine.discovery.DiscoveryScope;

import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/** Starts each launcher discovery with a clean {@link DiscoveryScope}, so nothing carries over between discoveries. */
public final class SoloDiscoveryListener implements LauncherDiscoveryListener {
	@Override
	public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
		DiscoveryScope.reset();
	}
}
