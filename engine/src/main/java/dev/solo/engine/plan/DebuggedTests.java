package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.debug.Debugger;

import java.io.PrintStream;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What a run that debugs checks and says once it knows what it runs (filters, partition and
 * rerun applied), before any JVM starts. A debugger asked for ({@code solo.debugger=on}, the CLI's
 * {@code --debugger}) is for one test: with more, the second would wait on a port nobody looks
 * at. A host under JDWP debugs what the IDE selected, and says so once: its user asked to debug
 * the host, and gets the test JVMs instead.
 */
@API(status = INTERNAL, since = "0.1")
public final class DebuggedTests {
	private DebuggedTests() {
	}

	/**
	 * @param units the units the run is about to start
	 * @throws SettingsException for a debugger asked for and other than one unit
	 */
	public static void begin(Settings settings, int units, PrintStream err) {
		Optional<Debugger> debugger = settings.debugger();
		if (debugger.isEmpty()) {
			return;
		}
		if (debugger.get().asked()) {
			if (units != 1) {
				throw SettingsException.located("", "--debugger (" + Settings.PREFIX + "debugger=on)", "debugs exactly"
						+ " one test, and " + units + " tests matched; select one, e.g. with -E 'test(=NAME)'");
			}
			return;
		}
		if (settings.hostOutput() && units > 0) {
			err.println("solo: the host runs under a debugger, so each test's JVM waits for one of its own;"
					+ " tests run one at a time, without timeouts or retries (solo.debugger=off debugs the host alone)");
		}
	}
}
