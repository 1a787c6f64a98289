package dev.solo.engine.fork;

import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.ProcessTree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one attempt's JVM leaves behind once its test is over, and its ending: the processes it
 * named (or, if it named none, those carrying its attempt's marks) are killed and waited for
 * before the attempt is reported, since once the JVM has exited nothing else would; its exit is
 * waited for, and a JVM that does not go is stopped. Costs the host nothing for a unit that left
 * nothing.
 */
final class Leftovers {
	private static final Duration QUIET_EXIT_WAIT = Duration.ofSeconds(5);
	/** How long a SIGKILLed process may take to go (one in uninterruptible sleep waits for its I/O). */
	private static final Duration KILL_WAIT = Duration.ofSeconds(2);

	private final ChildJvm jvm;
	/** Processes seen under the JVM while it ran; see {@link TestJvm#noteProcesses()}. */
	private final Map<Long, ProcessHandle> seen = new LinkedHashMap<>();

	Leftovers(ChildJvm jvm) {
		this.jvm = jvm;
	}

	void note() {
		ProcessTree.descendants(jvm.handle()).forEach(p -> seen.putIfAbsent(p.pid(), p));
	}

	/** Describes what the JVM left running, each already killed; ends the JVM and what {@link #note} saw. */
	List<String> clear(Optional<DoneReport> done, Duration leakTimeout, Duration grace) throws InterruptedException {
		List<String> leftRunning = new ArrayList<>();
		if (done.isPresent()) {
			leftRunning.addAll(kill(done.get().processes()));
			// The child exits on its own once it has reported, whatever threads the test left; a
			// JVM still running is in a shutdown hook that does not return. Its exit is given at
			// least QUIET_EXIT_WAIT: on a busy machine an exit (and a class archive's dump) is slow.
			Duration exitWait = max(leakTimeout, QUIET_EXIT_WAIT);
			if (!jvm.awaitExit(exitWait)) {
				leftRunning.add(0, "the test JVM (pid " + jvm.pid() + ") was still exiting " + seconds(exitWait)
						+ " after its test ended: a shutdown hook did not return"
						+ (done.get().threads().isEmpty() ? "" : "; non-daemon threads: "
								+ String.join(", ", done.get().threads())));
				jvm.stop(grace);
			}
		}
		else {
			if (!jvm.awaitExit(grace)) {
				jvm.stop(grace);
			}
			// Its JVM named nothing: what it started and what that left as orphans carry the attempt's variables.
			leftRunning.addAll(kill(jvm.markedProcesses()));
		}
		// What the JVM was seen to start while it ran and still lives is ended, not counted again: what it left is counted above.
		seen.remove(jvm.pid());
		for (ProcessHandle process : seen.values()) {
			if (process.isAlive()) {
				ProcessTree.terminate(process, Duration.ZERO);
			}
		}
		return leftRunning;
	}

	/** Kills what the JVM left running and waits until it is gone; describes each. */
	private static List<String> kill(List<LeftProcess> left) {
		if (left.isEmpty()) {
			return List.of();
		}
		List<LeftProcess> survivors = LeftProcessKiller.kill(left, KILL_WAIT);
		List<String> described = new ArrayList<>();
		for (LeftProcess process : left) {
			described.add(process.describe() + (survivors.contains(process) ? " (still running after SIGKILL)" : ""));
		}
		return described;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** As the attempt's other messages give a duration. */
	private static String seconds(Duration duration) {
		return String.format("%.3fs", duration.toMillis() / 1000.0);
	}
}
