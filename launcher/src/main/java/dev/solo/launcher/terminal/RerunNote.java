package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.StatusLine.count;
import static dev.solo.launcher.terminal.StatusLine.gutter;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.store.RerunState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a rerun ({@code -R}) says after its summary, as nextest says it: the outstanding tests it
 * did not include, then whether any test is still to pass. Outstanding after this run are those
 * it left out and those of its own that did not pass (failed, cancelled, never reported).
 */
final class RerunNote {
	/** Under the gutter, and four further in: a list that belongs to the line above it. */
	private static final String INDENT = " ".repeat(12 + 1 + 4);

	private final Rerun rerun;
	private final Set<ForkUnit> notPassed;

	RerunNote(Rerun rerun, List<ForkUnit> units) {
		this.rerun = rerun;
		this.notPassed = new LinkedHashSet<>(units);
	}

	void finished(ForkUnit unit, TestOutcome outcome) {
		// The engine's rule for its rerun state, so that what this says remains is what -R latest runs.
		if (RerunState.passed(outcome)) {
			notPassed.remove(unit);
		}
	}

	Rerun rerun() {
		return rerun;
	}

	int remaining() {
		return rerun.notSeen().size() + notPassed.size();
	}

	List<String> lines(Style style) {
		List<String> lines = new ArrayList<>();
		List<Rerun.Outstanding> notSeen = rerun.notSeen();
		if (!notSeen.isEmpty()) {
			lines.add(gutter(style.yellow("Note")) + " " + count(notSeen.size(), "outstanding test")
					+ " not seen during this rerun:");
			notSeen.forEach(test -> lines.add(INDENT + style.bold(StatusLine.name(test))));
		}
		int remaining = remaining();
		if (remaining == 0) {
			lines.add(style.cyan("info") + ": no outstanding tests remain");
		}
		else {
			lines.add(style.yellow("warning") + ": " + count(remaining, "outstanding test") + " still "
					+ (remaining == 1 ? "remains" : "remain"));
			lines.add(style.dim("(hint: solo run -R latest to continue rerunning)"));
		}
		return lines;
	}
}
