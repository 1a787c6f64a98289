package dev.solo.engine;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;

import java.util.List;

/**
 * A debugger asked for ({@code solo.debugger=on}, the CLI's {@code --debugger}) is for one test:
 * with more, the second would wait on a port nobody looks at. Checked once the run knows what
 * it runs (filters, partition and rerun applied), before any JVM starts.
 */
final class DebuggedTests {
	private DebuggedTests() {
	}

	static void check(Settings settings, List<ForkUnit> toRun) {
		if (settings.debugger().filter(d -> d.asked()).isEmpty() || toRun.size() == 1) {
			return;
		}
		throw SettingsException.located("", "--debugger (" + Settings.PREFIX + "debugger=on)",
				"debugs exactly one test, and " + toRun.size() + " tests matched; select one, e.g. with -E 'test(=NAME)'");
	}
}
