package dev.solo.engine.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.store.RerunState;

import java.io.PrintStream;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What a rerun in a host (Surefire, an IDE) says on its console, since the host shows the
 * skipped tests only as skipped: which recorded run it continued, what it skipped as already
 * passed, and which outstanding tests it did not see. The CLI says the same in nextest's words.
 */
@API(status = INTERNAL, since = "0.1")
public final class RerunNotices implements RunEventSink {
	private final PrintStream out;
	private Optional<Rerun> rerun = Optional.empty();
	private int failed;

	public RerunNotices(PrintStream out) {
		this.out = out;
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started && started.rerun().isPresent()) {
			rerun = started.rerun();
			long passed = started.skipped().stream().map(NotRun::reason).filter(Rerun.ALREADY_PASSED::equals).count();
			out.println("solo: rerun of recorded run " + rerun.get().baseRunId() + ": " + started.units().size()
					+ " to run, " + passed + " skipped that already passed");
		}
		else if (event instanceof RunEvent.TestFinished finished && !RerunState.passed(finished.outcome())) {
			failed++;
		}
		else if (event instanceof RunEvent.TestNotRun) {
			failed++;
		}
		else if (event instanceof RunEvent.RunFinished && rerun.isPresent()) {
			int outstanding = rerun.get().notSeen().size() + failed;
			for (Rerun.Outstanding test : rerun.get().notSeen()) {
				out.println("solo: outstanding, not seen in this rerun: " + test.name());
			}
			out.println(outstanding == 0 ? "solo: no outstanding tests remain"
					: "solo: " + outstanding + (outstanding == 1 ? " outstanding test still remains"
							: " outstanding tests still remain") + " (rerun with solo.rerun=latest to continue)");
		}
	}
}
