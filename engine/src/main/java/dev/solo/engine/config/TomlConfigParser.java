package dev.solo.engine.config;

import static dev.solo.engine.config.TomlSource.child;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code .config/solo.toml}: jackson's TOML module for the syntax and the values,
 * {@link KeyLines} for the line of each key, and checks every table against what Solo knows.
 * Runs in the host only: a test JVM never loads jackson.
 */
final class TomlConfigParser {
	private static final List<String> TOP_LEVEL = List.of("profile", "test-groups", "scripts", "archive");
	private static final Set<String> PROFILE_OWN = Set.of("inherits", "overrides", "scripts");

	private final TomlSource source;

	private TomlConfigParser(TomlSource source) {
		this.source = source;
	}

	static SoloConfig parse(ConfigFile file) {
		return parse(TomlText.read(file.path(), file.displayName()), file);
	}

	static SoloConfig parse(String text, ConfigFile file) {
		JsonNode root = TomlText.parse(text, file.displayName());
		TomlConfigParser parser = new TomlConfigParser(new TomlSource(file.displayName(), KeyLines.of(text)));
		return parser.config(root, file);
	}

	private SoloConfig config(JsonNode root, ConfigFile file) {
		Map<String, Profile> profiles = new LinkedHashMap<>();
		Map<String, TestGroup> groups = new LinkedHashMap<>();
		Scripts scripts = Scripts.NONE;
		List<String> archiveIncludes = List.of();
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			List<String> at = List.of(entry.getKey());
			switch (entry.getKey()) {
				case "profile" -> table(at, "profile", entry.getValue()).properties()
						.forEach(p -> profiles.put(p.getKey(), profile(p.getKey(), p.getValue())));
				case "test-groups" -> table(at, "test-groups", entry.getValue()).properties()
						.forEach(g -> groups.put(g.getKey(), TestGroupTable.read(source, g.getKey(), g.getValue())));
				case "scripts" -> scripts = new ScriptTable(source).scripts(entry.getValue());
				case "archive" -> archiveIncludes = archiveIncludes(at, entry.getValue());
				default -> throw source.error(at, entry.getKey(), "unknown table" + SettingKeys
						.nearest(entry.getKey(), TOP_LEVEL).map(near -> "; did you mean " + near + "?").orElse(""));
			}
		}
		profiles.keySet().forEach(name -> checkInheritance(name, profiles));
		new ScriptTable(source).checkNames(profiles, scripts);
		return new SoloConfig(Optional.of(file), Map.copyOf(profiles), Map.copyOf(groups), scripts, archiveIncludes);
	}

	/**
	 * {@code [archive] include = ["scripts", "fixtures/data.json"]}: files and folders of the
	 * workspace an archive takes besides the tests' class path (what the setup scripts read, as
	 * nextest's {@code archive.include}); relative to the workspace root and inside it.
	 */
	private List<String> archiveIncludes(List<String> at, JsonNode node) {
		JsonNode table = table(at, "archive", node);
		List<String> includes = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : table.properties()) {
			List<String> fieldAt = child(at, field.getKey());
			if (!field.getKey().equals("include")) {
				throw source.error(fieldAt, field.getKey(), "unknown setting" + SettingKeys
						.nearest(field.getKey(), List.of("include")).map(near -> "; did you mean " + near + "?").orElse(""));
			}
			if (!field.getValue().isArray()) {
				throw source.error(fieldAt, "include", "expected an array of paths, found " + field.getValue());
			}
			for (JsonNode path : field.getValue()) {
				String text = path.isTextual() ? path.asText() : "";
				boolean inside = !text.isBlank() && !text.startsWith("/") && !text.contains("\\")
						&& java.util.Arrays.stream(text.split("/")).noneMatch(".."::equals);
				if (!inside) {
					throw source.error(fieldAt, "include", "expected a path relative to the workspace root and inside it,"
							+ " found " + path);
				}
				includes.add(text);
			}
		}
		return includes;
	}

	private Profile profile(String name, JsonNode node) {
		List<String> at = List.of("profile", name);
		JsonNode table = table(at, "profile." + name, node);
		Optional<String> inherits = Optional.empty();
		JsonNode inheritsNode = table.get("inherits");
		if (inheritsNode != null) {
			if (!inheritsNode.isTextual()) {
				throw source.error(child(at, "inherits"), "inherits", "expected a profile name, found " + inheritsNode);
			}
			if (name.equals(Profile.DEFAULT)) {
				throw source.error(child(at, "inherits"), "inherits", "the default profile inherits from nothing");
			}
			inherits = Optional.of(inheritsNode.asText());
		}
		Map<String, SettingValue.File> values = SettingsTable.read(source, SettingsTable.Scope.PROFILE, at, table,
				PROFILE_OWN);
		return new Profile(name, inherits, Map.copyOf(values), overrides(name, at, table.get("overrides")),
				new ScriptTable(source).profileEntries(name, at, table.get("scripts")));
	}

	private List<ProfileOverride> overrides(String profile, List<String> profilePath, JsonNode node) {
		if (node == null) {
			return List.of();
		}
		List<String> at = child(profilePath, "overrides");
		if (!node.isArray()) {
			throw source.error(at, "overrides", "expected an array of tables ([[profile." + profile
					+ ".overrides]]), found " + (node.isObject() ? "a table" : node));
		}
		List<ProfileOverride> overrides = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			List<String> elementPath = child(at, "#" + i);
			JsonNode element = node.get(i);
			if (!element.isObject()) {
				throw source.error(elementPath, "overrides", "expected a table, found " + element);
			}
			JsonNode filter = element.get("filter");
			if (filter == null) {
				throw source.error(elementPath, "overrides", "every override needs a filter = \"…\"");
			}
			if (!filter.isTextual()) {
				throw source.error(child(elementPath, "filter"), "filter", "expected a filterset string, found " + filter);
			}
			Map<String, SettingValue.File> settings = SettingsTable.read(source, SettingsTable.Scope.OVERRIDE,
					elementPath, element, Set.of("filter"));
			overrides.add(new ProfileOverride(profile, filter.asText(), source.where(elementPath),
					source.line(elementPath), Map.copyOf(settings)));
		}
		return List.copyOf(overrides);
	}

	/** An {@code inherits} names a defined profile and the chain from {@code name} ends. */
	private void checkInheritance(String name, Map<String, Profile> profiles) {
		Set<String> seen = new LinkedHashSet<>();
		String current = name;
		while (current != null) {
			seen.add(current);
			Profile profile = profiles.get(current);
			if (profile == null || profile.inherits().isEmpty()) {
				return;
			}
			String parent = profile.inherits().get();
			List<String> at = List.of("profile", current, "inherits");
			if (!profiles.containsKey(parent) && !parent.equals(Profile.DEFAULT)) {
				throw source.error(at, "inherits", "unknown profile \"" + parent + "\"");
			}
			if (seen.contains(parent)) {
				throw source.error(List.of("profile", name, "inherits"), "inherits", "profile \"" + name
						+ "\" inherits from itself: " + String.join(" -> ", seen) + " -> " + parent);
			}
			current = parent;
		}
	}

	private JsonNode table(List<String> at, String key, JsonNode node) {
		if (!node.isObject()) {
			throw source.error(at, key, "expected a table, found " + node);
		}
		return node;
	}
}
