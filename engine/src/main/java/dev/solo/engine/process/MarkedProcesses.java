package dev.solo.engine.process;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The processes one attempt started, wherever they are in the process tree now. A process a
 * test starts inherits its JVM's environment, and with it the attempt's {@code SOLO_RUN_ID},
 * {@code SOLO_TEST_ID} and {@code SOLO_ATTEMPT}; one whose parent ended (a shell's
 * {@code sleep &}, a daemon that forks twice) has been re-parented to init or a subreaper and is
 * no one's descendant, but it still carries them. Finding it reads {@code /proc/<pid>/stat} of
 * every process (its start time, so only those started since the JVM are read further) and the
 * environment of those few, so it is done only where a process may have been started. A
 * process started with an environment of its own is not found; neither are other users'.
 */
@API(status = INTERNAL, since = "0.1")
public final class MarkedProcesses {
	private MarkedProcesses() {
	}

	private static final List<String> MARKS = List.of("SOLO_RUN_ID", "SOLO_TEST_ID", "SOLO_ATTEMPT");

	/** The variables that mark the processes of the attempt this JVM runs, from its own environment. */
	public static Map<String, String> ofThisAttempt() {
		return marksIn(System.getenv());
	}

	/** The marking variables among an attempt's environment variables; all of them or none. */
	public static Map<String, String> marksIn(Map<String, String> variables) {
		Map<String, String> marks = new java.util.LinkedHashMap<>();
		for (String name : MARKS) {
			String value = variables.get(name);
			if (value == null) {
				return Map.of();
			}
			marks.put(name, value);
		}
		return marks;
	}

	/**
	 * The running processes other than {@code self}, started at or after {@code sinceTicks},
	 * whose environment holds every one of {@code marks}; none where {@code marks} is empty.
	 */
	public static List<LeftProcess> find(Map<String, String> marks, long sinceTicks, long self) {
		List<LeftProcess> found = new ArrayList<>();
		if (marks.isEmpty()) {
			return found;
		}
		List<byte[]> needles = marks.entrySet().stream()
				.map(e -> (e.getKey() + "=" + e.getValue()).getBytes(StandardCharsets.UTF_8)).toList();
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"),
				p -> isPid(p.getFileName().toString()))) {
			for (Path process : processes) {
				long pid = Long.parseLong(process.getFileName().toString());
				if (pid == self) {
					continue;
				}
				Optional<ProcStat> stat = ProcStat.of(pid);
				if (stat.isEmpty() || stat.get().ended() || stat.get().startTicks() < sinceTicks
						|| !carriesAll(process.resolve("environ"), needles)) {
					continue;
				}
				ProcessHandle.of(pid).flatMap(LeftProcess::of)
						.filter(left -> left.startTicks() == stat.get().startTicks()).ifPresent(found::add);
			}
		}
		catch (IOException | RuntimeException e) {
			// not Linux, or /proc unreadable: nothing found this way
		}
		return found;
	}

	private static boolean isPid(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) < '0' || name.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean carriesAll(Path environ, List<byte[]> needles) {
		byte[] environment;
		try {
			environment = Files.readAllBytes(environ);
		}
		catch (IOException | RuntimeException e) {
			// another user's process, or one that has ended
			return false;
		}
		for (byte[] needle : needles) {
			if (!holdsEntry(environment, needle)) {
				return false;
			}
		}
		return true;
	}

	/** True where {@code needle} is one whole NUL-separated entry of {@code environment}. */
	static boolean holdsEntry(byte[] environment, byte[] needle) {
		int start = 0;
		while (start < environment.length) {
			int end = start;
			while (end < environment.length && environment[end] != 0) {
				end++;
			}
			if (end - start == needle.length && java.util.Arrays.equals(environment, start, end, needle, 0,
					needle.length)) {
				return true;
			}
			start = end + 1;
		}
		return false;
	}
}
