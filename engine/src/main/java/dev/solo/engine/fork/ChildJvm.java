package dev.solo.engine.fork;

import dev.solo.engine.artifacts.ArtifactFolders;
import dev.solo.engine.artifacts.ArtifactOptions;
import dev.solo.engine.debug.DebugWait;
import dev.solo.engine.debug.Debugger;
import dev.solo.engine.debug.StdinRelay;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Artifact;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.MarkedProcesses;
import dev.solo.engine.process.ProcMemory;
import dev.solo.engine.process.ProcessTree;
import dev.solo.engine.protocol.HandshakeToken;
import dev.solo.engine.protocol.MessageType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/** One child JVM running one attempt of one unit: the process, its connection and its report. */
final class ChildJvm implements TestJvm {
	/** A JVM's exit code when SIGINT ends it: 128 + 2. */
	private static final int SIGINT_EXIT = 130;

	private final Process process;
	private final BoundedOutput stdout;
	private final BoundedOutput stderr;
	private final String token;
	private final ForkServer server;
	private final ChildReport report = new ChildReport();
	private final CompletableFuture<DoneReport> done = new CompletableFuture<>();
	private final CompletableFuture<ForkServer.Connection> connection;
	private final ThreadDumpRequests threadDumps = new ThreadDumpRequests();
	private final RecentOutput recent;
	/**
	 * {@link Process#onExit()}, taken once: each call makes a new future whose completion runs
	 * on the common pool, and where that pool has one thread (two cores) on a new thread each.
	 */
	private final CompletableFuture<Process> exited;
	private final CompletableFuture<Object> finished;
	/** The variables every process of this attempt inherits; see {@link MarkedProcesses}. */
	private final Map<String, String> marks;
	private final Leftovers leftovers = new Leftovers(this);
	/** Present when the JVM waits for a debugger before it runs anything. */
	private final Optional<DebugWait> debugWait;
	private final long startNanos;
	private final PrintStream hostErr;
	private final Path artifactFolder;
	private final String testName;
	private final int attempt;
	private final boolean passThroughOutput;
	private ForkServer.Connection connected;
	private boolean goRequested;
	private volatile OptionalLong peakAtStop = OptionalLong.empty();

	private ChildJvm(Process process, BoundedOutput stdout, BoundedOutput stderr, String token, ForkServer server,
			CompletableFuture<ForkServer.Connection> connection, Map<String, String> marks, Optional<DebugWait> debugWait,
			long startNanos, PrintStream hostErr, RecentOutput recent, Launch launch) {
		this.process = process;
		this.recent = recent;
		this.artifactFolder = launch.artifactFolder();
		this.testName = launch.unit().name();
		this.attempt = launch.attempt();
		this.passThroughOutput = launch.passThroughOutput();
		this.debugWait = debugWait;
		this.startNanos = startNanos;
		this.hostErr = hostErr;
		this.marks = marks;
		this.stdout = stdout;
		this.stderr = stderr;
		this.token = token;
		this.server = server;
		this.connection = connection;
		this.exited = process.onExit();
		this.finished = CompletableFuture.anyOf(done, exited);
	}

