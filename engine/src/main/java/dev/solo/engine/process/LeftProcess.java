package dev.solo.engine.process;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;

import org.apiguardian.api.API;

/**
 * A process a test left running, as its JVM reports it to the host: the pid with the process's
 * start time ({@link ProcStat#startTicks()}), so the host, which kills it after that JVM may be
 * gone, never kills a process that was given the same pid since.
 */
@API(status = INTERNAL, since = "0.1")
public record LeftProcess(long pid, long startTicks, String commandLine) {

	/** Where there is no {@code /proc} to tell a start time. */
	static final long UNKNOWN_START = -1;
	private static final boolean PROC = java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self"));

	/** The process running under {@code pid} now, if there is one. */
	public static Optional<LeftProcess> of(ProcessHandle process) {
		if (!PROC) {
			return process.isAlive() ? Optional.of(new LeftProcess(process.pid(), UNKNOWN_START, commandLine(process)))
					: Optional.empty();
		}
		return ProcStat.of(process.pid()).filter(stat -> !stat.ended())
				.map(stat -> new LeftProcess(process.pid(), stat.startTicks(), commandLine(process)));
	}

	private static String commandLine(ProcessHandle process) {
		return process.info().commandLine().orElse(process.info().command().orElse("?"));
	}

	/** One line of the child's DONE frame. */
	public String encode() {
		return pid + " " + startTicks + " " + commandLine;
	}

	public static LeftProcess decode(String line) {
		int first = line.indexOf(' ');
		int second = line.indexOf(' ', first + 1);
		return new LeftProcess(Long.parseLong(line.substring(0, first)), Long.parseLong(line.substring(first + 1,
				second)), line.substring(second + 1));
	}

	/** What a LEAK message says of it: {@code process 1234 /usr/bin/sleep 300}. */
	public String describe() {
		return "process " + pid + " " + commandLine;
	}

	/** True while this very process runs; without {@code /proc}, while its pid is in use. */
	public boolean running() {
		return startTicks == UNKNOWN_START ? ProcessHandle.of(pid).isPresent() : ProcStat.running(pid, startTicks);
	}
}
