package dev.solo.launcher.output;

import dev.solo.engine.events.MemoryUse;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An attempt's memory in {@code --message-format json}, the object the record keeps too
 * ({@code dev.solo.engine.record.MemoryJson}, written with the engine's own, shaded, Jackson):
 * {@code "memory":{"peak-rss-bytes":…,"peak-heap-bytes":…,"gc-count":…,"gc-ms":…}}, each field
 * present only where measured, the object absent when nothing was.
 */
final class MemoryFields {
	private MemoryFields() {
	}

	static void write(JsonGenerator json, MemoryUse memory) throws IOException {
		if (!memory.isKnown()) {
			return;
		}
		json.writeObjectFieldStart("memory");
		known(json, "peak-rss-bytes", memory.peakRssBytes());
		known(json, "peak-heap-bytes", memory.peakHeapBytes());
		known(json, "gc-count", memory.gcCount());
		known(json, "gc-ms", memory.gcMillis());
		json.writeEndObject();
	}

	private static void known(JsonGenerator json, String field, long value) throws IOException {
		if (value >= 0) {
			json.writeNumberField(field, value);
		}
	}
}
