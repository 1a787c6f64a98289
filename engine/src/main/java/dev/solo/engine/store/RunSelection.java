package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

/**
 * Which tests a chain of reruns is about: what the run that started it selected them by, its
 * filterset ({@code solo.filter}), its partition ({@code solo.partition}, Bazel's sharding) and
 * {@code solo.run-ignored}. A rerun applies them again, so that the tests outside them are not
 * taken for new ones; the rerun's own filter narrows that rerun alone, as nextest's does, and the
 * chain keeps the first run's. Written when a run starts, in its {@code selection.json}: a run cut
 * short keeps it.
 *
 * @param partition the partition's spec ({@code hash:1/2})
 * @param runIgnored {@code only} or {@code all}; empty for the default
 */
@API(status = INTERNAL, since = "0.1")
public record RunSelection(Optional<String> filter, Optional<String> partition, Optional<String> runIgnored) {
	public static final String FILE = "selection.json";

	/** A run that narrowed nothing: every test it discovered was its. */
	public static final RunSelection EVERYTHING = new RunSelection(Optional.empty());

	/** A run selected by a filter alone. */
	public RunSelection(Optional<String> filter) {
		this(filter, Optional.empty(), Optional.empty());
	}

	public void write(Path folder) throws IOException {
		ObjectNode root = JsonTrees.NODES.objectNode();
		root.put("format-version", 1);
		filter.ifPresent(f -> root.put("filter", f));
		partition.ifPresent(p -> root.put("partition", p));
		runIgnored.ifPresent(r -> root.put("run-ignored", r));
		OwnerOnlyFiles.writeAtomically(folder.resolve(FILE), JsonTrees.bytes(root));
	}

	/**
	 * The selection a run wrote; {@link #EVERYTHING} for a run recorded before runs wrote one.
	 * A file that does not read is a damaged record, which a rerun must not read as "everything".
	 */
	public static RunSelection read(Path folder) throws RecordException {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return EVERYTHING;
		}
		try {
			JsonNode root = JsonTrees.read(Files.readAllBytes(file));
			return new RunSelection(text(root, "filter"), text(root, "partition"), text(root, "run-ignored"));
		}
		catch (IOException | RuntimeException e) {
			throw new RecordException(FILE + ": " + e.getMessage(), e);
		}
	}

	private static Optional<String> text(JsonNode root, String field) {
		JsonNode value = root.path(field);
		return value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
	}
}
