package dev.solo.engine.memory;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.process.ProcMemory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * How much memory this machine gives the test JVMs: its physical memory, or its cgroup's limit
 * where that is lower (a container's, a CI runner's), less a margin for the host and whatever
 * else runs. The cgroup's limit is cgroup v2's {@code memory.max} of this process's group and
 * its ancestors, else v1's {@code memory.limit_in_bytes}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class MachineMemory {
	/** At least this much is left for the host, the kernel and the rest of the machine. */
	static final long MIN_MARGIN = 512L << 20;

	private MachineMemory() {
	}

	/** The default {@code test-memory}; empty where neither the memory nor a limit can be read. */
	public static OptionalLong defaultBudget() {
		OptionalLong limit = limit();
		return limit.isPresent() ? OptionalLong.of(lessMargin(limit.getAsLong())) : OptionalLong.empty();
	}

	/** A tenth, at least {@link #MIN_MARGIN}, and never all of it. */
	static long lessMargin(long limit) {
		long margin = Math.max(MIN_MARGIN, limit / 10);
		return Math.max(limit / 2, limit - margin);
	}

	/** The physical memory, or the cgroup's limit when lower. */
	public static OptionalLong limit() {
		OptionalLong physical = physical();
		OptionalLong cgroup = cgroupLimit(Path.of("/proc/self/cgroup"), Path.of("/sys/fs/cgroup"));
		if (physical.isEmpty()) {
			return cgroup;
		}
		return cgroup.isPresent() && cgroup.getAsLong() < physical.getAsLong() ? cgroup : physical;
	}

	private static OptionalLong physical() {
		try {
			OptionalLong total = ProcMemory.parseField(
					Files.readString(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII), "MemTotal:");
			if (total.isPresent()) {
				return total;
			}
		}
		catch (IOException | RuntimeException e) {
			// not Linux: ask the JVM
		}
		try {
			if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
					instanceof com.sun.management.OperatingSystemMXBean os) {
				long total = os.getTotalMemorySize();
				return total > 0 ? OptionalLong.of(total) : OptionalLong.empty();
			}
		}
		catch (LinkageError | RuntimeException e) {
			// no management: nothing known
		}
		return OptionalLong.empty();
	}

	/** The lowest limit on this process's cgroup or any above it; {@code max} (v2) or a near-infinite value (v1) is none. */
	static OptionalLong cgroupLimit(Path selfCgroup, Path cgroupRoot) {
		List<String> lines;
		try {
			lines = Files.readAllLines(selfCgroup, StandardCharsets.US_ASCII);
		}
		catch (IOException | RuntimeException e) {
			return OptionalLong.empty();
		}
		OptionalLong lowest = OptionalLong.empty();
		for (String line : lines) {
			String[] parts = line.split(":", 3);
			if (parts.length != 3) {
				continue;
			}
			if (parts[0].equals("0") && parts[1].isEmpty()) {
				lowest = lower(lowest, walk(cgroupRoot, parts[2], "memory.max"));
			}
			else if (List.of(parts[1].split(",")).contains("memory")) {
				lowest = lower(lowest, walk(cgroupRoot.resolve("memory"), parts[2], "memory.limit_in_bytes"));
			}
		}
		return lowest;
	}

	/** The group's file and each ancestor's up to the root that this process can see. */
	private static OptionalLong walk(Path root, String group, String file) {
		OptionalLong lowest = OptionalLong.empty();
		Path relative = Path.of("/").relativize(Path.of("/", group.trim()));
		while (true) {
			lowest = lower(lowest, read(root.resolve(relative.toString()).resolve(file)));
			if (relative.toString().isEmpty() || relative.getParent() == null) {
				if (!relative.toString().isEmpty()) {
					lowest = lower(lowest, read(root.resolve(file)));
				}
				return lowest;
			}
			relative = relative.getParent();
		}
	}

	private static OptionalLong read(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
			if (text.equals("max")) {
				return OptionalLong.empty();
			}
			long value = Long.parseLong(text);
			// v1 writes "no limit" as the largest page-aligned long
			return value <= 0 || value >= (Long.MAX_VALUE >> 1) ? OptionalLong.empty() : OptionalLong.of(value);
		}
		catch (IOException | RuntimeException e) {
			return OptionalLong.empty();
		}
	}

	private static OptionalLong lower(OptionalLong a, OptionalLong b) {
		if (a.isEmpty()) {
			return b;
		}
		return b.isPresent() && b.getAsLong() < a.getAsLong() ? b : a;
	}
}
