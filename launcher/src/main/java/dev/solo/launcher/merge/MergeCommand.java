package dev.solo.launcher.merge;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.output.JUnitXmlWriter;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.xml.stream.XMLStreamException;

import org.apiguardian.api.API;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solo report merge}: a partitioned run's shards, or whole runs, as one JUnit XML and one summary. */
@Command(name = "merge", mixinStandardHelpOptions = true,
		description = { "Merge the JUnit XML of a partitioned run's shards into one report, checking that every shard"
				+ " is there and that no two ran one test.",
				"Reports with no solo.partition (whole runs: modules, several solo runs) are merged one after another,"
						+ " refusing a test that two of them hold; shards and whole runs do not mix." },
		footer = { "", "Exit codes: 0 merged, nothing failed; 100 merged, some test failed; 106 a shard is missing or a"
				+ " test ran in no shard (what there is is merged); 96 reports that do not belong together: different"
				+ " kinds, counts or tests, a test two shards ran, a file or shard given twice (nothing written);"
				+ " 104 a report that cannot be read or is not JUnit XML (nothing written); 110 the merged report"
				+ " could not be written." })
@API(status = INTERNAL, since = "0.1")
public final class MergeCommand implements Callable<Integer> {
	@Option(names = { "-o", "--junit" }, paramLabel = "FILE",
			description = "Where to write the merged JUnit XML (default: target/solo/merged/junit.xml).")
	Path output;

	@Parameters(arity = "1..*", paramLabel = "REPORT", description = "The shards' (or runs') JUnit XML files.")
	List<Path> reports = new ArrayList<>();

	@Override
	public Integer call() {
		List<ReportFile> files = new ArrayList<>();
		boolean unreadable = false;
		for (Path report : reports) {
			try {
				files.add(JUnitXmlReader.read(report));
			}
			catch (ReportException e) {
				System.err.println("error: " + e.getMessage());
				unreadable = true;
			}
		}
		if (unreadable) {
			System.err.println("error: no merged report written");
			return ExitCodes.TEST_LIST_CREATION_FAILED;
		}
		MergeResult result = Merge.of(files);
		result.problems().forEach(problem -> System.err.println("error: " + problem.message()));
		if (result.suites().isEmpty()) {
			System.err.println("error: no merged report written");
			return result.exitCode();
		}
		List<Suite> suites = result.suites().get();
		Path file = (output != null ? output : Path.of(System.getProperty("user.dir"), "target", "solo", "merged",
				"junit.xml")).toAbsolutePath();
		try {
			JUnitXmlWriter.write(file, runName(files), started(files), Map.of(), suites);
		}
		catch (IOException | XMLStreamException e) {
			System.err.println("error: failed to write JUnit XML to " + file + ": " + e);
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		MergeSummary summary = MergeSummary.of(suites, result.notRun());
		System.err.println(summary.line(files));
		System.err.println("    JUnit XML written to " + shown(file));
		if (result.exitCode() != ExitCodes.OK) {
			return result.exitCode();
		}
		return summary.failed() ? ExitCodes.TEST_RUN_FAILED : ExitCodes.OK;
	}

	/** The shards' own name ({@code solo-run-ci}) when they share one, as they do when run with one profile. */
	private static String runName(List<ReportFile> files) {
		List<String> names = files.stream().map(ReportFile::runName).distinct().toList();
		return names.size() == 1 ? names.get(0) : "solo-merged";
	}

	/** When the first shard started: the merged run began then. */
	private static LocalDateTime started(List<ReportFile> files) {
		return files.stream().flatMap(file -> file.started().stream()).min(LocalDateTime::compareTo)
				.orElseGet(LocalDateTime::now);
	}

	/** Relative to the working directory when under it, as the user would type it. */
	private static Path shown(Path file) {
		Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}
}
