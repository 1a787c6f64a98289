package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.launcher.boot.BootFacts;

import java.nio.file.Path;

import org.apiguardian.api.API;

/**
 * Where a run's reports go: {@code target/solo/<profile>/} under the working directory, or for
 * a run of an archive under the folder solo was started in: there the working directory may be
 * a temporary extraction, deleted when the run ends.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportLocation {
	private final Path base;

	private ReportLocation(Path base) {
		this.base = base;
	}

	public static ReportLocation of(BootFacts boot) {
		return new ReportLocation(boot.reportBase().orElseGet(boot::directory));
	}

	/** The folder reports are written under. */
	public Path base() {
		return base;
	}

	/**
	 * {@code junit.path} as nextest reads it, relative to the profile's report folder
	 * {@code target/solo/<profile>/}; {@code junit.xml} there by default.
	 */
	Path junitPath(Settings settings) {
		return reportFolder(settings).resolve(settings.junitPath().orElse("junit.xml")).normalize();
	}

	/** {@code report.html} in the profile's report folder, beside the JUnit XML's default place. */
	Path htmlPath(Settings settings) {
		return reportFolder(settings).resolve("report.html");
	}

	/** {@code target/solo/<profile>/}: where the run's reports go. */
	Path reportFolder(Settings settings) {
		return base.resolve("target").resolve("solo").resolve(settings.profile());
	}

	/** Relative to the report base when under it, as the user would type it. */
	public Path shown(Path file) {
		Path here = base.toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}
}
