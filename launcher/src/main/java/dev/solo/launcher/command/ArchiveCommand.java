package dev.solo.launcher.command;

import dev.solo.engine.config.Settings;
import dev.solo.engine.store.RecordedDurations;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.archive.ArchiveManifest;
import dev.solo.launcher.archive.ArchiveWriter;
import dev.solo.launcher.archive.ProjectArchive;
import dev.solo.launcher.listing.TestListing;
import dev.solo.launcher.maven.ProjectModel;
import dev.solo.launcher.project.ProjectModules;

import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solo archive}, as {@code cargo nextest archive}: a project's compiled tests, their class
 * paths and Surefire settings in one {@code .tar.zst}, so that {@code solo run --archive-file}
 * runs them on a machine without Maven or {@code target/}; or a {@code -cp} class path with its
 * selectors, so that the archive runs what {@code solo run -cp} would, where none of its paths
 * exist. The tests are listed first, as {@code list} lists them: a project whose tests cannot be
 * discovered is not archived.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
		description = "Archive a Maven project's compiled tests, or a class path's (-cp with --scan-class-path or "
				+ "--select-*), to run them elsewhere with run --archive-file.")
final class ArchiveCommand implements Callable<Integer> {
	@Mixin
	SelectionOptions selection;

	@Option(names = "--archive-file", required = true, paramLabel = "FILE", description = "The archive to write (.tar.zst).")
	Path archiveFile;

	@Option(names = "--zstd-level", paramLabel = "LEVEL",
			description = "zstd compression level, " + ArchiveWriter.MIN_LEVEL + " to " + ArchiveWriter.MAX_LEVEL
					+ " (default: 0, zstd's own default).")
	int zstdLevel = ArchiveWriter.DEFAULT_LEVEL;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	ArchiveCommand(ProjectModules modules) {
		selection = new SelectionOptions(modules);
	}

	@Override
	public Integer call() throws Exception {
		if (zstdLevel < ArchiveWriter.MIN_LEVEL || zstdLevel > ArchiveWriter.MAX_LEVEL) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--zstd-level " + zstdLevel
					+ " is out of range: give " + ArchiveWriter.MIN_LEVEL + " to " + ArchiveWriter.MAX_LEVEL);
		}
		if (selection.partition != null) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--partition picks a shard when the archive "
					+ "runs: give it to run --archive-file, so that every shard runs from one archive");
		}
		Optional<ProjectModel> maven = selection.modules().project();
		if (maven.isEmpty() && selection.classPath.isEmpty()) {
			System.err.println("error: solo archive reads a Maven project or a class path: run it inside a project, "
					+ "or give --maven DIR or -cp PATH");
			return ExitCodes.SETUP_ERROR;
		}
		// A class path is archived as the one module a -cp run has, so the archive runs what it would.
		ProjectModel project = maven.orElseGet(() -> selection.modules().classPathProject(selection));
		Map<String, String> parameters = selection.parameters();
		TestListing.Discovered discovered = TestListing.discover(selection, parameters);
		if (discovered.exitCode() != ExitCodes.OK) {
			return discovered.exitCode();
		}
		Map<String, List<String>> tests = testsByModule(project, discovered.entries());
		ProjectArchive.Written written;
		Path durations = null;
		try {
			durations = durations(discovered.settings(), tests);
			written = ProjectArchive.write(project, tests, recordedSelection(parameters),
					Optional.ofNullable(durations), archiveFile, zstdLevel);
		}
		catch (IOException | RuntimeException e) {
			System.err.println("error: cannot write the archive " + archiveFile + ": " + e.getMessage());
			return ExitCodes.ARCHIVE_CREATION_FAILED;
		}
		finally {
			if (durations != null) {
				Files.deleteIfExists(durations);
			}
		}
		System.err.printf("    Archived %d %s of %d %s into %s (%s)%n", written.tests(),
				written.tests() == 1 ? "test" : "tests", written.modules(), written.modules() == 1 ? "module" : "modules",
				archiveFile, size(written.bytes()));
		return written.tests() > 0 ? ExitCodes.OK : selection.whenEmpty("archive");
	}

	/**
	 * The archived tests' durations this machine's store knows, as a file for the archive, so that
	 * every shard run from it balances {@code duration:} partitions alike; null when none is known
	 * (or no Solo engine read settings, to know where the store is).
	 */
	private static Path durations(Optional<Settings> settings, Map<String, List<String>> tests) throws IOException {
		if (settings.isEmpty()) {
			return null;
		}
		Map<String, Long> known = RecordedDurations.known(settings.get());
		Map<String, Long> archived = new TreeMap<>();
		tests.values().forEach(ids -> ids.forEach(id -> Optional.ofNullable(known.get(id))
				.ifPresent(ms -> archived.put(id, ms))));
		if (archived.isEmpty()) {
			return null;
		}
		Path file = Files.createTempFile("solo-durations-", ".json");
		RecordedDurations.write(archived, file);
		return file;
	}

	/** The units that would run, by module; a one-module project's tests carry no module name. */
	private static Map<String, List<String>> testsByModule(ProjectModel project, List<TestListing.Entry> entries) {
		List<ProjectModel.Module> runnable = project.modules().stream().filter(m -> m.skipReason().isEmpty()).toList();
		Map<String, List<String>> tests = new LinkedHashMap<>();
		for (TestListing.Entry entry : entries) {
			if (entry.runs()) {
				String module = entry.module().isEmpty() && runnable.size() == 1 ? runnable.get(0).name() : entry.module();
				tests.computeIfAbsent(module, m -> new ArrayList<>()).add(entry.uniqueId());
			}
		}
		return tests;
	}

	/** What a run of the archive selects within: this command's own selection options. */
	private ArchiveManifest.Selection recordedSelection(Map<String, String> parameters) {
		return new ArchiveManifest.Selection(Optional.ofNullable(parameters.get("solo.filter")), selection.includeTags,
				selection.excludeTags, selection.includeClassNamePatterns(), selection.excludeClassNames);
	}

	private static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KiB", bytes / 1024.0);
		}
		return String.format("%.1f MiB", bytes / (1024.0 * 1024));
	}
}
