package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;

import org.apiguardian.api.API;

/**
 * What a run that traces checks once it knows what it runs, before any JVM starts: a tracer asked
 * for on the command line ({@code --tracer}, {@code solo.tracer.one-test=true}) is for one test, as
 * nextest's is: a recording of one test without timeouts, not a slow run of all of them. A
 * {@code tracer} in a profile or override records every test it matches, and needs no check.
 */
@API(status = INTERNAL, since = "0.1")
public final class TracedTests {
	private TracedTests() {
	}

	/**
	 * @param units the units the run is about to start
	 * @throws SettingsException for a tracer asked for and other than one unit
	 */
	public static void begin(Settings settings, int units) {
		if (settings.tracer().filter(t -> t.asked()).isPresent() && units != 1) {
			throw SettingsException.located("", "--tracer (" + Settings.PREFIX + "tracer.one-test=true)", "traces exactly"
					+ " one test, and " + units + " tests matched; select one, e.g. with -E 'test(=NAME)'");
		}
	}
}
