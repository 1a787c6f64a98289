package dev.solo.engine.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.MarkedProcesses;
import dev.solo.engine.process.ProcessTree;
import dev.solo.engine.protocol.HandshakeToken;
import dev.solo.engine.protocol.MessageType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/** One child JVM running one attempt of one unit. */
@API(status = INTERNAL, since = "0.1")
public final class ChildJvm {
	/**
	 * Everything that differs between two children of the same run.
	 *
	 * @param testGroup {@code @global} when the unit is in no test group
	 * @param groupSlot the slot within {@code testGroup}; in {@code @global}, the global slot
	 * @param knownLong the unit ran long last time: it gets the JVM's own compilers, not fast start's, and
	 *     compiles from its own profile, not from an AOT cache's training
	 */
	public record Launch(ForkUnit unit, int attempt, int totalAttempts, String runId, String profile,
			Map<String, String> configuration, String workspaceRoot, int globalSlot, String testGroup, int groupSlot,
			int outputLimitBytes, boolean passThroughOutput, List<String> jvmArgs, Map<String, String> environment,
			Path directory, boolean knownLong) {
	}

	private final Process process;
	private final BoundedOutput stdout;
	private final BoundedOutput stderr;
	private final String token;
	private final ForkServer server;
	private final ChildReport report = new ChildReport();
	private final CompletableFuture<DoneReport> done = new CompletableFuture<>();
	private final CompletableFuture<ForkServer.Connection> connection;
	private final CompletableFuture<String> threadDump = new CompletableFuture<>();
	/**
	 * {@link Process#onExit()}, taken once: each call makes a new future whose completion runs
	 * on the common pool, and where that pool has one thread (two cores) on a new thread each.
	 */
	private final CompletableFuture<Process> exited;
	private final CompletableFuture<Object> finished;
	/** The variables every process of this attempt inherits; see {@link MarkedProcesses}. */
	private final Map<String, String> marks;
	private ForkServer.Connection connected;
	private boolean goRequested;

	private ChildJvm(Process process, BoundedOutput stdout, BoundedOutput stderr, String token, ForkServer server,
			CompletableFuture<ForkServer.Connection> connection, Map<String, String> marks) {
		this.process = process;
		this.marks = marks;
		this.stdout = stdout;
		this.stderr = stderr;
		this.token = token;
		this.server = server;
		this.connection = connection;
		this.exited = process.onExit();
		this.finished = CompletableFuture.anyOf(done, exited);
	}

