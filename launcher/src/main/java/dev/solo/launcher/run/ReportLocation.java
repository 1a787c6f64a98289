package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.launcher.boot.Boot;

import java.nio.file.Path;

import org.apiguardian.api.API;

/** Where a run's reports go: {@code target/solo/<profile>/} under the folder reports are written from. */
@API(status = INTERNAL, since = "0.1")
public final class ReportLocation {
	private ReportLocation() {
	}

	/**
	 * {@code junit.path} as nextest reads it, relative to the profile's report folder
	 * {@code target/solo/<profile>/} under the working directory; {@code junit.xml} there by default.
	 */
	static Path junitPath(Settings settings) {
		return reportFolder(settings).resolve(settings.junitPath().orElse("junit.xml")).normalize();
	}

	/** {@code target/solo/<profile>/} under the working directory: where the run's reports go. */
	static Path reportFolder(Settings settings) {
		return base().resolve("target").resolve("solo").resolve(settings.profile());
	}

	/**
	 * The working directory, or for a run of an archive the folder solo was started in: there the
	 * working directory may be a temporary extraction, deleted when the run ends.
	 */
	public static Path base() {
		return Path.of(System.getProperty(Boot.REPORT_BASE_PROPERTY, System.getProperty("user.dir")));
	}

	/** Relative to the working directory when under it, as the user would type it. */
	public static Path shown(Path file) {
		Path here = base().toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}
}
