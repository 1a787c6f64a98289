package dev.solo.engine.record;

import dev.solo.engine.events.MemoryUse;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An attempt's {@link MemoryUse} as JSON, one object in the record and in {@code --message-format
 * json} alike: {@code {"peak-rss-bytes":…,"peak-heap-bytes":…,"gc-count":…,"gc-ms":…}}, each field
 * present only where measured, the object absent when nothing was. The launcher writes the same
 * object in {@code --message-format json} with its own Jackson (this one is shaded).
 */
final class MemoryJson {
	static final String FIELD = "memory";

	private MemoryJson() {
	}

	static void write(JsonGenerator json, MemoryUse memory) throws IOException {
		if (!memory.isKnown()) {
			return;
		}
		json.writeObjectFieldStart(FIELD);
		known(json, "peak-rss-bytes", memory.peakRssBytes());
		known(json, "peak-heap-bytes", memory.peakHeapBytes());
		known(json, "gc-count", memory.gcCount());
		known(json, "gc-ms", memory.gcMillis());
		json.writeEndObject();
	}

	/** What {@link #write} wrote under {@link #FIELD} of {@code parent}; unknown when absent (an older record). */
	static MemoryUse read(JsonNode parent) {
		JsonNode node = parent.path(FIELD);
		if (!node.isObject()) {
			return MemoryUse.UNKNOWN;
		}
		return new MemoryUse(node.path("peak-rss-bytes").asLong(-1), node.path("peak-heap-bytes").asLong(-1),
				node.path("gc-count").asLong(-1), node.path("gc-ms").asLong(-1));
	}

	private static void known(JsonGenerator json, String field, long value) throws IOException {
		if (value >= 0) {
			json.writeNumberField(field, value);
		}
	}
}
