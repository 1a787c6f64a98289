package dev.solo.engine.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.WholeUnits;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;

/**
 * Tells a host's console, once per run, which units hold more than one test and why: a user
 * who turned Solo on expects a JVM per test, and a class that cannot have that deserves a word.
 * The CLI's terminal reporter says the same in its own layout.
 */
@API(status = INTERNAL, since = "0.1")
public final class UnitNotices implements RunEventSink {
	private final PrintStream out;

	public UnitNotices(PrintStream out) {
		this.out = out;
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			lines(started.units()).forEach(out::println);
			out.flush();
		}
	}

	/** One line per class and reason of its whole units, and one for all classes under class isolation. */
	static List<String> lines(List<ForkUnit> units) {
		List<String> lines = new ArrayList<>();
		for (WholeUnits.Group group : WholeUnits.of(units)) {
			lines.add("solo: " + group.className() + " " + group.describe() + ": " + group.reason());
		}
		long wholeClasses = WholeUnits.wholeClasses(units);
		if (wholeClasses > 0) {
			lines.add("solo: " + ForkUnit.WHOLE_CLASS + ": each of " + wholeClasses
					+ " test classes runs in one JVM of its own, its tests sharing it");
		}
		return lines;
	}
}
