package dev.solo.engine.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Tracer;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Artifact;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.process.ProcMemory;
import dev.solo.engine.wrap.Wrapping;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.apiguardian.api.API;

/**
 * One attempt's JVM, end to end, as the scheduler sees it: it starts, runs its test when told,
 * is waited for, asked for a thread dump, stopped, and at its end says what it reported and
 * what it left running, the processes already dealt with. The scheduler decides when (the clock,
 * cancellation) and what the attempt was; this JVM's process, its report and what it started
 * are handled behind it.
 */
@API(status = INTERNAL, since = "0.1")
public interface TestJvm {
	/**
	 * Everything that differs between two test JVMs of the same run.
	 *
	 * @param testGroup {@code @global} when the unit is in no test group
	 * @param groupSlot the slot within {@code testGroup}; in {@code @global}, the global slot
	 * @param knownLong the unit ran long last time: it gets the JVM's own compilers, not fast start's, and
	 *     compiles from its own profile, not from an AOT cache's training
	 * @param artifactFolder the attempt's empty {@code SOLO_ARTIFACT_DIR}
	 * @param tracer present when the JVM records a Flight Recording there
	 * @param wrapping what runs the JVM ({@code nice}, {@code unshare}); {@link Wrapping#NONE} for none
	 */
	record Launch(ForkUnit unit, int attempt, int totalAttempts, String runId, String profile,
			Map<String, String> configuration, String workspaceRoot, int globalSlot, String testGroup, int groupSlot,
			int outputLimitBytes, boolean passThroughOutput, List<String> jvmArgs, Map<String, String> environment,
			Path directory, boolean knownLong, Path artifactFolder, Optional<Tracer> tracer, Wrapping wrapping) {
	}

	/**
	 * What an attempt's JVM came to.
	 *
	 * @param saidDone the test JVM got as far as reporting that its test was over
	 * @param exitCode empty if the JVM was still running when its outputs were taken
	 * @param leftRunning what it left running, described, already killed; empty when it left nothing
	 * @param notRun why the JVM never ran its test, when that is known better than from its exit
	 *        (it waited for a debugger nobody attached)
	 * @param artifacts what the attempt left in its artifact folder
	 * @param memory what the JVM used of memory, as far as measured
	 */
	record End(ChildReport report, boolean saidDone, Optional<Integer> exitCode, CapturedOutput stdout,
			CapturedOutput stderr, List<String> leftRunning, Optional<String> notRun, List<Artifact> artifacts,
			MemoryUse memory) {
		public End {
			leftRunning = List.copyOf(leftRunning);
			artifacts = List.copyOf(artifacts);
		}
	}

	/**
	 * Starts a test JVM; it boots and discovers its test, then waits for {@link #go()}.
	 *
	 * @param reported hears each entry of the JVM's report as it arrives, on the connection's reader
	 *        thread, after it is in the report
	 */
	static TestJvm start(JvmCommand command, ForkServer server, Launch launch, Consumer<ChildReport.Entry> reported,
			PrintStream hostOut, PrintStream hostErr) throws IOException {
		return ChildJvm.start(command, server, launch, reported, hostOut, hostErr);
	}

	long pid();

	/** The JVM's resident set now, in bytes; empty where the kernel does not say (not Linux, or the JVM is gone). */
	default OptionalLong currentRss() {
		return ProcMemory.current(pid());
	}

	/** Lets the JVM run its test: now if it is connected, else as soon as it connects. */
	void go();

	/** Waits at most {@code nanos} for the test to end: true once the JVM reported DONE or ended. */
	boolean awaitFinished(long nanos) throws InterruptedException;

	/**
	 * Remembers the processes the JVM has started so far, so that {@link #end} stops those that
	 * outlive it even once they are no longer its descendants (a slow test's, say).
	 */
	void noteProcesses();

	/**
	 * Asks the JVM for a dump of all its threads; empty if it does not answer within {@code wait}.
	 * May be called from any thread, and while another dump is asked for: each caller gets a dump
	 * taken after it asked.
	 */
	Optional<String> dump(Duration wait);

	/** The last {@code count} lines at most the JVM printed, stdout and stderr as they came; for a status dump. */
	List<String> lastLines(int count);

	boolean isAlive();

	/** Ends the JVM and what it started: SIGTERM, then SIGKILL after {@code grace}. */
	void stop(Duration grace);

	/**
	 * Waits until everything the JVM sent has been read. A JVM can be seen to exit before the
	 * reader thread has taken its last frames off the socket (on a busy machine, easily): those
	 * frames are still there, and judging the attempt without them would call a pass a crash.
	 */
	void awaitReportEnd(Duration max);

	/**
	 * True if the JVM, without saying DONE, ended within {@code wait} of SIGINT: a terminal's Ctrl-C
	 * reaches every process of its foreground group, test JVMs with their host.
	 */
	boolean endedBySigint(Duration wait) throws InterruptedException;

	/**
	 * Once the test is over: kills what the JVM said it left running (or, if it said nothing, what
	 * carries its attempt's marks), gives its exit {@code leakTimeout} (at least a few seconds) or,
	 * without DONE, {@code grace}, stops it if it is still there, and stops what {@link #noteProcesses}
	 * saw. Then takes its outputs and exit code.
	 */
	End end(Duration leakTimeout, Duration grace) throws InterruptedException;

	/**
	 * Releases what the host holds for this JVM, its artifact folder too if nothing is in it; the
	 * process itself must already be gone.
	 */
	void close();
}
