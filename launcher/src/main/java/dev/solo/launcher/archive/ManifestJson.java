package dev.solo.launcher.archive;

import dev.solo.launcher.json.Json;
import dev.solo.launcher.maven.SelectorText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@link ArchiveManifest} to and from JSON, through jackson's streaming API as the store does
 * (an {@code ObjectMapper} costs more to make than this file costs to read). Reading goes through
 * plain maps and lists first, so that a newer format is recognised by its version before any of
 * its fields are taken for this format's.
 */
final class ManifestJson {
	private ManifestJson() {
	}

	static byte[] write(ArchiveManifest manifest) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator json = Json.generator(bytes)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeNumberField("format-version", ArchiveManifest.FORMAT_VERSION);
			json.writeStringField("solo-version", manifest.soloVersion());
			json.writeStringField("java-version", manifest.javaVersion());
			json.writeStringField("workspace-root", manifest.workspaceRoot());
			map(json, "origins", manifest.origins());
			strings(json, "platform-extras", manifest.platformExtras());
			ArchiveManifest.Selection selection = manifest.selection();
			json.writeObjectFieldStart("selection");
			optional(json, "filter", selection.filter());
			strings(json, "include-tags", selection.includeTags());
			strings(json, "exclude-tags", selection.excludeTags());
			strings(json, "include-classnames", selection.includeClassNames());
			strings(json, "exclude-classnames", selection.excludeClassNames());
			json.writeEndObject();
			json.writeArrayFieldStart("modules");
			for (ArchiveManifest.Module module : manifest.modules()) {
				json.writeStartObject();
				json.writeStringField("name", module.name());
				json.writeStringField("working-directory", module.workingDirectory());
				strings(json, "class-path", module.classPath());
				optional(json, "test-classes", module.testClasses());
				strings(json, "test-sources", module.testSources());
				strings(json, "jvm-options", module.jvmOptions());
				map(json, "environment", module.environment());
				map(json, "configuration", module.configuration());
				strings(json, "includes", module.includes());
				strings(json, "excludes", module.excludes());
				optional(json, "groups", module.groups());
				optional(json, "excluded-groups", module.excludedGroups());
				strings(json, "tests", module.tests());
				if (module.selectors().isPresent()) {
					strings(json, "selectors", module.selectors().get());
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		catch (IOException e) {
			throw new UncheckedIOException("writing JSON to memory", e);
		}
		bytes.write('\n');
		return bytes.toByteArray();
	}

	static ArchiveManifest read(byte[] content, String source) throws ArchiveException {
		Object document;
		try (JsonParser json = Json.parser(content)) {
			json.nextToken();
			document = value(json);
			if (json.nextToken() != null) {
				throw new ArchiveException(source + " is not a Solo archive manifest: text after its JSON object");
			}
		}
		catch (IOException e) {
			throw new ArchiveException(source + " is not a Solo archive manifest: " + e.getMessage().lines()
					.findFirst().orElse(""), e);
		}
		Fields root = new Fields(source, "", document);
		int format = root.integer("format-version");
		if (format > ArchiveManifest.FORMAT_VERSION) {
			throw new ArchiveException(source + " was written by a newer Solo (format " + format + "); this one reads "
					+ "format " + ArchiveManifest.FORMAT_VERSION);
		}
		if (format < 1) {
			throw new ArchiveException(source + " has format-version " + format + ", which no Solo writes");
		}
		List<ArchiveManifest.Module> modules = new ArrayList<>();
		for (Fields module : root.objects("modules")) {
			String name = module.string("name");
			String workingDirectory = module.string("working-directory");
			List<String> classPath = module.strings("class-path");
			Optional<List<String>> selectors = module.optionalStrings("selectors");
			// Without selectors, a module scans its test classes: they must be named.
			Optional<String> testClasses = selectors.isPresent() ? module.optionalString("test-classes")
					: Optional.of(module.string("test-classes"));
			for (String selector : selectors.orElse(List.of())) {
				try {
					SelectorText.kind(selector);
				}
				catch (IllegalArgumentException e) {
					// A newer Solo's kind: skipped, the run would quietly select less than was archived.
					throw new ArchiveException(source + ": module " + module.where() + " has a selector this Solo "
							+ "does not know: " + ArchiveException.quote(selector));
				}
			}
			try {
				modules.add(new ArchiveManifest.Module(name, workingDirectory, classPath, testClasses,
						module.strings("test-sources"), module.strings("jvm-options"), module.map("environment"),
						module.map("configuration"), module.strings("includes"), module.strings("excludes"),
						module.optionalString("groups"), module.optionalString("excluded-groups"), module.strings("tests"),
						selectors));
			}
			catch (IllegalArgumentException e) {
				throw new ArchiveException(source + ": module " + module.where() + " has a path that is refused: "
						+ e.getMessage());
			}
		}
		Fields selection = root.object("selection");
		try {
			return new ArchiveManifest(root.string("solo-version"), root.string("java-version"),
					root.string("workspace-root"), root.map("origins"), root.strings("platform-extras"),
					new ArchiveManifest.Selection(selection.optionalString("filter"), selection.strings("include-tags"),
							selection.strings("exclude-tags"), selection.strings("include-classnames"),
							selection.strings("exclude-classnames")),
					modules);
		}
		catch (IllegalArgumentException e) {
			throw new ArchiveException(source + ": a path that is refused: " + e.getMessage());
		}
	}

	/** The value the parser is on, as maps, lists, strings, numbers, booleans and nulls. */
	private static Object value(JsonParser json) throws IOException {
		JsonToken token = json.currentToken();
		if (token == null) {
			throw new IOException("the file is empty");
		}
		switch (token) {
			case START_OBJECT: {
				Map<String, Object> object = new LinkedHashMap<>();
				while (json.nextToken() == JsonToken.FIELD_NAME) {
					String name = json.currentName();
					json.nextToken();
					object.put(name, value(json));
				}
				return object;
			}
			case START_ARRAY: {
				List<Object> array = new ArrayList<>();
				while (json.nextToken() != JsonToken.END_ARRAY) {
					array.add(value(json));
				}
				return array;
			}
			case VALUE_STRING:
				return json.getText();
			case VALUE_NUMBER_INT:
				return json.getLongValue();
			case VALUE_NUMBER_FLOAT:
				return json.getDoubleValue();
			case VALUE_TRUE:
				return true;
			case VALUE_FALSE:
				return false;
			case VALUE_NULL:
				return null;
			default:
				throw new IOException("unexpected " + token);
		}
	}

	private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
		json.writeArrayFieldStart(name);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
		if (value.isPresent()) {
			json.writeStringField(name, value.get());
		}
		else {
			json.writeNullField(name);
		}
	}

	private static void map(JsonGenerator json, String name, Map<String, String> values) throws IOException {
		json.writeObjectFieldStart(name);
		for (Map.Entry<String, String> entry : values.entrySet()) {
			json.writeStringField(entry.getKey(), entry.getValue());
		}
		json.writeEndObject();
	}
}
