package dev.solo.engine.scripts;

import dev.solo.engine.config.ScriptDefinition;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.MarkedProcesses;
import dev.solo.engine.process.ProcStat;
import dev.solo.engine.process.ProcessTree;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one script to its end: in the workspace root, with the host's environment, its own
 * {@code env}, Solo's variables and {@code SOLO_ENV}; its output to files (a pipe would stay
 * open while a server it started in the background runs), shown after it ends unless captured,
 * on the host's standard error (its standard output may be a JSON event stream or a build tool's
 * fork channel); terminated with its process tree after {@code slow-timeout} × {@code terminate-after}, or when
 * the run is cancelled. Every process it starts carries its mark ({@link #MARK}), which is how
 * what it left running is found again, however it was re-parented.
 */
final class ScriptProcess {
	/** The variable that marks every process a script started: {@code <run id>/<kind>/<name>}. */
	static final String MARK = "SOLO_SCRIPT_MARK";
	/** Of a captured stream, its head and tail are kept, this many bytes each. */
	private static final int KEPT_BYTES = 32 * 1024;
	private static final Duration POLL = Duration.ofMillis(50);

	/** What one run of a script came to: its outcome, and the variables it exported (a failed one's reach its teardown only). */
	record Result(ScriptOutcome outcome, Map<String, String> exported) {
	}

	private final ScriptDefinition script;
	private final String mark;
	private final Path directory;
	private final Map<String, String> environment;
	private final PrintStream err;

	/** {@code environment}: Solo's variables and whatever the script is given besides its own {@code env}. */
	ScriptProcess(ScriptDefinition script, String runId, Path directory, Map<String, String> environment,
			PrintStream err) {
		this.script = script;
		this.mark = runId + "/" + script.kind().key() + "/" + script.name();
		this.directory = directory;
		this.environment = environment;
		this.err = err;
	}

	Map<String, String> mark() {
		return Map.of(MARK, mark);
	}

	/** Runs the script; {@code cancelled} completes when the run is cancelled. */
	Result run(CompletableFuture<Void> cancelled) {
		long start = System.nanoTime();
		Path envFile = null;
		Path stdoutFile = null;
		Path stderrFile = null;
		try {
			envFile = Files.createTempFile("solo-env-", ".env");
			stdoutFile = Files.createTempFile("solo-script-", ".out");
			stderrFile = Files.createTempFile("solo-script-", ".err");
			ProcessBuilder builder = new ProcessBuilder(script.command()).directory(directory.toFile())
					.redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
					.redirectOutput(stdoutFile.toFile()).redirectError(stderrFile.toFile());
			builder.environment().putAll(script.env());
			builder.environment().putAll(environment);
			builder.environment().put("SOLO_ENV", envFile.toString());
			builder.environment().put(MARK, mark);
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException e) {
				return failed(start, ScriptOutcome.Status.FAILED, Optional.empty(),
						"could not start " + script.command().get(0) + ": " + e.getMessage(), stdoutFile, stderrFile);
			}
			long since = ProcStat.of(process.pid()).map(ProcStat::startTicks).orElse(0L);
			ScriptOutcome.Status ended = await(process, cancelled);
			Optional<Integer> exitCode = ended == ScriptOutcome.Status.PASSED ? Optional.of(process.exitValue())
					: Optional.empty();
			List<String> left = leftRunning(since);
			if (ended != ScriptOutcome.Status.PASSED || exitCode.get() != 0) {
				ScriptOutcome.Status status = ended == ScriptOutcome.Status.PASSED ? ScriptOutcome.Status.FAILED : ended;
				String message = switch (status) {
					case TIMED_OUT -> "timed out after " + Durations.text(script.terminateAfterTime().orElseThrow());
					case CANCELLED -> "cancelled";
					default -> "exit code " + exitCode.get();
				};
				// Its tests never see them; its teardown does, to undo what it got to do (a pid, a container id).
				return finish(start, status, exitCode, message, stdoutFile, stderrFile, List.of(), left,
						exportedSoFar(envFile));
			}
			Map<String, String> exported;
			try {
				exported = ExportedEnv.read(envFile);
			}
			catch (IllegalArgumentException | IOException e) {
				return finish(start, ScriptOutcome.Status.FAILED, exitCode, e.getMessage(), stdoutFile, stderrFile,
						List.of(), left, Map.of());
			}
			return finish(start, ScriptOutcome.Status.PASSED, exitCode, "", stdoutFile, stderrFile,
					List.copyOf(exported.keySet()), left, exported);
		}
		catch (IOException e) {
			return new Result(outcome(start, ScriptOutcome.Status.FAILED, Optional.empty(),
					"cannot prepare its files: " + e.getMessage(), CapturedOutput.EMPTY, CapturedOutput.EMPTY, List.of(),
					List.of()), Map.of());
		}
		finally {
			delete(envFile);
			delete(stdoutFile);
			delete(stderrFile);
		}
	}

	/** What a script that failed had exported: what of its file reads, nothing where it does not. */
	static Map<String, String> exportedSoFar(Path envFile) {
		try {
			return ExportedEnv.read(envFile);
		}
		catch (IllegalArgumentException | IOException e) {
			return Map.of();
		}
	}

	/** PASSED once it exited (whatever its code), TIMED_OUT or CANCELLED once terminated. */
	private ScriptOutcome.Status await(Process process, CompletableFuture<Void> cancelled) {
		long deadline = script.terminateAfterTime().map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
		try {
			while (!process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
				if (cancelled.isDone()) {
					ProcessTree.terminate(process.toHandle(), script.gracePeriod());
					process.waitFor();
					return ScriptOutcome.Status.CANCELLED;
				}
				if (System.nanoTime() >= deadline) {
					ProcessTree.terminate(process.toHandle(), script.gracePeriod());
					process.waitFor();
					return ScriptOutcome.Status.TIMED_OUT;
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

	/** What it started that still runs once {@code leak-timeout} has passed since it ended. */
	private List<String> leftRunning(long since) {
		long deadline = System.nanoTime() + script.leakTimeout().toNanos();
		List<LeftProcess> found = MarkedProcesses.find(mark(), since, ProcessHandle.current().pid());
		while (!found.isEmpty() && System.nanoTime() < deadline) {
			sleep(POLL);
			found = found.stream().filter(LeftProcess::running).toList();
		}
		return found.stream().map(LeftProcess::describe).toList();
	}

	/** Stops every process marked as this script's, with what each started: SIGTERM, SIGKILL after the grace period. */
	static List<String> stopMarked(Map<String, String> mark, Duration grace) {
		// Only what started after this JVM can carry a mark of this run: the others' environments are not read.
		long self = ProcessHandle.current().pid();
		long since = ProcStat.of(self).map(ProcStat::startTicks).orElse(0L);
		List<LeftProcess> found = MarkedProcesses.find(mark, since, self);
		List<String> stopped = new ArrayList<>();
		List<Thread> stoppers = new ArrayList<>();
		for (LeftProcess process : found) {
			Optional<ProcessHandle> handle = ProcessHandle.of(process.pid());
			if (handle.isEmpty() || !process.running()) {
				continue;
			}
			stopped.add(process.describe());
			Thread stopper = new Thread(() -> ProcessTree.terminate(handle.get(), grace), "solo-script-stop");
			stopper.start();
			stoppers.add(stopper);
		}
		for (Thread stopper : stoppers) {
			try {
				stopper.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return stopped;
	}

	private Result failed(long start, ScriptOutcome.Status status, Optional<Integer> exitCode, String message,
			Path stdoutFile, Path stderrFile) throws IOException {
		return finish(start, status, exitCode, message, stdoutFile, stderrFile, List.of(), List.of(), Map.of());
	}

	private Result finish(long start, ScriptOutcome.Status status, Optional<Integer> exitCode, String message,
			Path stdoutFile, Path stderrFile, List<String> exported, List<String> left, Map<String, String> variables)
			throws IOException {
		CapturedOutput stdout = read(stdoutFile);
		CapturedOutput stderr = read(stderrFile);
		if (!script.captureStdout()) {
			// the host's stderr, as its stdout may be a JSON event stream or a build tool's fork channel
			show(stdout, err);
			stdout = CapturedOutput.EMPTY;
		}
		if (!script.captureStderr()) {
			show(stderr, err);
			stderr = CapturedOutput.EMPTY;
		}
		return new Result(outcome(start, status, exitCode, message, stdout, stderr, exported, left), variables);
	}

	private ScriptOutcome outcome(long start, ScriptOutcome.Status status, Optional<Integer> exitCode, String message,
			CapturedOutput stdout, CapturedOutput stderr, List<String> exported, List<String> left) {
		return new ScriptOutcome(script.name(), script.kind().key(), script.command(), status,
				Duration.ofNanos(System.nanoTime() - start), exitCode, message, stdout, stderr, exported, left);
	}

	static void show(CapturedOutput output, PrintStream stream) {
		if (!output.isEmpty()) {
			stream.print(output.text());
			stream.flush();
		}
	}

	/** The file's head and tail; a server the script started may still be writing to it. */
	static CapturedOutput read(Path file) throws IOException {
		return read(file, 0);
	}

	/** As {@link #read(Path)}, from byte {@code from} on. */
	static CapturedOutput read(Path file, long from) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			in.seek(Math.min(from, in.length()));
			long length = in.length() - in.getFilePointer();
			if (length <= 2L * KEPT_BYTES) {
				byte[] all = new byte[(int) length];
				in.readFully(all);
				return new CapturedOutput(all, new byte[0], 0);
			}
			byte[] head = new byte[KEPT_BYTES];
			in.readFully(head);
			byte[] tail = new byte[KEPT_BYTES];
			in.seek(in.length() - KEPT_BYTES);
			in.readFully(tail);
			return new CapturedOutput(head, tail, length - 2L * KEPT_BYTES);
		}
	}

	static java.io.File nullDevice() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				// a temp file left behind is harmless
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
