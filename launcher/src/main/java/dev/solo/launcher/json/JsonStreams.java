package dev.solo.launcher.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.apiguardian.api.API;

/**
 * Every JSON parser and generator of the command line, through jackson's streaming API, never an
 * {@code ObjectMapper}, whose start costs more CPU than the small documents the launcher writes.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonStreams {
	private static final JsonFactory FACTORY = new JsonFactory();
	// A stream that outlives each document's generator (System.out) must not be closed with it.
	private static final JsonFactory LEAVING_OPEN = JsonFactory.builder()
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

	private JsonStreams() {
	}

	/** A generator of compact JSON to {@code out}, which it closes when it is closed. */
	public static JsonGenerator generator(OutputStream out) throws IOException {
		return FACTORY.createGenerator(out);
	}

	/** A generator of compact JSON to {@code out}, which stays open when the generator is closed. */
	public static JsonGenerator generatorLeavingOpen(OutputStream out) throws IOException {
		return LEAVING_OPEN.createGenerator(out);
	}

	public static JsonParser parser(byte[] json) throws IOException {
		return FACTORY.createParser(json);
	}
}
