package dev.solo.engine.artifacts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Tracer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The JVM options that write into an attempt's artifact folder: a heap dump when the test runs
 * out of memory, unless the user's own options already say anything about heap dumps (theirs
 * then stand as written), and a Flight Recording when the run traces.
 */
@API(status = INTERNAL, since = "0.1")
public final class ArtifactOptions {
	private ArtifactOptions() {
	}

	/**
	 * @param userOptions every option the test JVM gets from the host, the module, {@code jvm-args}
	 *        and overrides, as written
	 */
	public static List<String> forAttempt(List<String> userOptions, Path folder, Optional<Tracer> tracer) {
		List<String> options = new ArrayList<>();
		if (userOptions.stream().noneMatch(ArtifactOptions::speaksOfHeapDumps)) {
			options.add("-XX:+HeapDumpOnOutOfMemoryError");
			// A folder: the JVM names the file java_pid<pid>.hprof in it.
			options.add("-XX:HeapDumpPath=" + folder);
		}
		tracer.ifPresent(t -> {
			options.add("-XX:StartFlightRecording:filename=" + folder.resolve(Tracer.RECORDING) + ",settings="
					+ t.settings());
			// The Platform's own test events in the recording: the child otherwise keeps JFR from loading.
			options.add("-Dsolo.child.jfr=true");
		});
		return options;
	}

	/** {@code -XX:±HeapDumpOnOutOfMemoryError}, {@code -XX:HeapDumpPath=…}, or a JVM's other spelling of them. */
	static boolean speaksOfHeapDumps(String option) {
		return option.startsWith("-XX:") && (option.contains("HeapDumpOnOutOfMemoryError")
				|| option.contains("HeapDumpPath"));
	}
}
