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
 * Which tests a chain of reruns is about: the filterset ({@code solo.filter}) of the run that
 * started it. A rerun applies it again, so that the tests outside it are not taken for new ones;
 * the rerun's own filter narrows that rerun alone, as nextest's does, and the chain keeps the
 * first run's. Written when a run starts, in its {@code selection.json}: a run cut short keeps it.
 */
@API(status = INTERNAL, since = "0.1")
public record RunSelection(Optional<String> filter) {
	public static final String FILE = "selection.json";

	/** A run that narrowed nothing: every test it discovered was its. */
	public static final RunSelection EVERYTHING = new RunSelection(Optional.empty());

	public void write(Path folder) throws IOException {
		ObjectNode root = JsonTrees.NODES.objectNode();
		root.put("format-version", 1);
		filter.ifPresent(f -> root.put("filter", f));
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
			JsonNode filter = root.path("filter");
			return new RunSelection(filter.isTextual() ? Optional.of(filter.textValue()) : Optional.empty());
		}
		catch (IOException | RuntimeException e) {
			throw new RecordException(FILE + ": " + e.getMessage(), e);
		}
	}
}
