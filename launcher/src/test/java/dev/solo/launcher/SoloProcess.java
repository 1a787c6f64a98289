package dev.solo.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code solo} run as a process of its own, in a folder of its own (where its JUnit XML and its
 * cache land), with every process it starts watched: none may outlive it.
 */
final class SoloProcess {
	/** A hung run must not hang the build: killed after this, it fails its test. */
	private static final long TIMEOUT_SECONDS = 120;

	private SoloProcess() {
	}

	record Result(int code, String out, String err) {
	}

	/** {@code java -cp <this test run's class path> dev.solo.launcher.SoloMain <arguments>}. */
	static List<String> solo(String... arguments) {
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
				.toString(), "-cp", System.getProperty("java.class.path"), SoloMain.class.getName()));
		command.addAll(List.of(arguments));
		return command;
	}

	/**
	 * Runs {@code command} with its stdout a pipe, in the environment of this JVM less
	 * {@code NO_COLOR} and {@code CI} (which would change what is under test), plus {@code env}.
	 */
	static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
		return run(command, env, Map.of());
	}

	/** As {@link #run(List, Map)}, in a folder holding {@code files} (path relative to it, text). */
	static Result run(List<String> command, Map<String, String> env, Map<String, String> files)
			throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory("solo-terminal-test");
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
		Path stderr = folder.resolve("stderr.txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectError(stderr.toFile());
		builder.environment().remove("NO_COLOR");
		builder.environment().remove("CI");
		builder.environment().put("LANG", "C.UTF-8");
		// Solo's cache of its own: no durations from earlier runs reorder the tests, none are left in the user's.
		builder.environment().put("SOLO_CACHE_DIR", folder.resolve("cache").toString());
		builder.environment().putAll(env);
		Process process = builder.start();
		Set<ProcessHandle> started = ConcurrentHashMap.newKeySet();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleWithFixedDelay(() -> process.descendants().forEach(started::add), 0, 20, TimeUnit.MILLISECONDS);
		CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS).execute(() -> {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		});
		String out;
		try (InputStream stdout = process.getInputStream()) {
			out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
		}
		finally {
			sampler.shutdownNow();
		}
		int code = process.waitFor();
		String err = Files.readString(stderr);
		deleteTree(folder);
		assertFalse(started.isEmpty(), "solo started no process: " + out + err);
		for (ProcessHandle child : started) {
			try {
				// The moment it takes the kernel to reap a child solo has already ended.
				child.onExit().get(1, TimeUnit.SECONDS);
			}
			catch (TimeoutException e) {
				fail("left running after solo ended: " + child.info());
			}
			catch (java.util.concurrent.ExecutionException e) {
				throw new IllegalStateException(e);
			}
		}
		return new Result(code, out, err);
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
