package dev.solo.launcher.project;

import dev.solo.engine.config.SettingsException;
import dev.solo.engine.module.ModuleSelector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code solo.*} settings of the modules' own {@code junit-platform.properties}, as every
 * build tool's host reads them: the run is one, so a setting has one value, and two modules
 * that disagree on one are a configuration error (a per-module value belongs in an override
 * of {@code .config/solo.toml}). A {@code -D} of the same key wins, as in any host.
 */
final class ModuleProperties {
	private static final String FILE = "junit-platform.properties";

	private ModuleProperties() {
	}

	/** The modules' settings, but for those the command line sets ({@code given}): it wins anyway. */
	static Map<String, String> soloSettings(List<ModuleSelector> modules, Set<String> given) {
		Map<String, String> settings = new LinkedHashMap<>();
		Map<String, String> setBy = new LinkedHashMap<>();
		for (ModuleSelector module : modules) {
			Optional<Properties> own = firstOnClassPath(module.classPath());
			if (own.isEmpty()) {
				continue;
			}
			for (String key : own.get().stringPropertyNames()) {
				if (!key.startsWith("solo.") || given.contains(key) || System.getProperty(key) != null) {
					continue;
				}
				String value = own.get().getProperty(key).trim();
				String earlier = settings.putIfAbsent(key, value);
				if (earlier != null && !earlier.equals(value)) {
					throw SettingsException.located("", key, "the modules' " + FILE + " disagree (" + setBy.get(key)
							+ ": " + earlier + ", " + shown(module) + ": " + value + "); one run has one value: set it "
							+ "per test with an override in .config/solo.toml");
				}
				setBy.putIfAbsent(key, shown(module));
			}
		}
		return settings;
	}

	private static String shown(ModuleSelector module) {
		return module.name().isEmpty() ? "the class path" : module.name();
	}

	/** The file a class loader over {@code classPath} would find first. */
	private static Optional<Properties> firstOnClassPath(List<Path> classPath) {
		for (Path entry : classPath) {
			try {
				if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(FILE))) {
					try (InputStream in = Files.newInputStream(entry.resolve(FILE))) {
						return Optional.of(load(in));
					}
				}
				if (Files.isRegularFile(entry)) {
					try (ZipFile jar = new ZipFile(entry.toFile())) {
						ZipEntry file = jar.getEntry(FILE);
						if (file != null) {
							try (InputStream in = jar.getInputStream(file)) {
								return Optional.of(load(in));
							}
						}
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read " + FILE + " in " + entry + ": " + e.getMessage(), e);
			}
		}
		return Optional.empty();
	}

	private static Properties load(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(in);
		return properties;
	}
}
