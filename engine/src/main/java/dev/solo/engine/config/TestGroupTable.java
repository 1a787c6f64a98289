package dev.solo.engine.config;

import static dev.solo.engine.config.TomlSource.child;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one {@code [test-groups.NAME]} table: {@code max-threads}, an integer or {@code "num-cpus"}, and nothing else. */
final class TestGroupTable {
	private static final String MAX_THREADS = "max-threads";

	private TestGroupTable() {
	}

	static TestGroup read(TomlSource source, String name, JsonNode node) {
		List<String> at = List.of("test-groups", name);
		if (!node.isObject()) {
			throw source.error(at, "test-groups." + name, "expected a table, found " + node);
		}
		if (name.startsWith("@")) {
			throw source.error(at, "test-groups." + name, "names starting with @ are Solo's own (@global)");
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (!field.getKey().equals(MAX_THREADS)) {
				String suggestion = SettingKeys.nearest(field.getKey(), List.of(MAX_THREADS))
						.map(near -> "; did you mean " + near + "?").orElse("");
				throw source.error(child(at, field.getKey()), field.getKey(), "unknown setting" + suggestion);
			}
		}
		JsonNode maxThreads = node.get(MAX_THREADS);
		if (maxThreads == null) {
			throw source.error(at, "test-groups." + name, "every test group needs max-threads");
		}
		List<String> valueAt = child(at, MAX_THREADS);
		int threads;
		if (maxThreads.isTextual() && maxThreads.asText().equals("num-cpus")) {
			threads = Runtime.getRuntime().availableProcessors();
		}
		else if (maxThreads.isIntegralNumber() && maxThreads.canConvertToInt() && maxThreads.asInt() > 0) {
			threads = maxThreads.asInt();
		}
		else {
			throw source.error(valueAt, MAX_THREADS, "expected a positive integer or \"num-cpus\", found " + maxThreads);
		}
		return new TestGroup(name, threads, source.where(at));
	}
}
