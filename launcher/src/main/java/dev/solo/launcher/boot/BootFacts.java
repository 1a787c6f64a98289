package dev.solo.launcher.boot;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What the boot learned before the command started, handed to the command's entry point. As
 * text: the boot and the command are in class loaders that share no class but the JDK's.
 *
 * @param booted whether the command runs under the boot, whose class path is the project's alone;
 *        not so in-process (the command's own tests), where the JVM's class path is the test class path
 * @param projectFile the Maven project the boot read (a JSON file), when the tests come from one
 * @param reportBase where reports go when that is not the working directory (a run of an archive,
 *        whose working directory is a temporary extraction): the folder solo was started in
 * @param durationsFile the durations file an archive brought, for {@code solo.durations-file}
 * @param workingDirectory the folder the command works in when not the one it was started in:
 *        {@code --maven DIR}, as {@code cd DIR}, or an archive's workspace. Java cannot change its
 *        own working directory, so it is handed on, to the engine as {@code solo.working-directory}
 */
@API(status = INTERNAL, since = "0.1")
public record BootFacts(boolean booted, Optional<Path> projectFile, Optional<Path> reportBase,
		Optional<Path> durationsFile, Optional<Path> workingDirectory) {
	private static final String PROJECT_FILE = "project-file";
	private static final String REPORT_BASE = "report-base";
	private static final String DURATIONS_FILE = "durations-file";
	private static final String WORKING_DIRECTORY = "working-directory";

	/** The command started without the boot: on this JVM's class path, no project read for it. */
	public static BootFacts unbooted() {
		return new BootFacts(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	/** The boot's start: under it, nothing learned yet. */
	public static BootFacts start() {
		return new BootFacts(true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	/** What the boot handed over, as {@link #asText()} wrote it. */
	public static BootFacts fromText(Map<String, String> text) {
		return new BootFacts(true, path(text, PROJECT_FILE), path(text, REPORT_BASE), path(text, DURATIONS_FILE),
				path(text, WORKING_DIRECTORY));
	}

	/** The boot's side: what it learned, for {@link #fromText} in the command's class loader. */
	public Map<String, String> asText() {
		Map<String, String> text = new LinkedHashMap<>();
		projectFile.ifPresent(p -> text.put(PROJECT_FILE, p.toString()));
		reportBase.ifPresent(p -> text.put(REPORT_BASE, p.toString()));
		durationsFile.ifPresent(p -> text.put(DURATIONS_FILE, p.toString()));
		workingDirectory.ifPresent(p -> text.put(WORKING_DIRECTORY, p.toString()));
		return text;
	}

	public BootFacts withProjectFile(Path file) {
		return new BootFacts(booted, Optional.of(file), reportBase, durationsFile, workingDirectory);
	}

	/** A run of an archive: reports go to {@code base}; the archive's durations, if it brought them. */
	public BootFacts withArchive(Path base, Optional<Path> durations) {
		return new BootFacts(booted, projectFile, Optional.of(base), durations, workingDirectory);
	}

	public BootFacts withWorkingDirectory(Path dir) {
		return new BootFacts(booted, projectFile, reportBase, durationsFile,
				Optional.of(dir.toAbsolutePath().normalize()));
	}

	/** Where the command works: the folder given, else the one it was started in. */
	public Path directory() {
		return workingDirectory.orElseGet(() -> Path.of(System.getProperty("user.dir")));
	}

	private static Optional<Path> path(Map<String, String> text, String key) {
		return Optional.ofNullable(text.get(key)).map(Path::of);
	}
}
