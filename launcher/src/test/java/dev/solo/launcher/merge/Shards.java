package dev.solo.launcher.merge;

import dev.solo.launcher.output.JUnitXmlWriter;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Kind;
import dev.solo.launcher.output.JUnitXmlWriter.Problem;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;

/** Reports as {@code solo run} writes them, through the real writer: whole runs, and shards of one. */
final class Shards {
	static final LocalDateTime STARTED = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

	private Shards() {
	}

	static Case passed(String className, String name, long millis) {
		return new Case(className, name, Duration.ofMillis(millis), Optional.empty(), Optional.empty(), List.of(),
				List.of(), "", "");
	}

	static Case withOutput(Case testCase, String stdout, String stderr) {
		return new Case(testCase.className(), testCase.name(), testCase.time(), testCase.result(), testCase.skipped(),
				testCase.reruns(), testCase.flakes(), stdout, stderr);
	}

	static Case failed(String className, String name, String message, Problem... reruns) {
		Problem failure = new Problem(Kind.FAILURE, "org.opentest4j.AssertionFailedError", Optional.of(message),
				"org.opentest4j.AssertionFailedError: " + message + "\n\tat " + className + "." + name + "(X.java:7)\n",
				"", "");
		return new Case(className, name, Duration.ofMillis(371), Optional.of(failure), Optional.empty(),
				List.of(reruns), List.of(), "output of " + name + "\n", "");
	}

	static Problem attempt(Kind kind, String message, String stdout) {
		return new Problem(kind, "java.lang.IllegalStateException", Optional.of(message),
				"java.lang.IllegalStateException: " + message + "\n\tat Y.z(Y.java:1)\n", stdout, "err " + message);
	}

	static Case flaky(String className, String name, Problem... flakes) {
		return new Case(className, name, Duration.ofMillis(401), Optional.empty(), Optional.empty(), List.of(),
				List.of(flakes), "attempt 2\n", "");
	}

	static Case skipped(String className, String name, String reason) {
		return new Case(className, name, Duration.ZERO, Optional.empty(), Optional.of(reason), List.of(), List.of(), "",
				"");
	}

	/** Shard {@code m/n} of {@code kind}: the cases {@code mine} picks by index, placeholders for the rest. */
	static Path shard(Path folder, String kind, int m, int n, List<Case> run, IntPredicate mine) throws Exception {
		String spec = kind + ":" + m + "/" + n;
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < run.size(); i++) {
			Case testCase = run.get(i);
			cases.add(mine.test(i) ? testCase
					: skipped(testCase.className(), testCase.name(), "not in partition " + spec));
		}
		return write(folder.resolve("shard-" + kind + "-" + m + "-of-" + n + ".xml"), Optional.of(spec), cases);
	}

	/** Shard {@code m/n} of a run split by index, {@code i mod n == m - 1}. */
	static Path shard(Path folder, int m, int n, List<Case> run) throws Exception {
		return shard(folder, "hash", m, n, run, i -> i % n == m - 1);
	}

	/** A report as the JUnit XML sink writes it: one suite per class, in the order the classes come. */
	static Path write(Path file, Optional<String> partition, List<Case> cases) throws Exception {
		Map<String, List<Case>> byClass = new LinkedHashMap<>();
		cases.forEach(c -> byClass.computeIfAbsent(c.className(), name -> new ArrayList<>()).add(c));
		List<Suite> suites = new ArrayList<>();
		byClass.forEach((name, classCases) -> suites.add(new Suite(name, classCases)));
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("solo.run-id", UUID.randomUUID().toString());
		partition.ifPresent(spec -> properties.put("solo.partition", spec));
		JUnitXmlWriter.write(file, "solo-run-default", STARTED, properties, suites);
		return file;
	}
}
