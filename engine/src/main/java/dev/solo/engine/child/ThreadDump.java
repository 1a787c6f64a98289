package dev.solo.engine.child;

import java.util.Comparator;
import java.util.Map;

/** A jstack-like dump built from inside the JVM, with every frame of every thread. */
final class ThreadDump {
	private ThreadDump() {
	}

	static String ofAllThreads() {
		StringBuilder dump = new StringBuilder("Full thread dump (pid ")
				.append(ProcessHandle.current().pid()).append("):\n");
		Thread.getAllStackTraces().entrySet().stream()
				.filter(e -> !e.getKey().getName().equals(ParentWatch.NAME))
				.sorted(Comparator.comparing((Map.Entry<Thread, StackTraceElement[]> e) -> e.getKey().getId()))
				.forEach(e -> {
					Thread thread = e.getKey();
					dump.append('\n').append('"').append(thread.getName()).append('"')
							.append(thread.isDaemon() ? " daemon" : "")
							.append(" #").append(thread.getId())
							.append(" state=").append(thread.getState()).append('\n');
					for (StackTraceElement frame : e.getValue()) {
						dump.append("\tat ").append(frame).append('\n');
					}
				});
		return dump.toString();
	}
}
