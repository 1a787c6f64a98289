package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apiguardian.api.API;

/**
 * What {@code .config/solo.toml} holds, or nothing where there is no such file: its profiles,
 * already checked (known keys, value kinds, {@code inherits} naming a profile, no cycles), and
 * its test groups, its scripts, and what an archive takes of the workspace besides
 * ({@code [archive] include}: paths relative to the workspace root).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record SoloConfig(Optional<ConfigFile> file, Map<String, Profile> profiles, Map<String, TestGroup> testGroups,
		Scripts scripts, List<String> archiveIncludes) {

	public SoloConfig {
		archiveIncludes = List.copyOf(archiveIncludes);
	}

	public SoloConfig(Optional<ConfigFile> file, Map<String, Profile> profiles, Map<String, TestGroup> testGroups) {
		this(file, profiles, testGroups, Scripts.NONE, List.of());
	}

	static SoloConfig none() {
		return new SoloConfig(Optional.empty(), Map.of(), Map.of());
	}

	/** The nearest {@code .config/solo.toml} from {@code start} upward, read; messages name it relative to {@code workingDirectory}. */
	public static SoloConfig load(Path start, Path workingDirectory) {
		return ConfigFile.find(start, workingDirectory).map(TomlConfigParser::parse).orElseGet(SoloConfig::none);
	}

	/** The folder that holds {@code .config}, else the working directory. */
	public Path workspaceRoot(Path workingDirectory) {
		return file.map(ConfigFile::workspaceRoot).orElse(workingDirectory.toAbsolutePath().normalize());
	}

	/**
	 * The profile {@code name} with its {@code inherits} chain and {@code default} folded in.
	 * {@code default} always exists, written or not; any other name must be defined.
	 */
	public ResolvedProfile resolve(String name) {
		if (!name.equals(Profile.DEFAULT) && !profiles.containsKey(name)) {
			throw SettingsException.at("", Settings.PREFIX + "profile", "unknown profile \"" + name + "\"; " + defined());
		}
		List<Profile> chain = chain(name);
		Map<String, SettingValue.File> values = new LinkedHashMap<>();
		List<ProfileOverride> overrides = new ArrayList<>();
		for (int i = chain.size() - 1; i >= 0; i--) {
			values.putAll(chain.get(i).values());
		}
		chain.forEach(profile -> overrides.addAll(profile.overrides()));
		return new ResolvedProfile(name, Map.copyOf(values), List.copyOf(overrides));
	}

	/**
	 * The {@code [[profile.*.scripts]]} of profile {@code name}: its own, then those of the profiles
	 * it inherits from, then {@code default}'s, as overrides are taken.
	 */
	public List<ProfileScripts> scriptsOf(String name) {
		List<ProfileScripts> all = new ArrayList<>();
		chain(name).forEach(profile -> all.addAll(profile.scripts()));
		return List.copyOf(all);
	}

	/** {@code name}, the profiles it inherits from, and {@code default} last. */
	private List<Profile> chain(String name) {
		List<Profile> chain = new ArrayList<>();
		Optional<String> next = Optional.of(name);
		while (next.isPresent()) {
			Profile profile = profiles.getOrDefault(next.get(), Profile.empty(next.get()));
			chain.add(profile);
			// the parser has refused cycles and unknown names already
			next = profile.inherits();
		}
		if (chain.stream().noneMatch(p -> p.name().equals(Profile.DEFAULT))) {
			chain.add(profiles.getOrDefault(Profile.DEFAULT, Profile.empty(Profile.DEFAULT)));
		}
		return chain;
	}

	private String defined() {
		if (file.isEmpty()) {
			return "there is no " + ConfigFile.RELATIVE + " in the working directory or above it";
		}
		TreeSet<String> names = new TreeSet<>(profiles.keySet());
		names.add(Profile.DEFAULT);
		return file.get().displayName() + " defines " + String.join(", ", names);
	}
}
