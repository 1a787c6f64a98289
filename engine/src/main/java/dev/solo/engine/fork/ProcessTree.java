package dev.solo.engine.fork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Ends a process and everything it started: SIGTERM to all, then SIGKILL to whatever is still
 * alive after the grace period. Descendants are collected before the root dies, since they
 * are re-parented (and out of reach) once it has.
 */
public final class ProcessTree {
	private ProcessTree() {
	}

	public static void terminate(ProcessHandle root, Duration grace) {
		List<ProcessHandle> all = withDescendants(root);
		all.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + grace.toNanos();
		for (ProcessHandle process : all) {
			long left = deadline - System.nanoTime();
			if (left > 0) {
				try {
					process.onExit().get(left, TimeUnit.NANOSECONDS);
				}
				catch (Exception e) {
					// still alive: killed below
				}
			}
		}
		kill(all);
		kill(withDescendants(root));
	}

	public static void kill(List<ProcessHandle> processes) {
		for (ProcessHandle process : processes) {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	public static List<ProcessHandle> withDescendants(ProcessHandle root) {
		List<ProcessHandle> all = new ArrayList<>();
		all.add(root);
		all.addAll(root.descendants().collect(Collectors.toList()));
		return all;
	}

	public static String describe(ProcessHandle process) {
		return process.pid() + " " + process.info().commandLine().orElse(process.info().command().orElse("?"));
	}
}
