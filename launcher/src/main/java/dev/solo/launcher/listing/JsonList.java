package dev.solo.launcher.listing;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.List;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

import org.apiguardian.api.API;

/**
 * {@code solo list}'s machine output: one JSON document, schema {@value #FORMAT_VERSION}
 * (README.md, "solo list"). A field's meaning never changes within a version; new fields may
 * appear.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonList {
	static final int FORMAT_VERSION = 1;

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private JsonList() {
	}

	public static void write(List<TestListing.Entry> entries, boolean pretty, PrintStream out) throws JsonProcessingException {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("format-version", FORMAT_VERSION);
		ArrayNode tests = document.putArray("tests");
		entries.forEach(entry -> tests.add(test(entry)));
		document.put("test-count", entries.stream().filter(TestListing.Entry::runs).count());
		out.println(pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document)
				: MAPPER.writeValueAsString(document));
	}

	private static ObjectNode test(TestListing.Entry entry) {
		ObjectNode test = MAPPER.createObjectNode();
		// A class path run is one module with no name; a Maven project run will name each.
		test.put("module", entry.module());
		test.put("class", entry.className());
		test.put("method", entry.methodName());
		test.put("name", entry.name());
		test.put("display-name", entry.displayName());
		test.put("unique-id", entry.uniqueId());
		test.put("kind", entry.container() ? "container" : "test");
		entry.tags().forEach(test.putArray("tags")::add);
		test.set("source", source(entry.source(), entry.sourceFile()));
		test.put("engine", entry.engine());
		test.put("ignored", entry.ignored());
		ObjectNode match = test.putObject("filter-match");
		match.put("matched", entry.runs());
		entry.skipReason().ifPresent(reason -> match.put("reason", reason));
		return test;
	}

	private static ObjectNode source(Optional<TestSource> source, Optional<Path> sourceFile) {
		if (source.isEmpty()) {
			return null;
		}
		ObjectNode node = MAPPER.createObjectNode();
		// A Maven project's test source file, found in the module's test source folders.
		sourceFile.ifPresent(f -> node.put("file", f.toString()));
		if (source.get() instanceof MethodSource method) {
			node.put("type", "method");
			node.put("class", method.getClassName());
			node.put("method", method.getMethodName());
			node.put("parameter-types", method.getMethodParameterTypes());
		}
		else if (source.get() instanceof ClassSource cls) {
			node.put("type", "class");
			node.put("class", cls.getClassName());
			node.put("line", cls.getPosition().map(FilePosition::getLine).orElse(null));
		}
		else if (source.get() instanceof FileSource file) {
			node.put("type", "file");
			node.put("file", file.getFile().getPath());
			node.put("line", file.getPosition().map(FilePosition::getLine).orElse(null));
		}
		else {
			node.put("type", "other");
			node.put("text", source.get().toString());
		}
		return node;
	}
}
