package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.compress.Zstd;
import dev.solo.engine.events.Artifact;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RunStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import org.apiguardian.api.API;

/**
 * A recorded run's artifacts: copied into its run folder as each attempt ends, under
 * {@code artifacts/<test>/<attempt>/<file>}, zstd-compressed ({@code .zst}) as its log is, so
 * they are counted and pruned with the run; named in the event log with their sizes; and
 * extracted again by {@code solo replay --artifacts}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class StoredArtifacts {
	static final String FOLDER = "artifacts";
	private static final String COMPRESSED = ".zst";
	private static final int ZSTD_LEVEL = 3;

	/** One artifact of a recorded run, with the test and attempt it belongs to. */
	public record Stored(String test, int attempt, Artifact artifact) {
	}

	private StoredArtifacts() {
	}

	static void write(JsonGenerator json, List<Artifact> artifacts) throws IOException {
		if (artifacts.isEmpty()) {
			return;
		}
		json.writeArrayFieldStart("artifacts");
		for (Artifact artifact : artifacts) {
			json.writeStartObject();
			json.writeStringField("file", artifact.relative());
			json.writeNumberField("size", artifact.size());
			json.writeStringField("path", artifact.path().toString());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	static List<Artifact> read(JsonNode array) {
		List<Artifact> artifacts = new ArrayList<>();
		array.forEach(node -> artifacts.add(new Artifact(Path.of(node.path("path").asText(node.path("file").asText())),
				node.path("file").asText(), node.path("size").asLong())));
		return artifacts;
	}

	/** Copies {@code artifacts} into {@code runFolder}, compressed when the log is. */
	static void keep(Path runFolder, List<Artifact> artifacts, boolean compressed) throws IOException {
		for (Artifact artifact : artifacts) {
			Path target = storedPath(runFolder, artifact, compressed);
			OwnerOnlyFiles.folder(target.getParent());
			OwnerOnlyFiles.file(target);
			try (OutputStream file = Files.newOutputStream(target);
					OutputStream out = compressed ? Zstd.compress(file, ZSTD_LEVEL) : file) {
				Files.copy(artifact.path(), out);
			}
		}
	}

	/** Every artifact {@code run} recorded, attempt by attempt in the order they ended. */
	public static List<Stored> of(RecordedRun run) {
		List<Stored> stored = new ArrayList<>();
		for (RunEvent event : run.events()) {
			if (event instanceof RunEvent.AttemptFinished finished) {
				for (Artifact artifact : finished.attempt().artifacts()) {
					stored.add(new Stored(finished.unit().name(), finished.attempt().number(), artifact));
				}
			}
		}
		return stored;
	}

	/**
	 * Writes {@code run}'s artifacts under {@code target} as {@code <test>/<attempt>/<file>}.
	 *
	 * @return the files written
	 * @throws RecordException naming the artifact the store no longer holds or that cannot be written
	 */
	public static List<Path> extract(RunStore store, RecordedRun run, Path target) throws RecordException {
		Path runFolder = store.runFolder(run.summary().runId());
		Path into = target.toAbsolutePath().normalize();
		List<Path> written = new ArrayList<>();
		for (Stored stored : of(run)) {
			Artifact artifact = stored.artifact();
			Path file = into.resolve(artifact.relative()).normalize();
			if (!file.startsWith(into) || file.equals(into)) {
				throw new RecordException("artifact '" + artifact.relative() + "' of run " + run.summary().runId()
						+ " would be written outside " + into);
			}
			boolean compressed = Files.exists(storedPath(runFolder, artifact, true));
			Path source = storedPath(runFolder, artifact, compressed);
			try (InputStream raw = Files.newInputStream(source);
					InputStream in = compressed ? Zstd.decompress(raw) : raw) {
				Files.createDirectories(file.getParent());
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException e) {
				throw new RecordException("artifact '" + artifact.relative() + "' of run " + run.summary().runId()
						+ " cannot be extracted: " + e, e);
			}
			written.add(file);
		}
		return written;
	}

	/** What a run's artifacts take in the store; 0 when it kept none. */
	public static long bytesInStore(RunStore store, java.util.UUID runId) throws IOException {
		Path folder = store.runFolder(runId).resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		long bytes = 0;
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				bytes += Files.size(file);
			}
		}
		return bytes;
	}

	private static Path storedPath(Path runFolder, Artifact artifact, boolean compressed) {
		return runFolder.resolve(FOLDER).resolve(artifact.relative() + (compressed ? COMPRESSED : ""));
	}
}
