package dev.solo.engine.memory;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.apiguardian.api.API;

/**
 * Whether the kernel's OOM killer struck during a run: its count of kills ({@code oom_kill} in
 * {@code /proc/vmstat}, Linux 4.13 and later, a memory cgroup's kills included), read when the
 * run starts and again when a test JVM dies of SIGKILL that Solo did not send. A JVM killed so
 * says "killed by signal 9" and nothing more; a test JVM the OOM killer picked for the memory
 * of others is the case a {@code test-memory} budget prevents, so the message names it. The
 * count is the machine's: another process's OOM kill in the same run reads the same, hence
 * "likely".
 */
@API(status = INTERNAL, since = "0.1")
public final class OomKills {
	private static final Path VMSTAT = Path.of("/proc/vmstat");

	private final Supplier<OptionalLong> count;
	private final OptionalLong atStart;

	OomKills(Supplier<OptionalLong> count) {
		this.count = count;
		this.atStart = count.get();
	}

	/** This machine's count, read now. */
	public static OomKills sinceNow() {
		return new OomKills(OomKills::readVmstat);
	}

	/** What a SIGKILL's description adds when the count rose since the run started; empty otherwise. */
	public Optional<String> sinceStart() {
		if (atStart.isEmpty()) {
			return Optional.empty();
		}
		OptionalLong now = count.get();
		if (now.isEmpty() || now.getAsLong() <= atStart.getAsLong()) {
			return Optional.empty();
		}
		long kills = now.getAsLong() - atStart.getAsLong();
		return Optional.of("the kernel's OOM killer killed " + kills + (kills == 1 ? " process" : " processes")
				+ " during this run (oom_kill in /proc/vmstat), likely this JVM: see test-memory");
	}

	static OptionalLong parse(String vmstat) {
		for (String line : vmstat.split("\n")) {
			if (line.startsWith("oom_kill ")) {
				try {
					return OptionalLong.of(Long.parseLong(line.substring("oom_kill ".length()).trim()));
				}
				catch (NumberFormatException e) {
					return OptionalLong.empty();
				}
			}
		}
		return OptionalLong.empty();
	}

	private static OptionalLong readVmstat() {
		try {
			return parse(Files.readString(VMSTAT));
		}
		catch (IOException | RuntimeException e) {
			return OptionalLong.empty();
		}
	}
}
