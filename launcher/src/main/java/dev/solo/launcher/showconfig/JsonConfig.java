package dev.solo.launcher.showconfig;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

/**
 * {@code solo show-config --message-format json}: one document, schema {@value #FORMAT_VERSION}
 * (README.md, "solo show-config"). A field's meaning never changes within a version; new fields
 * may appear.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonConfig {
	static final int FORMAT_VERSION = 1;

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private JsonConfig() {
	}

	public static void write(ConfigReport report, boolean pretty, PrintStream out) throws JsonProcessingException {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("format-version", FORMAT_VERSION);
		document.put("profile", report.profile());
		document.set("profile-source", source(report.profileSource()));
		document.put("config-file", report.configFile().orElse(null));
		document.put("workspace-root", report.workspaceRoot().toString());
		ArrayNode settings = document.putArray("settings");
		for (ConfigReport.Setting setting : report.settings()) {
			ObjectNode node = settings.addObject();
			node.put("key", setting.key());
			node.put("value", setting.value());
			node.set("source", source(setting.source()));
		}
		ArrayNode groups = document.putArray("test-groups");
		for (ConfigReport.Group group : report.groups()) {
			ObjectNode node = groups.addObject();
			node.put("name", group.name());
			node.put("max-threads", group.maxThreads());
			node.put("where", group.where());
			node.set("tests", tests(group.tests()));
		}
		ArrayNode overrides = document.putArray("overrides");
		for (ConfigReport.Override override : report.overrides()) {
			ObjectNode node = overrides.addObject();
			node.put("profile", override.profile());
			node.put("where", override.where());
			node.put("filter", override.filter());
			ObjectNode set = node.putObject("settings");
			override.settings().forEach(set::put);
			node.set("tests", tests(override.tests()));
		}
		document.set("no-override", tests(report.unmatched()));
		out.println(pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document)
				: MAPPER.writeValueAsString(document));
	}

	private static ObjectNode source(ConfigReport.Source source) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("kind", source.kind());
		node.put("where", source.where().isEmpty() ? null : source.where());
		node.put("profile", source.profile().orElse(null));
		return node;
	}

	private static ArrayNode tests(List<ConfigReport.Test> tests) {
		ArrayNode array = MAPPER.createArrayNode();
		for (ConfigReport.Test test : tests) {
			ObjectNode node = array.addObject();
			node.put("name", test.name());
			node.put("skipped", test.skipped());
		}
		return array;
	}
}
