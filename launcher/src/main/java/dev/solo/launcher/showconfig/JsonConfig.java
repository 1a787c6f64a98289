package dev.solo.launcher.showconfig;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.apiguardian.api.API;

/**
 * {@code solo show-config --message-format json}: one document, schema {@value #FORMAT_VERSION}
 * (README.md, "solo show-config"). A field's meaning never changes within a version; new fields
 * may appear.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonConfig {
	static final int FORMAT_VERSION = 1;

	private JsonConfig() {
	}

	public static void write(ConfigReport report, boolean pretty, PrintStream out) throws IOException {
		try (JsonGenerator json = Json.document(out, pretty)) {
			json.writeStartObject();
			json.writeNumberField("format-version", FORMAT_VERSION);
			json.writeStringField("profile", report.profile());
			json.writeFieldName("profile-source");
			source(json, report.profileSource());
			json.writeStringField("config-file", report.configFile().orElse(null));
			json.writeStringField("workspace-root", report.workspaceRoot().toString());
			json.writeArrayFieldStart("settings");
			for (ConfigReport.Setting setting : report.settings()) {
				json.writeStartObject();
				json.writeStringField("key", setting.key());
				json.writeStringField("value", setting.value());
				json.writeFieldName("source");
				source(json, setting.source());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("test-groups");
			for (ConfigReport.Group group : report.groups()) {
				json.writeStartObject();
				json.writeStringField("name", group.name());
				json.writeNumberField("max-threads", group.maxThreads());
				json.writeStringField("where", group.where());
				tests(json, group.tests());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("overrides");
			for (ConfigReport.Override override : report.overrides()) {
				json.writeStartObject();
				json.writeStringField("profile", override.profile());
				json.writeStringField("where", override.where());
				json.writeStringField("filter", override.filter());
				json.writeObjectFieldStart("settings");
				for (Map.Entry<String, String> setting : override.settings().entrySet()) {
					json.writeStringField(setting.getKey(), setting.getValue());
				}
				json.writeEndObject();
				tests(json, override.tests());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeFieldName("no-override");
			testArray(json, report.unmatched());
			json.writeArrayFieldStart("setup-scripts");
			for (ConfigReport.SetupScript script : report.setupScripts()) {
				json.writeStartObject();
				json.writeStringField("name", script.name());
				json.writeStringField("where", script.where());
				json.writeArrayFieldStart("command");
				for (String word : script.command()) {
					json.writeString(word);
				}
				json.writeEndArray();
				json.writeStringField("teardown", script.teardown().orElse(null));
				tests(json, script.tests());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		out.println();
	}

	private static void source(JsonGenerator json, ConfigReport.Source source) throws IOException {
		json.writeStartObject();
		json.writeStringField("kind", source.kind());
		json.writeStringField("where", source.where().isEmpty() ? null : source.where());
		json.writeStringField("profile", source.profile().orElse(null));
		json.writeEndObject();
	}

	private static void tests(JsonGenerator json, List<ConfigReport.Test> tests) throws IOException {
		json.writeFieldName("tests");
		testArray(json, tests);
	}

	private static void testArray(JsonGenerator json, List<ConfigReport.Test> tests) throws IOException {
		json.writeStartArray();
		for (ConfigReport.Test test : tests) {
			json.writeStartObject();
			json.writeStringField("name", test.name());
			json.writeBooleanField("skipped", test.skipped());
			json.writeEndObject();
		}
		json.writeEndArray();
	}
}
