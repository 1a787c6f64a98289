package dev.solo.launcher.boot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Solo's cache folder as the engine's {@code SoloCache} names it; the boot cannot load the
 * engine's class before it has put the engine's jar there.
 */
final class CacheDir {
	private CacheDir() {
	}

	static Path resolve(String name) {
		Optional<String> explicit = Optional.ofNullable(System.getenv("SOLO_CACHE_DIR")).filter(s -> !s.isEmpty());
		Optional<Path> xdg = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(s -> !s.isEmpty())
				.map(x -> Path.of(x, "solo"));
		Path root = explicit.map(Path::of).or(() -> xdg)
				.orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "solo"));
		return root.resolve(name);
	}
}
