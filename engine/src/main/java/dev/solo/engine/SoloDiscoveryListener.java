package dev.solo.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.solo.engine.discovery.DiscoveryScope;

import org.apiguardian.api.API;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/** Starts each launcher discovery with a clean {@link DiscoveryScope}, so nothing carries over between discoveries. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SoloDiscoveryListener implements LauncherDiscoveryListener {
	@Override
	public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
		DiscoveryScope.reset();
	}
}
