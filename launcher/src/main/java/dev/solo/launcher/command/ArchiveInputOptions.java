package dev.solo.launcher.command;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Where {@code run}, {@code list} and {@code show-config} take their tests from when they come
 * from {@code solo archive}.
 * The boot acts on these before the command starts (the archive holds the Platform the command
 * runs on); picocli only has to know them.
 */
final class ArchiveInputOptions {
	@Option(names = "--archive-file", paramLabel = "FILE",
			description = "Run the tests of an archive made by solo archive (no Maven needed).")
	Path archiveFile;

	@Option(names = "--extract-to", paramLabel = "DIR",
			description = "Extract the archive into this new or empty folder and keep it (default: a temporary folder).")
	Path extractTo;

	@Option(names = "--workspace-remap", paramLabel = "DIR",
			description = "The project's checkout on this machine: tests run in its folders (SOLO_WORKSPACE_ROOT).")
	Path workspaceRemap;
}
