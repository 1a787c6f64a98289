package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.MemorySize;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * {@code solo run --show-memory N}: after the run, the {@code N} tests whose JVMs took the most
 * memory, by peak resident set (each test's highest attempt), with the peak heap and the
 * collections of that attempt. Only what was measured is listed; a run where nothing was (not
 * Linux) says so rather than list nothing silently.
 */
@API(status = INTERNAL, since = "0.1")
public final class MemoryTop implements RunEventSink {
	private final int count;
	private final Map<String, MemoryUse> highest = new LinkedHashMap<>();

	public MemoryTop(int count) {
		this.count = count;
	}

	@Override
	public synchronized void on(RunEvent event) {
		if (count > 0 && event instanceof RunEvent.AttemptFinished finished) {
			Attempt attempt = finished.attempt();
			if (attempt.memory().peakRssBytes() >= 0) {
				highest.merge(finished.unit().name(), attempt.memory(),
						(a, b) -> b.peakRssBytes() > a.peakRssBytes() ? b : a);
			}
		}
	}

	/** The lines, nextest-indented as the summary is; none when {@code N} is 0. */
	public synchronized List<String> lines() {
		List<String> lines = new ArrayList<>();
		if (count <= 0) {
			return lines;
		}
		if (highest.isEmpty()) {
			lines.add("      Memory not measured: the kernel's peak resident set is read on Linux only");
			return lines;
		}
		List<Map.Entry<String, MemoryUse>> top = highest.entrySet().stream()
				.sorted(Comparator.comparingLong((Map.Entry<String, MemoryUse> e) -> e.getValue().peakRssBytes())
						.reversed())
				.limit(count).toList();
		lines.add("      Memory " + (top.size() == 1 ? "the test" : "top " + top.size() + " tests")
				+ " by peak RSS (of " + highest.size() + " measured):");
		for (Map.Entry<String, MemoryUse> entry : top) {
			MemoryUse use = entry.getValue();
			String heap = use.peakHeap().isPresent() ? "heap " + MemorySize.format(use.peakHeapBytes()) : "heap ?";
			String gc = use.collections().isPresent()
					? use.gcCount() + " GC" + (use.gcCount() == 1 ? "" : "s") + " " + use.gcMillis() + "ms" : "";
			lines.add(String.format("%16s  %-14s %-12s %s", MemorySize.format(use.peakRssBytes()), heap, gc,
					entry.getKey()));
		}
		return lines;
	}

	public void print(PrintStream out) {
		lines().forEach(out::println);
	}
}
