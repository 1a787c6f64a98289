package dev.solo.launcher.maven.extension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What solo.jar was built with ({@code META-INF/solo/built-with.properties}, filled in by Maven). */
final class BuiltWith {
	private BuiltWith() {
	}

	/** The JUnit Platform version of Solo's own build: for a project that brings none. */
	static String junitPlatform() {
		Properties properties = new Properties();
		try (InputStream in = BuiltWith.class.getResourceAsStream("/META-INF/solo/built-with.properties")) {
			if (in == null) {
				throw new IllegalStateException("solo.jar is incomplete: META-INF/solo/built-with.properties is missing");
			}
			properties.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties.getProperty("junit-platform");
	}
}