	/** See {@link TestJvm#start}. */
	static ChildJvm start(JvmCommand command, ForkServer server, Launch launch,
			Consumer<ChildReport.Entry> reported, PrintStream hostOut, PrintStream hostErr) throws IOException {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		Map<String, String> soloVariables = TestVariables.of(launch);

		JvmCommand.Prefix prefix = command.prefix();
		List<String> line = new ArrayList<>(launch.wrapping().prefix());
		line.addAll(prefix.line());
		if (launch.knownLong()) {
			line.addAll(prefix.longUnitOptions());
		}
		// After the run's own options, so that an override's word on a JVM option is the last.
		line.addAll(launch.jvmArgs());
		List<String> userOptions = new ArrayList<>(command.options());
		userOptions.addAll(launch.jvmArgs());
		line.addAll(ArtifactOptions.forAttempt(userOptions, launch.artifactFolder(), launch.tracer()));
		soloVariables.forEach((name, value) -> line.add("-D" + TestVariables.propertyName(name) + "=" + value));
		line.add(command.mainClass());
		// The port only: any local user can read a command line. The token goes down stdin below.
		line.add(launch.wrapping().ownNetwork() ? server.unixSocketPath() : String.valueOf(server.port()));

		ProcessBuilder builder = new ProcessBuilder(line).directory(launch.directory().toFile());
		builder.environment().putAll(launch.environment());
		builder.environment().putAll(soloVariables);
		Process process;
		long startNanos = System.nanoTime();
		try {
			process = builder.start();
		}
		catch (IOException e) {
			server.forget(expected.getKey());
			prefix.childExited(false);
			throw e;
		}
		handOver(process, expected.getKey(), command.debugger().filter(Debugger::relaysInput).isPresent());
		String name = "solo-output-" + process.pid();
		Optional<DebugWait> debugWait = command.debugger()
				.map(d -> new DebugWait(d, launch.unit().name(), hostOut, hostErr));
		InputStream stdout = debugWait.map(w -> w.watch(process.getInputStream())).orElse(process.getInputStream());
		RecentOutput recent = new RecentOutput();
		BoundedOutput out = new BoundedOutput(name + "-out", recent.tee(stdout), launch.outputLimitBytes(),
				launch.passThroughOutput() ? hostOut : null);
		BoundedOutput err = new BoundedOutput(name + "-err", recent.tee(process.getErrorStream()),
				launch.outputLimitBytes(),
				launch.passThroughOutput() ? hostErr : null);
		out.start();
		err.start();
		ChildJvm child = new ChildJvm(process, out, err, expected.getKey(), server, expected.getValue(),
				MarkedProcesses.marksIn(soloVariables), debugWait, startNanos, hostErr, recent, launch);
		child.exited.thenAccept(p -> prefix.childExited(p.exitValue() == 0));
		expected.getValue().thenAccept(c -> child.onConnected(c, launch, command, reported));
		return child;
	}

	/**
	 * Writes the child's token to its standard input and closes it. Only this process holds the
	 * pipe's other end, and the child reads the token before any test code runs, so neither other
	 * users nor the test (nor what it starts) can see it. Like Surefire, a test reading standard
	 * input then sees its end, not the host's terminal; unless a debugged run relays the host's
	 * input to it, after the token.
	 */
	private static void handOver(Process process, String token, boolean relayInput) {
		OutputStream stdin = process.getOutputStream();
		try {
			stdin.write(HandshakeToken.line(token));
			stdin.flush();
			if (relayInput) {
				StdinRelay.relayTo(stdin);
				return;
			}
			stdin.close();
		}
		catch (IOException e) {
			// the child is already gone; its exit says why
		}
	}

	private void onConnected(ForkServer.Connection connection, Launch launch, JvmCommand command,
			Consumer<ChildReport.Entry> reported) {
		try {
			ForkUnit unit = launch.unit();
			connection.writer().frame(MessageType.RUN)
					.string(unit.descriptor().engineClass())
					.string(unit.descriptor().delegateId().toString())
					.string(unit.iterationMethod().orElse(null))
					.strings(unit.iterations().stream().map(String::valueOf).toList())
					.map(launch.configuration())
					.map(command.codeProperties())
					.send();
		}
		catch (IOException e) {
			return;
		}
		synchronized (this) {
			connected = connection;
			if (goRequested) {
				sendGo();
			}
		}
		ForkThreads.run("solo-report-" + process.pid(),
				() -> new ChildReportReader(report, reported, done, this::onThreadDump, reportedForSure(launch.unit()))
						.read(connection.reader()));
	}

	/** The delegate ids of a unit and of its ancestors: every child reports each of them. */
	private static List<UniqueId> reportedForSure(ForkUnit unit) {
		List<UniqueId> ids = new ArrayList<>();
		Optional<TestDescriptor> node = Optional.of(unit.descriptor());
		while (node.isPresent() && node.get() instanceof MirrorDescriptor mirror) {
			ids.add(mirror.delegateId());
			node = mirror.getParent();
		}
		return ids;
	}

	@Override
	public synchronized void go() {
		goRequested = true;
		if (connected != null) {
			sendGo();
		}
	}

	private void sendGo() {
		try {
			connected.writer().frame(MessageType.GO).send();
		}
		catch (IOException e) {
			// the child is gone; its exit says why
		}
	}

	private void onThreadDump(String dump) {
		threadDumps.answered(dump);
	}

