package dev.solo.engine.scheduler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * How many of the machine's cores nobody used lately, less one: what warm start may give JVMs
 * started ahead. From the kernel's CPU times ({@code /proc/stat}, Linux): the idle share of the
 * time since the previous reading, at least {@link #WINDOW_NANOS} ago (a shorter window is mostly
 * noise), times the cores, at most the cores this JVM may use. Where the times cannot be read
 * it says none, which is warm start as it was: one JVM ahead per busy slot.
 *
 * <p>One idle core is kept: for the host, the running tests' own threads (a starting JVM's
 * compiler and collector threads take more than one core at moments) and whoever else. Without
 * it, at {@code -j 1} on two cores a second JVM started ahead on the core the measure found idle,
 * gained no time, and raised every test JVM's CPU by ~7% (BENCHMARKS.md, issue 27).
 *
 * <p>Whole-machine times count other users' work as busy, which is right: their cores are
 * not idle. A container with a CPU quota sees the host's cores; {@code availableProcessors}
 * (the quota) bounds the answer there, and {@code warm-start-ahead = N} replaces it.
 */
final class IdleCores {
	static final long WINDOW_NANOS = 250_000_000L;
	private static final Path PROC_STAT = Path.of("/proc/stat");

	private final Supplier<Optional<String>> stat;
	private final LongSupplier clock;
	private final int processors;
	private CpuTimes last;
	private long lastAt;
	private int estimate;
	/** The times could not be read once: they will not be later (no {@code /proc}), so nobody asks again. */
	private boolean unreadable;

	IdleCores(Supplier<Optional<String>> stat, LongSupplier clock, int processors) {
		this.stat = stat;
		this.clock = clock;
		this.processors = processors;
	}

	/** This machine's, read from {@code /proc/stat}. */
	static IdleCores ofMachine() {
		return new IdleCores(IdleCores::readProcStat, System::nanoTime, Runtime.getRuntime().availableProcessors());
	}

	/** The idle cores over the last window; the previous answer while the window is shorter. Not thread-safe. */
	int now() {
		long at = clock.getAsLong();
		if (unreadable || (last != null && at - lastAt < WINDOW_NANOS)) {
			return unreadable ? 0 : estimate;
		}
		Optional<CpuTimes> times = stat.get().flatMap(CpuTimes::parse);
		if (times.isEmpty()) {
			unreadable = true;
			return 0;
		}
		if (last != null) {
			estimate = times.get().idleCoresSince(last, processors);
		}
		last = times.get();
		lastAt = at;
		return estimate;
	}

	private static Optional<String> readProcStat() {
		try {
			return Optional.of(new String(Files.readAllBytes(PROC_STAT), StandardCharsets.US_ASCII));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** The first line of {@code /proc/stat} (all cores, in clock ticks) and how many cores it sums. */
	record CpuTimes(long idle, long total, int cores) {
		/** The idle core left alone. */
		static final int KEPT = 1;

		static Optional<CpuTimes> parse(String stat) {
			String[] lines = stat.split("\n");
			if (lines.length == 0 || !lines[0].startsWith("cpu ")) {
				return Optional.empty();
			}
			String[] fields = lines[0].substring(4).trim().split("\\s+");
			if (fields.length < 4) {
				return Optional.empty();
			}
			long idle = 0;
			long total = 0;
			try {
				// user nice system idle iowait irq softirq steal: guest time is already inside user
				for (int i = 0; i < Math.min(8, fields.length); i++) {
					long ticks = Long.parseLong(fields[i]);
					total += ticks;
					if (i == 3 || i == 4) {
						idle += ticks;
					}
				}
			}
			catch (NumberFormatException e) {
				return Optional.empty();
			}
			int cores = 0;
			for (int i = 1; i < lines.length; i++) {
				if (lines[i].startsWith("cpu") && lines[i].length() > 3 && Character.isDigit(lines[i].charAt(3))) {
					cores++;
				}
			}
			return cores == 0 ? Optional.empty() : Optional.of(new CpuTimes(idle, total, cores));
		}

		/** Whole idle cores between {@code before} and these times, at most {@code processors}. */
		int idleCoresSince(CpuTimes before, int processors) {
			long elapsed = total - before.total;
			if (elapsed <= 0) {
				return 0;
			}
			long idleTicks = Math.max(0, idle - before.idle);
			int idleCores = (int) (idleTicks * cores / elapsed);
			return Math.max(0, Math.min(idleCores, processors) - KEPT);
		}
	}
}
