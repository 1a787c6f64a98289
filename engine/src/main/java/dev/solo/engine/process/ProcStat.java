package dev.solo.engine.process;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What Linux says of one process in {@code /proc/<pid>/stat}: its state and its start time in
 * clock ticks since boot. A pid alone names whatever process the kernel gave that number last;
 * a pid with its start time names one process, and never the one that reuses its number.
 */
@API(status = INTERNAL, since = "0.1")
public record ProcStat(long pid, char state, long startTicks) {

	/** The process's stat, empty where it is gone (or this is not Linux). */
	public static Optional<ProcStat> of(long pid) {
		try {
			return parse(pid, Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Parses a stat line; the command (field 2) is in parentheses and may hold spaces and parentheses itself. */
	static Optional<ProcStat> parse(long pid, String line) {
		int close = line.lastIndexOf(')');
		if (close < 0 || close + 2 >= line.length()) {
			return Optional.empty();
		}
		// Fields from the state (field 3) on; the start time is field 22.
		String[] fields = line.substring(close + 2).trim().split(" ");
		if (fields.length < 20) {
			return Optional.empty();
		}
		return Optional.of(new ProcStat(pid, fields[0].charAt(0), Long.parseLong(fields[19])));
	}

	/** A zombie has ended: only its exit status is left for its parent to collect. */
	public boolean ended() {
		return state == 'Z' || state == 'X' || state == 'x';
	}

	/** True while the process that started at {@code startTicks} runs under {@code pid}. */
	public static boolean running(long pid, long startTicks) {
		Optional<ProcStat> stat = of(pid);
		return stat.isPresent() && stat.get().startTicks() == startTicks && !stat.get().ended();
	}
}
