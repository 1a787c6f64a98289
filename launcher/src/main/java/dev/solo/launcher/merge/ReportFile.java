package dev.solo.launcher.merge;

import dev.solo.engine.partition.Partition;
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run's JUnit XML as read back: its suites, and the properties that say which run, and which
 * shard of it, wrote the file.
 *
 * @param partition the shard the file's {@code solo.partition} names; empty for a run that was not one
 */
record ReportFile(Path path, String runName, Optional<LocalDateTime> started, Map<String, String> properties,
		Optional<Partition> partition, List<Suite> suites) {

	ReportFile {
		properties = Map.copyOf(properties);
		suites = List.copyOf(suites);
	}

	Optional<String> runId() {
		return Optional.ofNullable(properties.get(JUnitXmlReport.RUN_ID_PROPERTY));
	}

	Stream<Case> cases() {
		return suites.stream().flatMap(suite -> suite.cases().stream());
	}

	/** The file as the user named it, and the shard it is where it is one: {@code a.xml (hash:1/3)}. */
	String shown() {
		return path + partition.map(p -> " (" + p.spec() + ")").orElse("");
	}
}
