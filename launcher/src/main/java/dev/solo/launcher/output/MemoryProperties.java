package dev.solo.launcher.output;

import dev.solo.engine.events.MemoryUse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a test's JVM used of memory as {@code <property>}s of its {@code <testcase>}: the figures of
 * the attempt the case's result is of (its last), only those measured, in bytes, counts and ms.
 */
final class MemoryProperties {
	static final String PEAK_RSS = "solo.peak-rss-bytes";
	static final String PEAK_HEAP = "solo.peak-heap-bytes";
	static final String GC_COUNT = "solo.gc-count";
	static final String GC_MILLIS = "solo.gc-ms";

	private MemoryProperties() {
	}

	static Map<String, String> of(MemoryUse memory) {
		Map<String, String> properties = new LinkedHashMap<>();
		memory.peakRss().ifPresent(v -> properties.put(PEAK_RSS, String.valueOf(v)));
		memory.peakHeap().ifPresent(v -> properties.put(PEAK_HEAP, String.valueOf(v)));
		memory.collections().ifPresent(v -> properties.put(GC_COUNT, String.valueOf(v)));
		memory.collectionMillis().ifPresent(v -> properties.put(GC_MILLIS, String.valueOf(v)));
		return properties;
	}
}
