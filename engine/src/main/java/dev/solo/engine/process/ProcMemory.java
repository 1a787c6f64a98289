package dev.solo.engine.process;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * What Linux says of one process's resident memory in {@code /proc/<pid>/status}: its peak
 * ({@code VmHWM}, the high-water mark the kernel keeps for the process's whole life) and its
 * current size ({@code VmRSS}). Empty where the process is gone, is a zombie (its memory is
 * already released), or this is not Linux: nothing is ever estimated.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcMemory {
	private ProcMemory() {
	}

	/** The peak resident set of {@code pid} so far, in bytes. */
	public static OptionalLong peak(long pid) {
		return field(String.valueOf(pid), "VmHWM:");
	}

	/** The peak resident set of this process so far, in bytes. */
	public static OptionalLong ownPeak() {
		return field("self", "VmHWM:");
	}

	/** The resident set of {@code pid} now, in bytes. */
	public static OptionalLong current(long pid) {
		return field(String.valueOf(pid), "VmRSS:");
	}

	private static OptionalLong field(String process, String name) {
		try {
			return parseField(Files.readString(Path.of("/proc", process, "status"), StandardCharsets.US_ASCII), name);
		}
		catch (IOException | RuntimeException e) {
			return OptionalLong.empty();
		}
	}

	/** The value of a {@code Name:   1234 kB} line, in bytes ({@code /proc/meminfo} writes them so too). */
	public static OptionalLong parseField(String status, String name) {
		int at = status.indexOf(name);
		if (at < 0 || (at > 0 && status.charAt(at - 1) != '\n')) {
			return OptionalLong.empty();
		}
		int end = status.indexOf('\n', at);
		String[] words = status.substring(at + name.length(), end < 0 ? status.length() : end).trim().split("\\s+");
		if (words.length != 2 || !words[1].equals("kB")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(words[0]) * 1024);
	}
}
