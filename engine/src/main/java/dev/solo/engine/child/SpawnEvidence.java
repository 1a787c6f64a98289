package dev.solo.engine.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether this JVM may have started a process that still runs, told without listing its
 * children. The list is read from a file under each of the JVM's threads
 * ({@code /proc/self/task/<tid>/children}), and every file read leaves an entry in the kernel's
 * cache that it drops when the JVM is reaped, on the host's time: ~0.6 ms of the host's CPU per
 * test (measured on its {@code process reaper} threads, in the kernel), where the host's budget
 * is 5 ms. So the children are listed only where something says there can be some:
 * <ul>
 * <li>a process started through {@code ProcessBuilder} or {@code Runtime.exec} is waited for,
 * as long as it runs, by a JDK thread named {@code process reaper};</li>
 * <li>native code that starts processes comes in a library outside the JDK, mapped into this
 * JVM after it started;</li>
 * <li>a child whose starting thread has ended belongs to the JVM's first thread, whose own
 * list is read in any case.</li>
 * </ul>
 * Any doubt (not Linux, a file that cannot be read) counts as evidence: the children are then
 * listed as before. What this cannot see is a process started through the foreign-function API
 * with libc's own {@code posix_spawn}, from a thread other than the first, that is still
 * running when the test ends.
 */
final class SpawnEvidence {
	/** The prefix of the JDK's reaper threads' names ({@code process reaper (pid 123)} while one waits). */
	static final String REAPER = "process reaper";
	private static final Path MAPS = Path.of("/proc/self/maps");

	private final Set<String> librariesAtStart;

	private SpawnEvidence(Set<String> librariesAtStart) {
		this.librariesAtStart = librariesAtStart;
	}

	/** Taken before the test runs: the libraries outside the JDK that the JVM itself mapped. */
	static SpawnEvidence beforeTheTest() {
		return new SpawnEvidence(foreignLibraries());
	}

	/** True where the test may have left a process running, false only where it cannot have. */
	boolean anyAfter(Collection<Thread> threads, long pid) {
		String firstThreadsChildren;
		try {
			firstThreadsChildren = Files.readString(Path.of("/proc/self/task", String.valueOf(pid), "children"),
					StandardCharsets.US_ASCII);
		}
		catch (IOException | RuntimeException e) {
			firstThreadsChildren = null;
		}
		return any(threads.stream().map(Thread::getName).toList(), firstThreadsChildren, librariesAtStart,
				librariesAtStart == null ? null : foreignLibraries());
	}

	/** The rules above; a null stands for what could not be read. */
	static boolean any(Collection<String> threadNames, String firstThreadsChildren, Set<String> librariesAtStart,
			Set<String> librariesNow) {
		if (firstThreadsChildren == null || librariesAtStart == null || librariesNow == null) {
			return true;
		}
		return threadNames.stream().anyMatch(name -> name.startsWith(REAPER)) || !firstThreadsChildren.isBlank()
				|| !librariesAtStart.containsAll(librariesNow);
	}

	/** Shared libraries mapped from outside {@code java.home}; null where the map cannot be read. */
	static Set<String> foreignLibraries() {
		String maps;
		try {
			maps = Files.readString(MAPS, StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
		return foreignLibraries(maps, realJavaHome());
	}

	/** The map names files by their real paths; {@code java.home} may be reached through a link. */
	private static String realJavaHome() {
		String home = System.getProperty("java.home", "");
		try {
			return home.isEmpty() ? home : Path.of(home).toRealPath().toString();
		}
		catch (IOException | RuntimeException e) {
			return home;
		}
	}

	static Set<String> foreignLibraries(String maps, String javaHome) {
		Set<String> libraries = new TreeSet<>();
		for (String line : maps.split("\n")) {
			int path = line.indexOf('/');
			if (path < 0) {
				continue;
			}
			String file = line.substring(path);
			if (file.contains(".so") && (javaHome.isEmpty() || !file.startsWith(javaHome + "/"))) {
				libraries.add(file);
			}
		}
		return libraries;
	}
}
