package dev.solo.engine.module;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.ConfigurationParameters;

/**
 * A module's configuration parameters (its {@code junit-platform.properties}, Surefire's
 * {@code configurationParameters}) under the run's: a key the run sets (the command line, its
 * {@code --config}) wins, as a {@code -D} beats the properties file in any host.
 */
final class ModuleConfiguration implements ConfigurationParameters {
	private final ConfigurationParameters run;
	private final Map<String, String> module;

	ModuleConfiguration(ConfigurationParameters run, Map<String, String> module) {
		this.run = run;
		this.module = Map.copyOf(module);
	}

	@Override
	public Optional<String> get(String key) {
		Optional<String> value = run.get(key);
		return value.isPresent() ? value : Optional.ofNullable(module.get(key));
	}

	@Override
	public Optional<Boolean> getBoolean(String key) {
		return get(key).map(Boolean::parseBoolean);
	}

	// Platform 1.x still declares size(); 6.x dropped it. Not @Override, so both compile and link.
	@SuppressWarnings("unused")
	public int size() {
		return keySet().size();
	}

	@Override
	public Set<String> keySet() {
		Set<String> keys = new LinkedHashSet<>(run.keySet());
		keys.addAll(module.keySet());
		return keys;
	}
}
