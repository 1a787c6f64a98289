package dev.solo.launcher.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.apiguardian.api.API;

/**
 * Every JSON parser and generator of the command line: the documents it prints and writes through
 * jackson's streaming API from one factory, never an {@code ObjectMapper}, whose start costs more
 * CPU than those small documents; only the project model Solo's Maven extension hands the command
 * is bound to its records by jackson-databind, through the one mapper here, made on first use.
 */
@API(status = INTERNAL, since = "0.1")
public final class Json {
	private static final JsonFactory FACTORY = new JsonFactory();
	// A stream that outlives each document's generator (System.out) must not be closed with it.
	private static final JsonFactory LEAVING_OPEN = JsonFactory.builder()
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

	private Json() {
	}

	/** A generator of compact JSON to {@code out}, which it closes when it is closed. */
	public static JsonGenerator generator(OutputStream out) throws IOException {
		return FACTORY.createGenerator(out);
	}

	/** A generator of compact JSON to {@code out}, which stays open when the generator is closed. */
	public static JsonGenerator generatorLeavingOpen(OutputStream out) throws IOException {
		return LEAVING_OPEN.createGenerator(out);
	}

	/**
	 * A generator of one document to {@code out}, which stays open; indented as jackson's default
	 * pretty printer indents when {@code pretty}.
	 */
	public static JsonGenerator document(OutputStream out, boolean pretty) throws IOException {
		JsonGenerator json = generatorLeavingOpen(out);
		return pretty ? json.useDefaultPrettyPrinter() : json;
	}

	public static JsonParser parser(byte[] json) throws IOException {
		return FACTORY.createParser(json);
	}

	/** Writes {@code value}, a record, to {@code file} as indented JSON. */
	public static void writeRecord(Path file, Object value) throws IOException {
		Binding.MAPPER.writeValue(file.toFile(), value);
	}

	/** Reads a record of {@code type} that {@link #writeRecord} wrote. */
	public static <T> T readRecord(Path file, Class<T> type) throws IOException {
		return Binding.MAPPER.readValue(file.toFile(), type);
	}

	/** A holder: the mapper is made only by a command that reads or writes a project model. */
	private static final class Binding {
		static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}
}
