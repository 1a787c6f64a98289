package dev.solo.engine.child;

import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.ProcMemory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the test JVM says of its own memory once its test is over: a few reads, no thread, no
 * sampling. The JVM's management beans take milliseconds to set up the first time (a native
 * library, the JVM's management interface), so they are looked up while the unit's own thread
 * discovers its test, on the JVM's first thread, which would only wait meanwhile; at the end
 * only their counters are read. The peak resident set comes from the kernel, which keeps it.
 */
final class MemoryProbe {
	/** The figures the DONE frame carries, -1 where unknown (the host's {@code MemoryUse}; this JVM loads none of the host's types). */
	record Figures(long peakRssBytes, long peakHeapBytes, long gcCount, long gcMillis) {
	}

	/** {@code heap-stats}, as the host puts it in this JVM's configuration. */
	static final String HEAP_STATS = "solo.heap-stats";

	private final boolean heapStats;
	private volatile List<MemoryPoolMXBean> heapPools = List.of();
	private volatile List<GarbageCollectorMXBean> collectors = List.of();
	private volatile boolean ready;

	/** {@code heapStats}: whether to look the beans up at all, for the heap and collector figures. */
	MemoryProbe(boolean heapStats) {
		this.heapStats = heapStats;
	}

	/** Looks the beans up; where the runtime has no {@code java.management}, the heap and collector figures stay unknown. */
	void prepare() {
		if (!heapStats) {
			return;
		}
		try {
			heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
			collectors = ManagementFactory.getGarbageCollectorMXBeans();
			ready = true;
		}
		catch (LinkageError | RuntimeException e) {
			ready = false;
		}
	}

	/** This JVM's figures now, with the peaks of {@code left} (what the test leaves running) added to its own. */
	Figures measure(List<LeftProcess> left) {
		OptionalLong own = ProcMemory.ownPeak();
		long rss = -1;
		if (own.isPresent()) {
			rss = own.getAsLong();
			for (LeftProcess process : left) {
				rss += ProcMemory.peak(process.pid()).orElse(0);
			}
		}
		if (!ready) {
			return new Figures(rss, -1, -1, -1);
		}
		try {
			long heap = 0;
			for (MemoryPoolMXBean pool : heapPools) {
				MemoryUsage peak = pool.getPeakUsage();
				heap += peak == null ? 0 : peak.getUsed();
			}
			long count = 0;
			long millis = 0;
			for (GarbageCollectorMXBean collector : collectors) {
				count += Math.max(0, collector.getCollectionCount());
				millis += Math.max(0, collector.getCollectionTime());
			}
			return new Figures(rss, heap, count, millis);
		}
		catch (RuntimeException e) {
			return new Figures(rss, -1, -1, -1);
		}
	}
}
