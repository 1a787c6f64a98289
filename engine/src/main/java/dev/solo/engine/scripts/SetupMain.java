package dev.solo.engine.scripts;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * The main class of a Java setup's JVM: {@code SetupMain <class> <env file> <ready file>}. Runs
 * {@link SoloSetup#setUp()}, writes what it returned to the env file as {@code KEY=VALUE} lines,
 * then creates the ready file; waits until its standard input ends (the host closes it for the
 * teardown, and so does a host that dies), runs {@link SoloSetup#tearDown()} and exits. Loads
 * nothing of Solo's but these two types.
 */
@API(status = INTERNAL, since = "0.1")
public final class SetupMain {
	private SetupMain() {
	}

	public static void main(String[] args) throws Exception {
		SoloSetup setup;
		try {
			Class<?> type = Class.forName(args[0], true, Thread.currentThread().getContextClassLoader());
			if (!SoloSetup.class.isAssignableFrom(type)) {
				System.err.println("solo: " + args[0] + " does not implement " + SoloSetup.class.getName());
				System.exit(2);
			}
			setup = (SoloSetup) type.getConstructor().newInstance();
		}
		catch (ReflectiveOperationException | LinkageError e) {
			System.err.println("solo: cannot create " + args[0] + ": " + e);
			System.exit(2);
			return;
		}
		Map<String, String> exported = setup.setUp();
		StringBuilder lines = new StringBuilder();
		if (exported != null) {
			for (Map.Entry<String, String> entry : exported.entrySet()) {
				String value = String.valueOf(entry.getValue());
				if (value.contains("\n") || value.contains("\r")) {
					System.err.println("solo: " + args[0] + ".setUp() returned a value of several lines for "
							+ entry.getKey());
					System.exit(2);
				}
				lines.append(entry.getKey()).append('=').append(value).append('\n');
			}
		}
		Files.writeString(Path.of(args[1]), lines, StandardCharsets.UTF_8);
		Files.createFile(Path.of(args[2]));
		awaitEnd(System.in);
		setup.tearDown();
		System.exit(0);
	}

	private static void awaitEnd(InputStream in) {
		try {
			while (in.read() >= 0) {
				// nothing is said on it: its end is the signal
			}
		}
		catch (IOException e) {
			// closed from the other side: the same
		}
	}
}
