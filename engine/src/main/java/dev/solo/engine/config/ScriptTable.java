package dev.solo.engine.config;

import static dev.solo.engine.config.TomlSource.child;

import dev.solo.engine.config.ScriptDefinition.Kind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code [scripts.setup.NAME]}, {@code [scripts.teardown.NAME]} and each profile's
 * {@code [[profile.NAME.scripts]]}, with nextest's keys and defaults for setup scripts (never
 * slow unless told, a leak timeout of 100ms, output not captured), and checks that every name
 * a profile or a setup gives is defined.
 */
final class ScriptTable {
	private static final List<String> KINDS = List.of("setup", "teardown");
	private static final List<String> SCRIPT_KEYS = List.of("command", "class", "env", "slow-timeout", "leak-timeout",
			"capture-stdout", "capture-stderr", "junit", "system-properties", "teardown");
	private static final List<String> JUNIT_KEYS = List.of("store-success-output", "store-failure-output");
	private static final List<String> SLOW_KEYS = List.of("period", "terminate-after", "grace-period");
	private static final List<String> LEAK_KEYS = List.of("period");
	private static final List<String> ENTRY_KEYS = List.of("filter", "setup");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");
	private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
	private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
	private static final Duration DEFAULT_LEAK = Duration.ofMillis(100);

	private final TomlSource source;

	ScriptTable(TomlSource source) {
		this.source = source;
	}

