package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One archive, many machines: {@code examples/fanout} (tests of 1 s, 1.2 s and 0.1 s) run once and
 * archived with the durations that run recorded, then run as three shards, each in its own folder
 * as on its own machine, and merged back into one report.
 */
@Tag("cli")
class FanOutTest {
	private static final Pattern SUMMARY = Pattern.compile("Summary \\[ *([0-9.]+)s\\]");
	private static Path checkout;
	private static Path archive;
	private static Set<String> full;
	private static final Map<String, Double> fullSeconds = new HashMap<>();

	@BeforeAll
	static void archiveAfterOneRecordedRun() throws IOException {
		Path work = ItEnv.newWorkDir("fanout");
		checkout = copy(ItEnv.example("fanout"), work.resolve("fanout"));
		// One test at a time, as the shards run: the durations recorded are those the shards will see.
		HostRun run = solo("fanout-full", checkout, "run", "-j", "1", "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		full = results(checkout.resolve("target/solo/default/junit.xml"));
		for (TestCaseResult test : JUnitXmlReports.readFile(checkout.resolve("target/solo/default/junit.xml")).testCases()) {
			fullSeconds.put(test.className() + " " + test.name(), test.time());
		}
		assertEquals(11, full.size(), full::toString);
		archive = work.resolve("tests.tar.zst");
		HostRun archived = solo("fanout-archive", checkout, "archive", "--archive-file", archive.toString(),
				"--maven-arg", "-q");
		assertEquals(0, archived.exitCode(), archived.describe());
	}

	@Test
	void durationShardsAreBalancedAndMergeIntoTheFullRun() throws IOException {
		List<HostRun> runs = new ArrayList<>();
		List<Path> reports = shards("duration", runs);
		// What the partition balances: the durations the archived run recorded for the tests each shard
		// ran, not the shards' walls now, which a busy machine stretches by each JVM's start.
		List<Long> work = reports.stream().map(FanOutTest::recordedMillis).toList();
		long longest = work.stream().mapToLong(Long::longValue).max().orElseThrow();
		long shortest = work.stream().mapToLong(Long::longValue).min().orElseThrow();
		assertTrue(longest - shortest < longest / 4, "the shards' tests' time (ms), within a quarter of each other: "
				+ work + "; walls " + runs.stream().map(FanOutTest::wall).toList());
		assertMergesToTheFullRun("duration", reports);
	}

	@Test
	void hashShardsMergeIntoTheFullRun() throws IOException {
		assertMergesToTheFullRun("hash", shards("hash", new ArrayList<>()));
	}

	/**
	 * The Kubernetes example as it stands in the README: three pods, each seeing only
	 * {@code JOB_COMPLETION_INDEX} as an Indexed Job sets it (0, 1, 2), running the shard
	 * container's own script; then the merge Job's script over their reports.
	 */
	@Test
	void theKubernetesIndexedJobCoversTheSuiteExactlyOnce() throws IOException {
		String yaml = Files.readString(ItEnv.example("fanout").resolve("ci/kubernetes.yaml"));
		Path reports = Files.createDirectories(ItEnv.newWorkDir("fanout-k8s").resolve("reports"));
		for (int index = 0; index < 3; index++) {
			Path pod = Files.createDirectories(reports.resolveSibling("pod-" + index));
			HostRun shard = Host.command("fanout-pod-" + index, List.of("sh", "-c", local(script(yaml, "shard"), reports)))
					.env("JOB_COMPLETION_INDEX", String.valueOf(index)).directory(pod).timeout(Duration.ofMinutes(3))
					.run();
			assertEquals(0, shard.exitCode(), shard.describe());
			assertEquals("exit 0", Files.readString(reports.resolve("shard-" + index + ".exit")).strip());
			assertNothingLeftBehind(shard, Duration.ofSeconds(10));
		}
		String merge = local(script(yaml, "merge"), reports);
		HostRun merged = Host.command("fanout-merge", List.of("sh", "-c", merge)).directory(reports)
				.timeout(Duration.ofMinutes(2)).run();
		assertEquals(0, merged.exitCode(), merged.describe());
		assertEquals(full, results(reports.resolve("junit.xml")));

		Files.delete(reports.resolve("shard-1.xml"));
		HostRun missing = Host.command("fanout-merge-missing", List.of("sh", "-c", merge)).directory(reports)
				.timeout(Duration.ofMinutes(2)).run();
		assertEquals(106, missing.exitCode(), missing.describe());
		assertTrue(missing.stderrText().contains("hash:2/3"), missing.stderrText());
	}

	/** The README shows the CI files as they are, so what is tested here is what users copy. */
	@Test
	void theReadmeShowsTheCiFilesWhole() throws IOException {
		String readme = Files.readString(ItEnv.example("").resolveSibling("README.md"));
		for (String file : List.of("github-actions.yml", "kubernetes.yaml")) {
			String content = Files.readString(ItEnv.example("fanout").resolve("ci").resolve(file));
			assertTrue(readme.contains("```yaml\n" + content + "```\n"), file + " is not in README.md as it stands");
		}
	}

	/** Runs shard i/3 of {@code kind} for i = 1..3, each from the archive in a folder of its own, one test at a time. */
	private static List<Path> shards(String kind, List<HostRun> runs) throws IOException {
		List<Path> reports = new ArrayList<>();
		Path machines = ItEnv.newWorkDir("fanout-" + kind);
		for (int i = 1; i <= 3; i++) {
			Path machine = Files.createDirectories(machines.resolve("machine-" + i));
			HostRun run = solo("fanout-" + kind + "-" + i, machine, "run", "--archive-file", archive.toString(),
					"--workspace-remap", checkout.toString(), "--partition", kind + ":" + i + "/3", "-j", "1",
					"--no-tests", "warn", "--color", "never");
			assertEquals(0, run.exitCode(), run.describe());
			runs.add(run);
			reports.add(machine.resolve("target/solo/default/junit.xml"));
		}
		return reports;
	}

	private static void assertMergesToTheFullRun(String kind, List<Path> reports) throws IOException {
		Path merged = ItEnv.newWorkDir("fanout-merge-" + kind).resolve("junit.xml");
		List<String> args = new ArrayList<>(List.of("report", "merge", "--junit", merged.toString()));
		reports.forEach(r -> args.add(r.toString()));
		HostRun merge = solo("fanout-merge-" + kind, merged.getParent(), args.toArray(new String[0]));
		assertEquals(0, merge.exitCode(), merge.describe());
		assertEquals(full, results(merged), "three " + kind + " shards merge into what the full run reported");
	}

	/** The script of the container {@code name} in the Kubernetes example, as that container's shell gets it. */
	private static String script(String yaml, String name) {
		List<String> lines = yaml.lines().toList();
		int at = lines.indexOf(lines.stream().filter(l -> l.strip().equals("- name: " + name)).findFirst().orElseThrow());
		while (!lines.get(at).strip().equals("args:")) {
			at++;
		}
		String first = lines.get(at + 1).strip();
		if (!first.equals("- |")) {
			return first.substring(2);
		}
		int indent = lines.get(at + 2).length() - lines.get(at + 2).stripLeading().length();
		StringBuilder script = new StringBuilder();
		for (int i = at + 2; i < lines.size() && lines.get(i).length() - lines.get(i).stripLeading().length() >= indent; i++) {
			script.append(lines.get(i).substring(indent)).append('\n');
		}
		return script.toString();
	}

	/** The pod's paths as this machine has them. */
	private static String local(String script, Path reports) {
		return script.replace("/work/solo.jar", ItEnv.soloJar().toString())
				.replace("/work/tests.tar.zst", archive.toString())
				.replace("/work/checkout", checkout.toString())
				.replace("/reports", reports.toString())
				.replace("java -jar", ItEnv.java() + " -jar");
	}

	/** A shard's wall time as its summary gives it: from its first test's start to its last's end. */
	private static long wall(HostRun run) {
		Matcher summary = SUMMARY.matcher(run.stdoutText());
		assertTrue(summary.find(), run.stdoutText());
		return Math.round(Double.parseDouble(summary.group(1)) * 1000);
	}

	/** The time the full run recorded for the tests {@code junitXml}'s shard ran. */
	private static long recordedMillis(Path junitXml) {
		return Math.round(JUnitXmlReports.readFile(junitXml).testCases().stream()
				.filter(test -> test.status() != TestCaseResult.Status.SKIPPED)
				.mapToDouble(test -> fullSeconds.get(test.className() + " " + test.name())).sum() * 1000);
	}

	private static Set<String> results(Path junitXml) {
		Set<String> results = new TreeSet<>();
		for (TestCaseResult test : JUnitXmlReports.readFile(junitXml).testCases()) {
			results.add(test.className() + " " + test.name() + " " + test.status());
		}
		return results;
	}

	private static Path copy(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = source.relativize(file);
				if (!relative.startsWith("target")) {
					Files.createDirectories(target.resolve(relative).getParent());
					Files.copy(file, target.resolve(relative));
				}
			}
		}
		return target;
	}

	private static HostRun solo(String name, Path directory, String... args) {
		return Host.solo(name, List.of(args)).directory(directory).timeout(Duration.ofMinutes(4)).run();
	}
}
