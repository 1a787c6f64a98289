package dev.solo.launcher;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.command.SoloCommand;

import org.apiguardian.api.API;

/**
 * The command's entry point: the boot calls {@link #execute} once the project's JUnit Platform is
 * loaded; {@link #main} runs the command on this JVM's own class path (the command's tests).
 */
@API(status = INTERNAL, since = "0.1")
public final class SoloMain {
	private SoloMain() {
	}

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/** Runs one command: its exit code. */
	public static int execute(String[] args) {
		return SoloCommand.commandLine().execute(args);
	}
}
