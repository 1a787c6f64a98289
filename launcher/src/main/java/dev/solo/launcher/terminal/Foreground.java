package dev.solo.launcher.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this JVM is in its terminal's foreground process group, the one the terminal lets read
 * it and set its mode: Linux says so in {@code /proc/self/stat} (the process group, field 5, and
 * the terminal's foreground group, field 8). Elsewhere there is no such file, and a JVM started
 * from a shell's prompt is taken to be in the foreground.
 */
final class Foreground {
	private static final Path STAT = Path.of("/proc/self/stat");

	private Foreground() {
	}

	static boolean isForeground() {
		if (!Files.isReadable(STAT)) {
			return true;
		}
		try {
			String stat = Files.readString(STAT);
			// After the command's name, which is in parentheses and may hold spaces.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields[0] is field 3 (state): the process group is field 5, the foreground group field 8.
			return fields[2].equals(fields[5]);
		}
		catch (IOException | RuntimeException e) {
			return true;
		}
	}
}
