package dev.solo.launcher;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.boot.BootFacts;
import dev.solo.launcher.command.SoloCommand;

import java.util.Map;

import org.apiguardian.api.API;

/**
 * The command's entry point: the boot calls {@link #execute(String[], Map)} once the project's
 * JUnit Platform is loaded; {@link #main} runs the command on this JVM's own class path, without
 * the boot (the command's own tests).
 */
@API(status = INTERNAL, since = "0.1")
public final class SoloMain {
	private SoloMain() {
	}

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/** Runs one command without the boot: its exit code. */
	public static int execute(String[] args) {
		return SoloCommand.commandLine(BootFacts.unbooted()).execute(args);
	}

	/**
	 * Runs one command under the boot, given what it learned ({@link BootFacts#asText()}): text,
	 * as the boot's class loader and this one share no class but the JDK's.
	 */
	public static int execute(String[] args, Map<String, String> boot) {
		return SoloCommand.commandLine(BootFacts.fromText(boot)).execute(args);
	}
}
