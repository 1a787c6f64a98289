package dev.solo.engine.scripts;

import dev.solo.engine.config.ScriptDefinition;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.fork.JvmCommand;
import dev.solo.engine.process.ProcessTree;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Java setup's JVM ({@code class = "…"}, {@link SetupMain}): started on the tests' class path,
 * ready once {@link SoloSetup#setUp()} has returned and its values are written, alive until
 * {@link #tearDown} closes its standard input, which runs {@link SoloSetup#tearDown()}. Its
 * output goes to files, as a command's does; what it prints while tearing down is the
 * teardown's.
 */
final class JavaSetup {
	private static final Duration POLL = Duration.ofMillis(50);
	/** How long {@link SoloSetup#tearDown()} may take when the setup sets no time limit. */
	private static final Duration DEFAULT_TEARDOWN = Duration.ofMinutes(2);

	private final ScriptDefinition script;
	private final JvmCommand jvm;
	private final Path directory;
	private final Map<String, String> environment;
	private final String mark;
	private final PrintStream err;
	private Process process;
	private Path stdoutFile;
	private Path stderrFile;
	private long stdoutSeen;
	private long stderrSeen;
	private boolean ready;

	/** {@code jvm}: the test JVMs' command line, whose java, options and class path it runs on. */
	JavaSetup(ScriptDefinition script, String runId, JvmCommand jvm, Path directory,
			Map<String, String> environment, PrintStream err) {
		this.script = script;
		this.jvm = jvm;
		this.directory = directory;
		this.environment = environment;
		this.mark = runId + "/setup/" + script.name();
		this.err = err;
	}

	/** Starts the JVM and waits until its setUp() has returned, failed, timed out or the run was cancelled. */
	ScriptProcess.Result start(CompletableFuture<Void> cancelled) {
		long start = System.nanoTime();
		Path envFile = null;
		Path readyFile = null;
		try {
			envFile = Files.createTempFile("solo-env-", ".env");
			readyFile = envFile.resolveSibling(envFile.getFileName() + ".ready");
			stdoutFile = Files.createTempFile("solo-setup-", ".out");
			stderrFile = Files.createTempFile("solo-setup-", ".err");
			if (jvm == null) {
				return result(start, ScriptOutcome.Status.FAILED, Optional.empty(),
						"no test JVM command line to run it on", Map.of());
			}
			List<String> command = jvm.plainJvm(SetupMain.class.getName(), List.of(script.className().orElseThrow(),
					envFile.toString(), readyFile.toString()));
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
					.redirectOutput(stdoutFile.toFile()).redirectError(stderrFile.toFile());
			builder.environment().putAll(script.env());
			builder.environment().putAll(environment);
			builder.environment().put("SOLO_ENV", envFile.toString());
			builder.environment().put(ScriptProcess.MARK, mark);
			try {
				process = builder.start();
			}
			catch (IOException e) {
				return result(start, ScriptOutcome.Status.FAILED, Optional.empty(), "could not start its JVM: "
						+ e.getMessage(), Map.of());
			}
			ScriptOutcome.Status status = awaitReady(readyFile, cancelled);
			if (status != ScriptOutcome.Status.PASSED) {
				String message = switch (status) {
					case TIMED_OUT -> "timed out after " + Durations.text(script.terminateAfterTime().orElseThrow());
					case CANCELLED -> "cancelled";
					default -> script.className().get() + ".setUp() failed: exit code " + process.exitValue();
				};
				Optional<Integer> exitCode = status == ScriptOutcome.Status.FAILED ? Optional.of(process.exitValue())
						: Optional.empty();
				return result(start, status, exitCode, message, Map.of());
			}
			Map<String, String> exported;
			try {
				exported = ExportedEnv.read(envFile);
			}
			catch (IllegalArgumentException e) {
				return result(start, ScriptOutcome.Status.FAILED, Optional.empty(), e.getMessage(), Map.of());
			}
			ready = true;
			return result(start, ScriptOutcome.Status.PASSED, Optional.empty(), "", exported);
		}
		catch (IOException e) {
			return new ScriptProcess.Result(new ScriptOutcome(script.name(), ScriptOutcome.SETUP, script.shownCommand(),
					ScriptOutcome.Status.FAILED, Duration.ofNanos(System.nanoTime() - start), Optional.empty(),
					"cannot prepare its files: " + e.getMessage(), CapturedOutput.EMPTY, CapturedOutput.EMPTY, List.of(),
					List.of()), Map.of());
		}
		finally {
			ScriptProcess.delete(envFile);
			ScriptProcess.delete(readyFile);
		}
	}

	private ScriptOutcome.Status awaitReady(Path readyFile, CompletableFuture<Void> cancelled) {
		long deadline = script.terminateAfterTime().map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
		try {
			while (!Files.exists(readyFile)) {
				if (process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
					return Files.exists(readyFile) ? ScriptOutcome.Status.PASSED : ScriptOutcome.Status.FAILED;
				}
				if (cancelled.isDone() || System.nanoTime() >= deadline) {
					ProcessTree.terminate(process.toHandle(), script.gracePeriod());
					process.waitFor();
					return cancelled.isDone() ? ScriptOutcome.Status.CANCELLED : ScriptOutcome.Status.TIMED_OUT;
				}
			}
			return ScriptOutcome.Status.PASSED;
		}
		catch (InterruptedException e) {
			ProcessTree.terminate(process.toHandle(), Duration.ZERO);
			Thread.currentThread().interrupt();
			return ScriptOutcome.Status.CANCELLED;
		}
	}

	/** Whether setUp() returned: only then is there something to tear down. */
	boolean isReady() {
		return ready;
	}

	/**
	 * Ends the JVM: its standard input closed, {@link SoloSetup#tearDown()} runs; after the
	 * setup's time limit (two minutes where it sets none) it is terminated. The teardown's outcome;
	 * none where setUp() never returned (its JVM has ended: there is nothing to tear down).
	 */
	Optional<ScriptOutcome> tearDown() {
		if (!ready) {
			ScriptProcess.delete(stdoutFile);
			ScriptProcess.delete(stderrFile);
			return Optional.empty();
		}
		long start = System.nanoTime();
		ScriptOutcome.Status status = ScriptOutcome.Status.PASSED;
		Optional<Integer> exitCode = Optional.empty();
		String message = "";
		try {
			if (process.isAlive()) {
				try {
					process.getOutputStream().close();
				}
				catch (IOException e) {
					// it ended meanwhile: waited for below
				}
				Duration limit = script.terminateAfterTime().orElse(DEFAULT_TEARDOWN);
				if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
					ProcessTree.terminate(process.toHandle(), script.gracePeriod());
					status = ScriptOutcome.Status.TIMED_OUT;
					message = "tearDown() timed out after " + Durations.text(limit);
				}
			}
			if (status == ScriptOutcome.Status.PASSED) {
				exitCode = Optional.of(process.waitFor());
				if (exitCode.get() != 0) {
					status = ScriptOutcome.Status.FAILED;
					message = script.className().get() + ".tearDown() failed: exit code " + exitCode.get();
				}
			}
		}
		catch (InterruptedException e) {
			ProcessTree.terminate(process.toHandle(), Duration.ZERO);
			Thread.currentThread().interrupt();
			status = ScriptOutcome.Status.CANCELLED;
			message = "cancelled";
		}
		try {
			CapturedOutput stdout = output(stdoutFile, stdoutSeen, script.captureStdout());
			CapturedOutput stderr = output(stderrFile, stderrSeen, script.captureStderr());
			return Optional.of(new ScriptOutcome(script.name(), ScriptOutcome.TEARDOWN, script.shownCommand(), status,
					Duration.ofNanos(System.nanoTime() - start), exitCode, message, stdout, stderr, List.of(), List.of()));
		}
		catch (IOException e) {
			return Optional.of(new ScriptOutcome(script.name(), ScriptOutcome.TEARDOWN, script.shownCommand(), status,
					Duration.ofNanos(System.nanoTime() - start), exitCode, message, CapturedOutput.EMPTY,
					CapturedOutput.EMPTY, List.of(), List.of()));
		}
		finally {
			ScriptProcess.delete(stdoutFile);
			ScriptProcess.delete(stderrFile);
		}
	}

	private ScriptProcess.Result result(long start, ScriptOutcome.Status status, Optional<Integer> exitCode,
			String message, Map<String, String> exported) throws IOException {
		stdoutSeen = Files.size(stdoutFile);
		stderrSeen = Files.size(stderrFile);
		CapturedOutput stdout = output(stdoutFile, 0, script.captureStdout());
		CapturedOutput stderr = output(stderrFile, 0, script.captureStderr());
		return new ScriptProcess.Result(new ScriptOutcome(script.name(), ScriptOutcome.SETUP, script.shownCommand(),
				status, Duration.ofNanos(System.nanoTime() - start), exitCode, message, stdout, stderr,
				List.copyOf(exported.keySet()), List.of()), exported);
	}

	/** Captured: kept for the outcome; not: shown on the host's stderr now. */
	private CapturedOutput output(Path file, long from, boolean captured) throws IOException {
		CapturedOutput output = ScriptProcess.read(file, from);
		if (captured) {
			return output;
		}
		ScriptProcess.show(output, err);
		return CapturedOutput.EMPTY;
	}
}