	@Override
	public long pid() {
		return process.pid();
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	/** {@link #finished} completes when the child reported DONE or its JVM ended, whichever comes first. */
	@Override
	public boolean awaitFinished(long nanos) throws InterruptedException {
		try {
			finished.get(nanos, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException e) {
			return false;
		}
		catch (ExecutionException e) {
			// ended without DONE
		}
		return true;
	}

	@Override
	public void noteProcesses() {
		leftovers.note();
	}

	@Override
	public void awaitReportEnd(Duration max) {
		if (!connection.isDone() || connection.isCompletedExceptionally()) {
			return;
		}
		try {
			done.get(max.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception e) {
			// ended without DONE, or still silent after max: judged from what arrived
		}
	}

	/** What the child left running, if it got as far as saying DONE. */
	private Optional<DoneReport> done() {
		return done.isDone() && !done.isCompletedExceptionally() ? Optional.of(done.join()) : Optional.empty();
	}

	boolean awaitExit(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private Optional<Integer> exitCode() {
		return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
	}

	@Override
	public boolean endedBySigint(Duration wait) throws InterruptedException {
		// Its report ends when its socket closes, which can be before the JVM has quite exited.
		return done().isEmpty() && awaitExit(wait) && exitCode().filter(code -> code == SIGINT_EXIT).isPresent();
	}

	@Override
	public End end(Duration leakTimeout, Duration grace) throws InterruptedException {
		Optional<DoneReport> said = done();
		List<String> leftRunning = leftovers.clear(said, leakTimeout, grace);
		CapturedOutput out = stdout.finish(1_000);
		CapturedOutput err = stderr.finish(1_000);
		Optional<String> notRun = notRun();
		notRun.ifPresent(why -> hostErr.println("solo: " + why));
		// The JVM is gone (leftovers saw to it): what it wrote on its way out, a recording, is complete.
		List<Artifact> artifacts = ArtifactFolders.collect(artifactFolder);
		for (Artifact dump : artifacts.stream().filter(Artifact::isHeapDump).toList()) {
			String line = "solo: heap dump of " + testName + " attempt " + attempt + ": " + dump.path() + "\n";
			// Where a failure's output is shown, in every host and report; shown at once when output passes through.
			err = err.appended(line.getBytes(StandardCharsets.UTF_8));
			if (passThroughOutput) {
				hostErr.print(line);
			}
		}
		MemoryUse memory = said.map(DoneReport::memory).orElse(MemoryUse.UNKNOWN).withPeakRss(peakAtStop);
		return new End(report, said.isPresent(), exitCode(), out, err, leftRunning, notRun, artifacts, memory);
	}

	/** Why the test never ran, when Solo knows better than the JVM's exit: nobody attached the debugger it waited for. */
	private Optional<String> notRun() {
		if (debugWait.isEmpty() || process.isAlive()) {
			return Optional.empty();
		}
		boolean reachedHost = connection.isDone() && !connection.isCompletedExceptionally();
		return debugWait.get().unattached(reachedHost, Duration.ofNanos(System.nanoTime() - startNanos));
	}

	@Override
	public Optional<String> dump(Duration wait) {
		if (!connection.isDone() || connection.isCompletedExceptionally()) {
			return Optional.empty();
		}
		try {
			CompletableFuture<String> answer = threadDumps.ask(
					() -> connection.join().writer().frame(MessageType.DUMP_THREADS).send());
			// A JVM that ends meanwhile will not answer: no need to wait the whole while for it.
			CompletableFuture.anyOf(answer, exited).get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return Optional.ofNullable(answer.getNow(null));
		}
		catch (Exception e) {
			return Optional.empty();
		}
	}

	@Override
	public List<String> lastLines(int count) {
		return recent.lastLines(count);
	}

	@Override
	public boolean isAlive() {
		return process.isAlive();
	}

	@Override
	public void stop(Duration grace) {
		// A JVM stopped before it said DONE (its timeout, a cancelled run) has not said what it used:
		// the kernel's peak is read while there is still a process to read it of.
		if (!done.isDone() && peakAtStop.isEmpty()) {
			peakAtStop = ProcMemory.peak(process.pid());
		}
		ProcessTree.terminate(process.toHandle(), grace);
	}

	/**
	 * The processes this attempt started that still run anywhere, for an attempt whose JVM did
	 * not get as far as naming them (it crashed, or was killed at its timeout): reads the
	 * environment of every process of this user, so only then.
	 */
	List<LeftProcess> markedProcesses() {
		return MarkedProcesses.find(marks, 0, process.pid());
	}

	@Override
	public void close() {
		ArtifactFolders.removeIfEmpty(artifactFolder);
		server.forget(token);
		connection.cancel(false);
		connection.thenAccept(c -> {
			try {
				c.link().close();
			}
			catch (IOException ignored) {
				// already closed
			}
		});
	}
}
