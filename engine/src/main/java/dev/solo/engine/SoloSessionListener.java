package dev.solo.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Owns Solo's per-session resources (see {@link SoloSession}). Registered through the
 * ServiceLoader, so every host that opens a launcher session gets it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SoloSessionListener implements LauncherSessionListener {
	private SoloSession session;

	@Override
	public void launcherSessionOpened(LauncherSession launcherSession) {
		if (!SoloTestEngine.isChild()) {
			session = SoloSession.open();
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession launcherSession) {
		if (session != null) {
			session.close();
			session = null;
		}
	}
}