	/** The whole {@code [scripts]} table. */
	Scripts scripts(JsonNode node) {
		List<String> at = List.of("scripts");
		table(at, "scripts", node);
		Map<String, ScriptDefinition> setup = new LinkedHashMap<>();
		Map<String, ScriptDefinition> teardown = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> kind : node.properties()) {
			List<String> kindAt = child(at, kind.getKey());
			Map<String, ScriptDefinition> into = switch (kind.getKey()) {
				case "setup" -> setup;
				case "teardown" -> teardown;
				default -> throw source.error(kindAt, "scripts." + kind.getKey(), "unknown kind of script"
						+ suggestion(kind.getKey(), KINDS) + " (scripts are [scripts.setup.NAME] or [scripts.teardown.NAME])");
			};
			Kind k = kind.getKey().equals("setup") ? Kind.SETUP : Kind.TEARDOWN;
			table(kindAt, "scripts." + kind.getKey(), kind.getValue());
			for (Map.Entry<String, JsonNode> script : kind.getValue().properties()) {
				into.put(script.getKey(), script(k, script.getKey(), script.getValue()));
			}
		}
		for (ScriptDefinition script : setup.values()) {
			if (script.teardown().isPresent() && !teardown.containsKey(script.teardown().get())) {
				throw source.error(List.of("scripts", "setup", script.name(), "teardown"), "teardown",
						"unknown teardown script \"" + script.teardown().get() + "\"; " + defined("teardown", teardown));
			}
		}
		return new Scripts(setup, teardown);
	}

	private ScriptDefinition script(Kind kind, String name, JsonNode node) {
		String key = "scripts." + kind.key() + "." + name;
		List<String> at = List.of("scripts", kind.key(), name);
		table(at, key, node);
		if (!NAME.matcher(name).matches()) {
			throw source.error(at, key, "a script's name is letters, digits, - and _");
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			boolean setupOnly = field.getKey().equals("teardown") || field.getKey().equals("class");
			if (!SCRIPT_KEYS.contains(field.getKey()) || (kind == Kind.TEARDOWN && setupOnly)) {
				String problem = field.getKey().equals("teardown") ? "only a setup script names a teardown"
						: field.getKey().equals("class") ? "a Java class is a setup (its tearDown() is its teardown)"
								: "unknown setting" + suggestion(field.getKey(), SCRIPT_KEYS);
				throw source.error(child(at, field.getKey()), field.getKey(), problem);
			}
		}
		JsonNode commandNode = node.get("command");
		JsonNode classNode = node.get("class");
		if (commandNode == null && classNode == null) {
			throw source.error(at, key, "every script needs a command = \"…\" (or an array of arguments)"
					+ (kind == Kind.SETUP ? " or a class = \"…\"" : ""));
		}
		if (commandNode != null && classNode != null) {
			throw source.error(child(at, "class"), "class", "a script runs a command or a class, not both");
		}
		List<String> command = commandNode == null ? List.of() : command(child(at, "command"), commandNode);
		Optional<String> className = Optional.empty();
		if (classNode != null) {
			if (!classNode.isTextual() || !CLASS_NAME.matcher(classNode.asText()).matches()) {
				throw source.error(child(at, "class"), "class", "expected a class name such as \"com.example.DbSetup\", found "
						+ classNode);
			}
			className = Optional.of(classNode.asText());
		}
		Map<String, String> env = env(child(at, "env"), node.get("env"));
		Optional<Duration> slow = Optional.empty();
		int terminateAfter = 0;
		Duration grace = DEFAULT_GRACE;
		JsonNode slowNode = node.get("slow-timeout");
		if (slowNode != null) {
			List<String> slowAt = child(at, "slow-timeout");
			if (slowNode.isObject()) {
				keys(slowAt, slowNode, SLOW_KEYS);
				if (slowNode.get("period") == null) {
					throw source.error(slowAt, "slow-timeout", "a slow-timeout table needs a period");
				}
				slow = Optional.of(duration(child(slowAt, "period"), "slow-timeout.period", slowNode.get("period")));
				if (slowNode.get("terminate-after") != null) {
					terminateAfter = positive(child(slowAt, "terminate-after"), "slow-timeout.terminate-after",
							slowNode.get("terminate-after"));
				}
				if (slowNode.get("grace-period") != null) {
					grace = duration(child(slowAt, "grace-period"), "slow-timeout.grace-period",
							slowNode.get("grace-period"));
				}
			}
			else {
				slow = Optional.of(duration(slowAt, "slow-timeout", slowNode));
			}
		}
		Duration leak = DEFAULT_LEAK;
		JsonNode leakNode = node.get("leak-timeout");
		if (leakNode != null) {
			List<String> leakAt = child(at, "leak-timeout");
			if (leakNode.isObject()) {
				keys(leakAt, leakNode, LEAK_KEYS);
				leak = leakNode.get("period") == null ? leak
						: duration(child(leakAt, "period"), "leak-timeout.period", leakNode.get("period"));
			}
			else {
				leak = duration(leakAt, "leak-timeout", leakNode);
			}
		}
		Optional<String> teardown = Optional.empty();
		JsonNode teardownNode = node.get("teardown");
		if (teardownNode != null) {
			if (!teardownNode.isTextual()) {
				throw source.error(child(at, "teardown"), "teardown", "expected a teardown script's name, found "
						+ teardownNode);
			}
			teardown = Optional.of(teardownNode.asText());
		}
		// nextest's JUnit defaults: a script's output is kept when it failed, not when it passed.
		boolean storeSuccess = false;
		boolean storeFailure = true;
		JsonNode junitNode = node.get("junit");
		if (junitNode != null) {
			List<String> junitAt = child(at, "junit");
			table(junitAt, "junit", junitNode);
			keys(junitAt, junitNode, JUNIT_KEYS);
			storeSuccess = junitNode.has("store-success-output") ? bool(junitAt, junitNode, "store-success-output")
					: storeSuccess;
			storeFailure = junitNode.has("store-failure-output") ? bool(junitAt, junitNode, "store-failure-output")
					: storeFailure;
		}
		return new ScriptDefinition(name, kind, command, className, env, slow, terminateAfter, grace, leak,
				bool(at, node, "capture-stdout"), bool(at, node, "capture-stderr"), storeSuccess, storeFailure,
				bool(at, node, "system-properties"), teardown, source.where(at));
	}

	private List<String> command(List<String> at, JsonNode node) {
		List<String> words;
		if (node.isTextual()) {
			words = CommandWords.split(node.asText()).orElseThrow(() -> source.error(at, "command",
					"a quote is not closed, or a backslash ends the command: " + node));
		}
		else if (node.isArray()) {
			words = new ArrayList<>();
			for (JsonNode word : node) {
				if (!word.isTextual()) {
					throw source.error(at, "command", "expected an array of strings, found " + node);
				}
				words.add(word.asText());
			}
		}
		else {
			throw source.error(at, "command", "expected a string or an array of strings, found " + node);
		}
		if (words.isEmpty() || words.get(0).isEmpty()) {
			throw source.error(at, "command", "names no program");
		}
		return words;
	}

	private Map<String, String> env(List<String> at, JsonNode node) {
		Map<String, String> env = new LinkedHashMap<>();
		if (node == null) {
			return env;
		}
		table(at, "env", node);
		for (Map.Entry<String, JsonNode> variable : node.properties()) {
			List<String> varAt = child(at, variable.getKey());
			if (!ENV_NAME.matcher(variable.getKey()).matches()) {
				throw source.error(varAt, "env", "not an environment variable name: " + variable.getKey());
			}
			if (!variable.getValue().isTextual()) {
				throw source.error(varAt, "env." + variable.getKey(), "expected a string, found " + variable.getValue());
			}
			env.put(variable.getKey(), variable.getValue().asText());
		}
		return env;
	}

	/** Each {@code [[profile.NAME.scripts]]} of one profile, in file order. */
	List<ProfileScripts> profileEntries(String profile, List<String> profilePath, JsonNode node) {
		if (node == null) {
			return List.of();
		}
		List<String> at = child(profilePath, "scripts");
		if (!node.isArray()) {
			throw source.error(at, "scripts", "expected an array of tables ([[profile." + profile
					+ ".scripts]]), found " + (node.isObject() ? "a table" : node));
		}
		List<ProfileScripts> entries = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			List<String> elementAt = child(at, "#" + i);
			JsonNode element = node.get(i);
			if (!element.isObject()) {
				throw source.error(elementAt, "scripts", "expected a table, found " + element);
			}
			keys(elementAt, element, ENTRY_KEYS);
			JsonNode filter = element.get("filter");
			if (filter == null) {
				throw source.error(elementAt, "scripts", "every [[profile." + profile
						+ ".scripts]] needs a filter = \"…\" (all() for every test)");
			}
			if (!filter.isTextual()) {
				throw source.error(child(elementAt, "filter"), "filter", "expected a filterset string, found " + filter);
			}
			JsonNode setup = element.get("setup");
			if (setup == null) {
				throw source.error(elementAt, "scripts", "every [[profile." + profile
						+ ".scripts]] needs setup = [\"NAME\", …]");
			}
			List<String> names = new ArrayList<>();
			if (setup.isTextual()) {
				names.add(setup.asText());
			}
			else if (setup.isArray()) {
				for (JsonNode name : setup) {
					if (!name.isTextual()) {
						throw source.error(child(elementAt, "setup"), "setup",
								"expected an array of setup script names, found " + setup);
					}
					names.add(name.asText());
				}
			}
			else {
				throw source.error(child(elementAt, "setup"), "setup", "expected an array of setup script names, found "
						+ setup);
			}
			entries.add(new ProfileScripts(profile, filter.asText(), names, source.where(elementAt)));
		}
		return List.copyOf(entries);
	}

	/** Every setup a profile names is defined. */
	void checkNames(Map<String, Profile> profiles, Scripts scripts) {
		for (Profile profile : profiles.values()) {
			List<ProfileScripts> entries = profile.scripts();
			for (int i = 0; i < entries.size(); i++) {
				for (String name : entries.get(i).setup()) {
					if (!scripts.setup().containsKey(name)) {
						throw source.error(List.of("profile", profile.name(), "scripts", "#" + i, "setup"), "setup",
								"unknown setup script \"" + name + "\"; " + defined("setup", scripts.setup())
										+ suggestion(name, scripts.setup().keySet()));
					}
				}
			}
		}
	}

	private static String defined(String kind, Map<String, ScriptDefinition> scripts) {
		return scripts.isEmpty() ? "no [scripts." + kind + ".*] is defined"
				: "defined: " + String.join(", ", new java.util.TreeSet<>(scripts.keySet()));
	}

	private void keys(List<String> at, JsonNode table, List<String> known) {
		for (Map.Entry<String, JsonNode> field : table.properties()) {
			if (!known.contains(field.getKey())) {
				throw source.error(child(at, field.getKey()), field.getKey(),
						"unknown setting" + suggestion(field.getKey(), known));
			}
		}
	}

	private Duration duration(List<String> at, String key, JsonNode value) {
		Optional<Duration> parsed = value.isTextual() ? DurationParser.tryParse(value.asText()) : Optional.empty();
		return parsed.orElseThrow(() -> source.error(at, key, "expected a duration such as 250ms, 30s or 2m, found "
				+ value));
	}

	private int positive(List<String> at, String key, JsonNode value) {
		if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() > 0) {
			return value.asInt();
		}
		throw source.error(at, key, "expected a positive integer, found " + value);
	}

	private boolean bool(List<String> at, JsonNode node, String key) {
		JsonNode value = node.get(key);
		if (value == null) {
			return false;
		}
		if (!value.isBoolean()) {
			throw source.error(child(at, key), key, "expected a boolean, found " + value);
		}
		return value.asBoolean();
	}

	private void table(List<String> at, String key, JsonNode node) {
		if (!node.isObject()) {
			throw source.error(at, key, "expected a table, found " + node);
		}
	}

	private static String suggestion(String key, java.util.Collection<String> known) {
		return SettingKeys.nearest(key, known).map(near -> "; did you mean " + near + "?").orElse("");
	}
}
