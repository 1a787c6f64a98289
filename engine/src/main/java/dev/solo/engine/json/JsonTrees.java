package dev.solo.engine.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

/**
 * The engine's one way to JSON: jackson's tree model read and written through its streaming parser
 * and generator, never through an {@code ObjectMapper}: a mapper costs a test host ~0.2 s of CPU
 * to start, on every run, while the store's small files and the event log need none of what it
 * adds. Every parser and generator comes from the one factory here.
 *
 * <p>Not for the launcher: the engine's jar carries jackson relocated, so a jackson type in a
 * signature here is not the launcher's jackson at run time.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonTrees {
	private static final JsonFactory FACTORY = new JsonFactory();
	public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsonTrees() {
	}

	/** A generator writing compact JSON to {@code out}, which it closes when it is closed. */
	public static JsonGenerator generator(OutputStream out) throws IOException {
		return FACTORY.createGenerator(out);
	}

	/** A parser of {@code in}, which it closes when it is closed. */
	public static JsonParser parser(InputStream in) throws IOException {
		return FACTORY.createParser(in);
	}

	public static JsonNode read(byte[] json) throws IOException {
		try (JsonParser parser = FACTORY.createParser(json)) {
			return readOne(parser);
		}
	}

	public static JsonNode read(InputStream json) throws IOException {
		try (JsonParser parser = FACTORY.createParser(json)) {
			return readOne(parser);
		}
	}

	private static JsonNode readOne(JsonParser parser) throws IOException {
		if (parser.nextToken() == null) {
			throw new JsonParseException(parser, "empty, where a JSON document was expected");
		}
		JsonNode node = value(parser);
		if (parser.nextToken() != null) {
			throw new JsonParseException(parser, "more after the JSON document");
		}
		return node;
	}

	/** The values of a JSON Lines stream (or any sequence of root values), one at a time. */
	public static Iterator<JsonNode> values(JsonParser parser) {
		return new Iterator<>() {
			private JsonNode next;

			@Override
			public boolean hasNext() {
				if (next == null) {
					try {
						next = parser.nextToken() == null ? null : value(parser);
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
				return next != null;
			}

			@Override
			public JsonNode next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				JsonNode value = next;
				next = null;
				return value;
			}
		};
	}

	/** The value the parser is at, and everything inside it. */
	private static JsonNode value(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> {
				ObjectNode object = NODES.objectNode();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					object.set(name, value(parser));
				}
				yield object;
			}
			case START_ARRAY -> {
				ArrayNode array = NODES.arrayNode();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					if (parser.currentToken() == null) {
						throw new JsonParseException(parser, "the JSON ends inside an array");
					}
					array.add(value(parser));
				}
				yield array;
			}
			case VALUE_STRING -> NODES.textNode(parser.getText());
			case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
			case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
			case VALUE_TRUE -> NODES.booleanNode(true);
			case VALUE_FALSE -> NODES.booleanNode(false);
			case VALUE_NULL -> NODES.nullNode();
			default -> throw new JsonParseException(parser, "unexpected " + token);
		};
	}

	/** {@code node} as pretty-printed JSON, for files people may read. */
	public static byte[] bytes(JsonNode node) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator json = FACTORY.createGenerator(out)) {
			json.useDefaultPrettyPrinter();
			write(json, node);
		}
		return out.toByteArray();
	}

	private static void write(JsonGenerator json, JsonNode node) throws IOException {
		switch (node.getNodeType()) {
			case OBJECT -> {
				json.writeStartObject();
				for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
					Map.Entry<String, JsonNode> field = fields.next();
					json.writeFieldName(field.getKey());
					write(json, field.getValue());
				}
				json.writeEndObject();
			}
			case ARRAY -> {
				json.writeStartArray();
				for (JsonNode element : node) {
					write(json, element);
				}
				json.writeEndArray();
			}
			case STRING -> json.writeString(node.textValue());
			case NUMBER -> {
				if (node.isIntegralNumber()) {
					json.writeNumber(node.longValue());
				}
				else {
					json.writeNumber(node.doubleValue());
				}
			}
			case BOOLEAN -> json.writeBoolean(node.booleanValue());
			default -> json.writeNull();
		}
	}
}
