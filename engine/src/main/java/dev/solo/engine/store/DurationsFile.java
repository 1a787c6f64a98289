package dev.solo.engine.store;

import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A file of unit durations, {@code {"format":1,"durations":{"<unit id>":<ms>,...}}} with the ids
 * sorted, so that every shard of a CI run can be given the same durations (an archive carries one).
 * A reader refuses a newer format rather than guess at it: shards that read durations differently
 * would no longer be disjoint.
 */
final class DurationsFile {
	static final int FORMAT = 1;

	private DurationsFile() {
	}

	static void write(Map<String, Long> durations, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = JsonTrees.generator(out)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeNumberField("format", FORMAT);
			json.writeObjectFieldStart("durations");
			for (Map.Entry<String, Long> entry : new TreeMap<>(durations).entrySet()) {
				json.writeNumberField(entry.getKey(), entry.getValue());
			}
			json.writeEndObject();
			json.writeEndObject();
		}
	}

	static Map<String, Long> read(Path file) throws IOException {
		JsonNode root;
		try {
			root = JsonTrees.read(Files.readAllBytes(file));
		}
		catch (NoSuchFileException e) {
			throw problem(file, "no such file");
		}
		catch (JsonProcessingException e) {
			throw problem(file, "not JSON: " + e.getOriginalMessage());
		}
		catch (IOException e) {
			throw problem(file, "cannot be read: " + e.getMessage());
		}
		if (!root.isObject()) {
			throw problem(file, "expected an object with format and durations");
		}
		JsonNode format = root.get("format");
		if (format == null || !format.canConvertToInt() || !format.isIntegralNumber()) {
			throw problem(file, "no format number");
		}
		if (format.intValue() > FORMAT) {
			throw problem(file, "format " + format.intValue() + " was written by a newer Solo; this one reads format "
					+ FORMAT);
		}
		if (format.intValue() < FORMAT) {
			throw problem(file, "unknown format " + format.intValue());
		}
		JsonNode durations = root.get("durations");
		if (durations == null || !durations.isObject()) {
			throw problem(file, "no durations object");
		}
		Map<String, Long> read = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : durations.properties()) {
			JsonNode ms = entry.getValue();
			if (!ms.isIntegralNumber() || !ms.canConvertToLong() || ms.longValue() < 0) {
				throw problem(file, "the duration of " + entry.getKey() + " is not a whole number of ms: " + ms);
			}
			read.put(entry.getKey(), ms.longValue());
		}
		return read;
	}

	/** One line, whatever the cause said: it ends up in a {@code SettingsException}. */
	private static IOException problem(Path file, String what) {
		return new IOException(("durations file " + file + ": " + what).replaceAll("\\R+", " "));
	}
}
