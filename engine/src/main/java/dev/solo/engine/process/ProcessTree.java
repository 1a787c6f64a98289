package dev.solo.engine.process;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apiguardian.api.API;

/**
 * Ends a process and everything it started: SIGTERM to all, then SIGKILL to whatever is still
 * alive after the grace period. Descendants are collected before the root dies, since they
 * are re-parented (and out of reach) once it has.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessTree {
	private ProcessTree() {
	}

	public static void terminate(ProcessHandle root, Duration grace) {
		List<ProcessHandle> all = withDescendants(root);
		all.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + grace.toNanos();
		for (ProcessHandle process : all) {
			long left = deadline - System.nanoTime();
			if (left > 0) {
				try {
					process.onExit().get(left, TimeUnit.NANOSECONDS);
				}
				catch (Exception e) {
					// still alive: killed below
				}
			}
		}
		kill(all);
		kill(withDescendants(root));
	}

	public static void kill(List<ProcessHandle> processes) {
		for (ProcessHandle process : processes) {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	public static List<ProcessHandle> withDescendants(ProcessHandle root) {
		List<ProcessHandle> all = new ArrayList<>();
		all.add(root);
		all.addAll(descendants(root));
		return all;
	}

	/**
	 * The live children of {@code process}. {@link ProcessHandle#children()} reads the parent of
	 * every process on the machine (all of {@code /proc}), once per test, and so costs more the
	 * busier the CI machine; Linux lists a process's children under each of its threads
	 * ({@code /proc/<pid>/task/<tid>/children}), which is read instead where the kernel has it.
	 */
	public static List<ProcessHandle> children(ProcessHandle process) {
		Optional<List<Long>> listed = listedChildren(process.pid());
		return listed.isPresent() ? alive(listed.get()) : process.children().toList();
	}

	/** The live descendants of {@code process}, as {@link #children} finds children. */
	public static List<ProcessHandle> descendants(ProcessHandle process) {
		Optional<List<Long>> listed = listedChildren(process.pid());
		if (listed.isEmpty()) {
			return process.descendants().toList();
		}
		List<ProcessHandle> all = new ArrayList<>();
		Deque<ProcessHandle> parents = new ArrayDeque<>(alive(listed.get()));
		while (!parents.isEmpty()) {
			ProcessHandle parent = parents.pop();
			all.add(parent);
			// The kernel lists children here, so a process whose list is gone has ended: it has
			// none, and asking the JDK instead would read all of /proc for nothing.
			parents.addAll(alive(listedChildren(parent.pid()).orElse(List.of())));
		}
		return all;
	}

	private static List<ProcessHandle> alive(List<Long> pids) {
		List<ProcessHandle> handles = new ArrayList<>();
		for (long pid : pids) {
			ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(handles::add);
		}
		return handles;
	}

	/** The pids the kernel lists as children of {@code pid}'s threads; empty where it lists none. */
	static Optional<List<Long>> listedChildren(long pid) {
		Path tasks = Path.of("/proc", String.valueOf(pid), "task");
		if (!Files.isReadable(tasks.resolve(String.valueOf(pid)).resolve("children"))) {
			// Not Linux, a kernel without CONFIG_PROC_CHILDREN, or the process is gone.
			return Optional.empty();
		}
		List<Long> pids = new ArrayList<>();
		try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
			for (Path thread : threads) {
				try {
					pids.addAll(listedIn(thread.resolve("children")));
				}
				catch (NoSuchFileException threadEnded) {
					// a thread that ended while the list was read has no children left
				}
			}
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		return Optional.of(pids);
	}

	/** The pids in one thread's {@code children} file ({@code /proc/<pid>/task/<tid>/children}). */
	public static List<Long> listedIn(Path childrenFile) throws IOException {
		String listed = Files.readString(childrenFile, StandardCharsets.US_ASCII).trim();
		List<Long> pids = new ArrayList<>();
		if (!listed.isEmpty()) {
			for (String child : listed.split(" ")) {
				pids.add(Long.parseLong(child));
			}
		}
		return pids;
	}

	public static String describe(ProcessHandle process) {
		return process.pid() + " " + process.info().commandLine().orElse(process.info().command().orElse("?"));
	}
}
