package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * What one attempt's JVM used of memory. Each figure is -1 where it is not known: no
 * {@code /proc} (not Linux) for the resident set, no report from the JVM (it crashed, or was
 * killed at its timeout) for the heap and the collector; a figure is measured or absent, never
 * guessed.
 *
 * @param peakRssBytes the JVM's peak resident set as the kernel counts it ({@code VmHWM}), plus
 *        the peaks of the processes it started that still ran when its test ended
 * @param peakHeapBytes the sum of the heap memory pools' peak use, as the JVM's own
 *        {@code MemoryPoolMXBean}s count it (each pool's peak, so at most their true joint peak's
 *        sum; what a heap needed, not what it reserved)
 * @param gcCount collections, all collectors together
 * @param gcMillis time the collectors report, all together, in ms
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record MemoryUse(long peakRssBytes, long peakHeapBytes, long gcCount, long gcMillis) {
	public static final MemoryUse UNKNOWN = new MemoryUse(-1, -1, -1, -1);

	public boolean isKnown() {
		return peakRssBytes >= 0 || peakHeapBytes >= 0 || gcCount >= 0;
	}

	public OptionalLong peakRss() {
		return known(peakRssBytes);
	}

	public OptionalLong peakHeap() {
		return known(peakHeapBytes);
	}

	public OptionalLong collections() {
		return known(gcCount);
	}

	public OptionalLong collectionMillis() {
		return known(gcMillis);
	}

	/** This use with {@code peakRssBytes} where this one knows none. */
	public MemoryUse withPeakRss(OptionalLong peak) {
		return peakRssBytes >= 0 || peak.isEmpty() ? this : new MemoryUse(peak.getAsLong(), peakHeapBytes, gcCount, gcMillis);
	}

	private static OptionalLong known(long value) {
		return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
	}
}
