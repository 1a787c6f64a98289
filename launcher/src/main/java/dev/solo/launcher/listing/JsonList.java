package dev.solo.launcher.listing;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

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

	private JsonList() {
	}

	public static void write(List<TestListing.Entry> entries, boolean pretty, PrintStream out) throws IOException {
		try (JsonGenerator json = Json.document(out, pretty)) {
			json.writeStartObject();
			json.writeNumberField("format-version", FORMAT_VERSION);
			json.writeArrayFieldStart("tests");
			for (TestListing.Entry entry : entries) {
				test(json, entry);
			}
			json.writeEndArray();
			json.writeNumberField("test-count", entries.stream().filter(TestListing.Entry::runs).count());
			json.writeEndObject();
		}
		out.println();
	}

	private static void test(JsonGenerator json, TestListing.Entry entry) throws IOException {
		json.writeStartObject();
		// A class path run is one module with no name; a Maven project run will name each.
		json.writeStringField("module", entry.module());
		json.writeStringField("class", entry.className());
		json.writeStringField("method", entry.methodName());
		json.writeStringField("name", entry.name());
		json.writeStringField("display-name", entry.displayName());
		json.writeStringField("unique-id", entry.uniqueId());
		json.writeStringField("kind", entry.container() ? "container" : "test");
		json.writeArrayFieldStart("tags");
		for (String tag : entry.tags()) {
			json.writeString(tag);
		}
		json.writeEndArray();
		json.writeFieldName("source");
		source(json, entry.source(), entry.sourceFile());
		json.writeStringField("engine", entry.engine());
		json.writeBooleanField("ignored", entry.ignored());
		json.writeArrayFieldStart("setup-scripts");
		for (String script : entry.setupScripts()) {
			json.writeString(script);
		}
		json.writeEndArray();
		json.writeObjectFieldStart("filter-match");
		json.writeBooleanField("matched", entry.runs());
		if (entry.skipReason().isPresent()) {
			json.writeStringField("reason", entry.skipReason().get());
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void source(JsonGenerator json, Optional<TestSource> source, Optional<Path> sourceFile)
			throws IOException {
		if (source.isEmpty()) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		// A file source names its file; for the others, a Maven project's test source file, found
		// in the module's test source folders.
		Optional<String> file = source.get() instanceof FileSource fileSource
				? Optional.of(fileSource.getFile().getPath())
				: sourceFile.map(Path::toString);
		if (file.isPresent()) {
			json.writeStringField("file", file.get());
		}
		if (source.get() instanceof MethodSource method) {
			json.writeStringField("type", "method");
			json.writeStringField("class", method.getClassName());
			json.writeStringField("method", method.getMethodName());
			json.writeStringField("parameter-types", method.getMethodParameterTypes());
		}
		else if (source.get() instanceof ClassSource cls) {
			json.writeStringField("type", "class");
			json.writeStringField("class", cls.getClassName());
			line(json, cls.getPosition());
		}
		else if (source.get() instanceof FileSource fileSource) {
			json.writeStringField("type", "file");
			line(json, fileSource.getPosition());
		}
		else {
			json.writeStringField("type", "other");
			json.writeStringField("text", source.get().toString());
		}
		json.writeEndObject();
	}

	private static void line(JsonGenerator json, Optional<FilePosition> position) throws IOException {
		json.writeFieldName("line");
		if (position.isPresent()) {
			json.writeNumber(position.get().getLine());
		}
		else {
			json.writeNull();
		}
	}
}
