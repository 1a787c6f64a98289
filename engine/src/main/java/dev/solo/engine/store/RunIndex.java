package dev.solo.engine.store;

import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The store's files of summaries: {@code index.json} (all runs, what listing reads) and each
 * run's {@code run.json} (its own copy, from which a lost or damaged index is rebuilt). Writes
 * replace a file whole, so a reader without the lock still reads one version or the other.
 */
final class RunIndex {
	/** Newest first; the id breaks ties so that every reader sees one order. */
	static final Comparator<RunSummary> NEWEST_FIRST = Comparator.comparing(RunSummary::started).reversed()
			.thenComparing(RunSummary::runId);

	private final Path folder;

	RunIndex(Path folder) {
		this.folder = folder;
	}

	Path indexFile() {
		return folder.resolve("index.json");
	}

	Path runsFolder() {
		return folder.resolve("runs");
	}

	Path runFolder(UUID runId) {
		return runsFolder().resolve(runId.toString());
	}

	/**
	 * The indexed runs, newest first; empty where {@code index.json} is missing or damaged. One
	 * of a newer format is an error: rebuilding it would lose what the newer Solo wrote.
	 */
	Optional<List<RunSummary>> read() throws IOException {
		Path indexFile = indexFile();
		Optional<FileStamp> stamp = FileStamp.of(indexFile);
		if (stamp.isEmpty()) {
			return Optional.empty();
		}
		Parsed cached = PARSED.get(indexFile);
		if (cached != null && cached.stamp().sameAs(stamp.get())) {
			return Optional.of(cached.runs());
		}
		Optional<List<RunSummary>> runs = parse(indexFile);
		runs.ifPresent(r -> PARSED.put(indexFile, new Parsed(stamp.get(), r)));
		return runs;
	}

	private Optional<List<RunSummary>> parse(Path indexFile) throws IOException {
		JsonNode file;
		try {
			file = JsonTrees.read(Files.readAllBytes(indexFile));
		}
		catch (NoSuchFileException missing) {
			return Optional.empty();
		}
		catch (JsonProcessingException damaged) {
			return Optional.empty();
		}
		if (file == null || !file.isObject() || !file.path("runs").isArray()) {
			return Optional.empty();
		}
		int version = SummaryJson.formatVersion(file);
		if (version > SummaryJson.FORMAT_VERSION) {
			throw new IOException(indexFile + " was written by a newer Solo (format " + version
					+ "); this one reads format " + SummaryJson.FORMAT_VERSION);
		}
		if (version < 1) {
			return Optional.empty();
		}
		List<RunSummary> runs = new ArrayList<>();
		for (JsonNode entry : file.get("runs")) {
			try {
				runs.add(SummaryJson.read(entry));
			}
			catch (IOException damagedEntry) {
				return Optional.empty();
			}
		}
		runs.sort(NEWEST_FIRST);
		return Optional.of(List.copyOf(runs));
	}

	void write(List<RunSummary> runs) throws IOException {
		ObjectNode file = JsonTrees.NODES.objectNode();
		file.put("format-version", SummaryJson.FORMAT_VERSION);
		ArrayNode entries = file.putArray("runs");
		List<RunSummary> sorted = runs.stream().sorted(NEWEST_FIRST).toList();
		sorted.stream().map(SummaryJson::write).forEach(entries::add);
		Path indexFile = indexFile();
		OwnerOnlyFiles.writeAtomically(indexFile, JsonTrees.bytes(file));
		Optional<FileStamp> stamp = FileStamp.of(indexFile);
		if (stamp.isPresent()) {
			PARSED.put(indexFile, new Parsed(stamp.get(), sorted));
		}
		else {
			PARSED.remove(indexFile);
		}
	}

	/**
	 * The index as this JVM last read or wrote it, by file: a run reads it when it starts (the
	 * durations), when its recording starts and ends, and when it prunes, and each parse of a
	 * long-lived store's index cost a run more CPU than its own test's bookkeeping. A file replaced
	 * since (by another run: every write is a new file) has another stamp, and is read again.
	 */
	private static final Map<Path, Parsed> PARSED = new ConcurrentHashMap<>();

	private record Parsed(FileStamp stamp, List<RunSummary> runs) {
	}

	/** What tells one version of a file from another without reading it: each write makes a new file. */
	private record FileStamp(Object fileKey, long modifiedNanos, long size) {
		/** Not {@code equals}: a record's is bootstrapped through method handles, which cost more than it saves here. */
		boolean sameAs(FileStamp other) {
			return modifiedNanos == other.modifiedNanos && size == other.size && Objects.equals(fileKey, other.fileKey);
		}

		static Optional<FileStamp> of(Path file) throws IOException {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return Optional.of(new FileStamp(attributes.fileKey(),
						attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.size()));
			}
			catch (NoSuchFileException missing) {
				return Optional.empty();
			}
		}
	}

	void writeRun(RunSummary run) throws IOException {
		ObjectNode file = JsonTrees.NODES.objectNode();
		file.put("format-version", SummaryJson.FORMAT_VERSION);
		file.setAll(SummaryJson.write(run));
		Path runFile = runFolder(run.runId()).resolve("run.json");
		OwnerOnlyFiles.writeAtomically(runFile, JsonTrees.bytes(file));
	}

	/** The summaries of the run folders that hold a readable {@code run.json} of a known format, newest first. */
	List<RunSummary> rebuild() throws IOException {
		List<RunSummary> runs = new ArrayList<>();
		for (Path runFolder : runFolders()) {
			readRun(runFolder).ifPresent(runs::add);
		}
		runs.sort(NEWEST_FIRST);
		return List.copyOf(runs);
	}

	/** The run folders under {@code runs/}, read or not. */
	List<Path> runFolders() throws IOException {
		List<Path> folders = new ArrayList<>();
		if (!Files.isDirectory(runsFolder())) {
			return folders;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(runsFolder(), Files::isDirectory)) {
			entries.forEach(folders::add);
		}
		return folders;
	}

	/** A run folder's summary, if its {@code run.json} is whole, of a known format, and names the folder's run. */
	Optional<RunSummary> readRun(Path runFolder) {
		try {
			JsonNode file = JsonTrees.read(Files.readAllBytes(runFolder.resolve("run.json")));
			if (file == null || SummaryJson.formatVersion(file) != SummaryJson.FORMAT_VERSION) {
				return Optional.empty();
			}
			RunSummary run = SummaryJson.read(file);
			return run.runId().toString().equals(runFolder.getFileName().toString()) ? Optional.of(run)
					: Optional.empty();
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
	}
}
