package dev.solo.examples.it.support;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test (and each class), SIGKILLs whatever a host left behind, so one failing
 * assertion does not leave JVMs or {@code sleep 300}s running. Tests assert the absence of
 * leftovers themselves, before this runs.
 */
public final class KillLeftovers implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        killAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        killAll();
    }

    private static void killAll() {
        for (String marker : List.copyOf(Host.MARKERS)) {
            List<Processes.Proc> killed = Processes.killAll(marker);
            if (!killed.isEmpty()) {
                System.err.println("[KillLeftovers] killed processes left by marker " + marker + ": " + killed);
            }
            Host.MARKERS.remove(marker);
        }
    }
}