	/**
	 * @param reported hears each entry of the child's report as it arrives, on the connection's
	 *        reader thread, after it is in {@link #report()}
	 */
	public static ChildJvm start(JvmCommand command, ForkServer server, Launch launch,
			Consumer<ChildReport.Entry> reported, PrintStream hostOut, PrintStream hostErr) throws IOException {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		Map<String, String> soloVariables = soloVariables(launch);

		JvmCommand.Prefix prefix = command.prefix();
		List<String> line = new ArrayList<>(prefix.line());
		if (launch.knownLong()) {
			line.addAll(prefix.longUnitOptions());
		}
		// After the run's own options, so that an override's word on a JVM option is the last.
		line.addAll(launch.jvmArgs());
		soloVariables.forEach((name, value) -> line.add("-D" + propertyName(name) + "=" + value));
		line.add(command.mainClass());
		// The port only: any local user can read a command line. The token goes down stdin below.
		line.add(String.valueOf(server.port()));

		ProcessBuilder builder = new ProcessBuilder(line).directory(launch.directory().toFile());
		builder.environment().putAll(launch.environment());
		builder.environment().putAll(soloVariables);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException e) {
			server.forget(expected.getKey());
			prefix.childExited(false);
			throw e;
		}
		handOver(process, expected.getKey());
		String name = "solo-output-" + process.pid();
		BoundedOutput out = new BoundedOutput(name + "-out", process.getInputStream(), launch.outputLimitBytes(),
				launch.passThroughOutput() ? hostOut : null);
		BoundedOutput err = new BoundedOutput(name + "-err", process.getErrorStream(), launch.outputLimitBytes(),
				launch.passThroughOutput() ? hostErr : null);
		out.start();
		err.start();
		ChildJvm child = new ChildJvm(process, out, err, expected.getKey(), server, expected.getValue(),
				MarkedProcesses.marksIn(soloVariables));
		child.exited.thenAccept(p -> prefix.childExited(p.exitValue() == 0));
		expected.getValue().thenAccept(c -> child.onConnected(c, launch, command, reported));
		return child;
	}

	/**
	 * Writes the child's token to its standard input and closes it. Only this process holds the
	 * pipe's other end, and the child reads the token before any test code runs, so neither other
	 * users nor the test (nor what it starts) can see it. Like Surefire, a test reading standard
	 * input then sees its end, not the host's terminal.
	 */
	private static void handOver(Process process, String token) {
		try (OutputStream stdin = process.getOutputStream()) {
			stdin.write(HandshakeToken.line(token));
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

	/** Lets the child run its test: now if it is connected, else as soon as it connects. */
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
		threadDump.complete(dump);
	}

	static Map<String, String> soloVariables(Launch launch) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("SOLO", "1");
		variables.put("SOLO_EXECUTION_MODE", "process-per-test");
		variables.put("SOLO_RUN_ID", launch.runId());
		variables.put("SOLO_PROFILE", launch.profile());
		variables.put("SOLO_TEST_ID", launch.unit().descriptor().getUniqueId().toString());
		variables.put("SOLO_TEST_NAME", launch.unit().name());
		variables.put("SOLO_ATTEMPT", String.valueOf(launch.attempt()));
		variables.put("SOLO_TOTAL_ATTEMPTS", String.valueOf(launch.totalAttempts()));
		variables.put("SOLO_WORKSPACE_ROOT", launch.workspaceRoot());
		variables.put("SOLO_TEST_GROUP", launch.testGroup());
		variables.put("SOLO_GLOBAL_SLOT", String.valueOf(launch.globalSlot()));
		variables.put("SOLO_GROUP_SLOT", String.valueOf(launch.groupSlot()));
		return variables;
	}

	/** {@code SOLO_RUN_ID} becomes {@code solo.run.id}. */
	static String propertyName(String variable) {
		return variable.toLowerCase(Locale.ROOT).replace('_', '.');
	}

	public long pid() {
		return process.pid();
	}

	public ProcessHandle handle() {
		return process.toHandle();
	}

	public ChildReport report() {
		return report;
	}

	/** Completes when the child reported DONE or its JVM ended, whichever comes first. */
	public CompletableFuture<?> finished() {
		return finished;
	}

	/**
	 * Waits until everything the child sent has been read. A JVM can be seen to exit before the
	 * reader thread has taken its last frames off the socket (on a busy machine, easily): those
	 * frames are still there, and judging the attempt without them would call a pass a crash.
	 */
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
	public Optional<DoneReport> done() {
		return done.isDone() && !done.isCompletedExceptionally() ? Optional.of(done.join()) : Optional.empty();
	}

	public boolean awaitExit(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	public Optional<Integer> exitCode() {
		return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
	}

	/** Asks the child for a dump of all its threads; empty if it does not answer in time. */
	public Optional<String> requestThreadDump(Duration wait) {
		if (!connection.isDone() || connection.isCompletedExceptionally()) {
			return Optional.empty();
		}
		try {
			connection.join().writer().frame(MessageType.DUMP_THREADS).send();
			return Optional.of(threadDump.get(wait.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (Exception e) {
			return Optional.empty();
		}
	}

	public void terminate(Duration grace) {
		ProcessTree.terminate(process.toHandle(), grace);
	}

	/**
	 * The processes this attempt started that still run anywhere, for an attempt whose JVM did
	 * not get as far as naming them (it crashed, or was killed at its timeout): reads the
	 * environment of every process of this user, so only then.
	 */
	public List<LeftProcess> markedProcesses() {
		return MarkedProcesses.find(marks, 0, process.pid());
	}

	public CapturedOutput stdout() {
		return stdout.finish(1_000);
	}

	public CapturedOutput stderr() {
		return stderr.finish(1_000);
	}

	/** Releases what the parent holds for this child; the process itself must already be gone. */
	public void close() {
		server.forget(token);
		connection.cancel(false);
		connection.thenAccept(c -> {
			try {
				c.socket().close();
			}
			catch (IOException ignored) {
				// already closed
			}
		});
	}
}
