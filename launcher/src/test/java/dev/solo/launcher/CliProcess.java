package dev.solo.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The {@code solo} command line as a process of its own, started as a user starts it, for the
 * tests of what only a process shows: signals, its exit code, what it leaves running, its
 * working directory. Its output goes to files (a pipe nobody reads would block it), and every
 * process it starts is remembered, so that a test can check none outlives it and, whatever
 * happens, none outlives the test.
 */
final class CliProcess implements AutoCloseable {
	private final Process process;
	private final Path out;
	private final Path err;
	private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

	private CliProcess(Process process, Path out, Path err) {
		this.process = process;
		this.out = out;
		this.err = err;
		sampler.scheduleWithFixedDelay(() -> process.descendants().forEach(seen::add), 0, 50, TimeUnit.MILLISECONDS);
	}

	/** {@code java -cp <this JVM's class path> dev.solo.launcher.SoloMain args…} in {@code workingDirectory}. */
	static CliProcess start(Path workingDirectory, String... args) throws IOException {
		return start(workingDirectory, List.of(), args);
	}

	/** As {@link #start(Path, String...)}, the command after {@code wrapper} ({@code setsid}, say). */
	static CliProcess start(Path workingDirectory, List<String> wrapper, String... args) throws IOException {
		return start(workingDirectory, System.getProperty("java.class.path"), wrapper, args);
	}

	/** As {@link #start(Path, String...)}, with {@code env} added to this JVM's environment. */
	static CliProcess start(Path workingDirectory, Map<String, String> env, String... args) throws IOException {
		return start(workingDirectory, System.getProperty("java.class.path"), List.of(), env, args);
	}

	/** As {@link #start(Path, List, String...)}, solo itself on {@code classPath}. */
	static CliProcess start(Path workingDirectory, String classPath, List<String> wrapper, String... args)
			throws IOException {
		return start(workingDirectory, classPath, wrapper, Map.of(), args);
	}

	private static CliProcess start(Path workingDirectory, String classPath, List<String> wrapper,
			Map<String, String> env, String... args) throws IOException {
		List<String> command = new ArrayList<>(wrapper);
		command.addAll(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath, SoloMain.class.getName()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("solo-cli", ".out");
		Path err = Files.createTempFile("solo-cli", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		return new CliProcess(process, out, err);
	}

	long pid() {
		return process.pid();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** {@code kill -NAME pid}: Java itself sends only SIGTERM and SIGKILL. */
	void signal(String name) throws IOException, InterruptedException {
		kill("-" + name, String.valueOf(pid()));
	}

	/** {@code kill -NAME -- -pid}: to its whole process group, as a terminal's Ctrl-C does. */
	void signalGroup(String name) throws IOException, InterruptedException {
		kill("-" + name, "--", "-" + pid());
	}

	static void kill(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("kill"));
		command.addAll(List.of(args));
		Process kill = new ProcessBuilder(command).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException(command + " exited with " + kill.exitValue());
		}
	}

	/** The exit code; a process still running after {@code timeout} fails the test (and is killed by close). */
	int waitFor(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("solo still running after " + timeout + "\nstdout:\n" + out() + "\nstderr:\n" + err());
		}
		return process.exitValue();
	}

	/** Waits until at least {@code count} of its descendants match {@code which}; those descendants. */
	List<ProcessHandle> awaitDescendants(Predicate<ProcessHandle> which, int count, Duration timeout)
			throws InterruptedException {
		List<ProcessHandle> found = List.of();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			List<ProcessHandle> all = process.descendants().toList();
			// What this finds is seen too, whether or not the sampler got there first.
			seen.addAll(all);
			found = all.stream().filter(which).toList();
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("expected " + count + " such processes under solo, found " + found + "\nstdout:\n"
				+ out() + "\nstderr:\n" + err());
	}

	/** Waits until {@code condition} holds, or fails the test after {@code timeout}. */
	void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() >= deadline) {
				throw new AssertionError("no " + what + " after " + timeout + "\nstdout:\n" + out() + "\nstderr:\n" + err());
			}
			Thread.sleep(50);
		}
	}

	/** Every process solo started that is still alive {@code grace} after solo ended (they may be exiting). */
	List<ProcessHandle> survivors(Duration grace) throws InterruptedException {
		sampler.shutdownNow();
		long deadline = System.nanoTime() + grace.toNanos();
		List<ProcessHandle> alive = seen.stream().filter(ProcessHandle::isAlive).toList();
		while (!alive.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			alive = alive.stream().filter(ProcessHandle::isAlive).toList();
		}
		return alive;
	}

	/** Every process solo started, seen so far. */
	Set<ProcessHandle> seen() {
		return Set.copyOf(seen);
	}

	String out() {
		return read(out);
	}

	String err() {
		return read(err);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whatever the test's outcome: solo and everything it started are killed, the files deleted. */
	@Override
	public void close() throws IOException {
		sampler.shutdownNow();
		process.descendants().forEach(seen::add);
		process.destroyForcibly();
		seen.forEach(ProcessHandle::destroyForcibly);
		Files.deleteIfExists(out);
		Files.deleteIfExists(err);
	}
}
