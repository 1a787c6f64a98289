package dev.solo.engine.report;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a host's console, once per run, which units hold more than one test and why: a user
 * who turned Solo on expects a JVM per test, and a class that cannot have that deserves a word.
 * The CLI's terminal reporter says the same in its own layout.
 */
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

	/** One line per indivisible unit, and one for all classes under class isolation. */
	static List<String> lines(List<ForkUnit> units) {
		long wholeClasses = units.stream()
				.filter(u -> u.wholeReason().filter(ForkUnit.WHOLE_CLASS::equals).isPresent()).count();
		List<String> lines = new ArrayList<>();
		for (ForkUnit unit : units) {
			unit.wholeReason().filter(reason -> !reason.equals(ForkUnit.WHOLE_CLASS)).ifPresent(reason -> lines.add(
					"solo: " + unit.name() + " runs as one unit, its " + unit.testCount() + " tests in one JVM: " + reason));
		}
		if (wholeClasses > 0) {
			lines.add("solo: " + ForkUnit.WHOLE_CLASS + ": each of " + wholeClasses
					+ " test classes runs in one JVM of its own, its tests sharing it");
		}
		return lines;
	}
}
