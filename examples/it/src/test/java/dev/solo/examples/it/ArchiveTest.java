package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.solo.engine.compress.Zstd;
import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code solo archive} on a build machine, {@code solo run --archive-file} on another: here, a
 * project copied into a work folder, archived, then moved, its {@code target/} folders deleted,
 * and run from the archive in a third folder with no Maven on the PATH; and a {@code -cp} class
 * path archived from its folder, which is then deleted.
 */
@Tag("cli")
class ArchiveTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	/** The build machine's workspace, where the shared archive was written; gone once the checkout has moved. */
	private static Path project;
	private static Path archive;
	/** The checkout moved elsewhere with its {@code target/} folders deleted, as a target machine has it. */
	private static Path checkout;
	/** What a run where the project was built reported. */
	private static Set<String> expected;

	/**
	 * One archive for both multi-module tests: written from a fresh copy (so {@code solo archive}
	 * compiles it itself), then run where it was built, then the checkout moved away.
	 */
	@BeforeAll
	static void archiveAMultiModuleProjectThenMoveItsCheckout() throws IOException {
		Path build = ItEnv.newWorkDir("archive-build");
		project = copyMultimodule(build);
		archive = build.resolve("tests.tar.zst");
		HostRun archived = solo("archive-write", project, "archive", "--archive-file", archive.toString());
		assertEquals(0, archived.exitCode(), archived.describe());
		assertTrue(archived.stderrText().contains("Archived 10 tests of 3 modules into " + archive), archived.stderrText());

		HostRun direct = solo("archive-direct", project, "run", "-j", "2", "--color", "never");
		assertEquals(0, direct.exitCode(), direct.describe());
		expected = results(project.resolve("target/solo/default/junit.xml"));
		assertEquals(11, expected.size(), expected::toString);

		// The target machine: the checkout elsewhere, nothing compiled in it.
		Path moved = ItEnv.newWorkDir("archive-target").resolve("checkout");
		Files.move(build.resolve("examples"), moved);
		checkout = moved.resolve("multimodule");
		deleteTargets(checkout);
	}

	@Test
	void anArchivedMultiModuleProjectRunsFromAMovedCheckoutWithNoMavenAndNoTarget() throws IOException {
		Path elsewhere = Files.createDirectories(ItEnv.newWorkDir("archive-run").resolve("ci"));
		Path tmp = Files.createDirectories(elsewhere.resolveSibling("tmp"));
		HostRun run = soloIn("archive-run", elsewhere, tmp, "run", "--archive-file", archive.toString(),
				"--workspace-remap", checkout.toString(), "-j", "2", "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		// 10 tests archived; GreeterTest's two invocations are two tests.
		assertTrue(run.stdoutText().contains("11 tests run: 11 passed"), run.stdoutText());
		assertFalse(run.stderrText().contains("note:"), "the checkout is used, not the archive's copy: " + run.stderrText());
		assertEquals(expected, results(elsewhere.resolve("target/solo/default/junit.xml")),
				"the same tests with the same results as where they were built");
		assertFalse(Files.exists(checkout.resolve("target")), "the checkout gets no reports");
		try (Stream<Path> left = Files.list(tmp)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("solo-archive-")).toList(),
					"the temporary extraction is deleted");
		}
		assertNothingLeftBehind(run, Duration.ofSeconds(10));

		HostRun list = soloIn("archive-list", elsewhere, tmp, "list", "--archive-file", archive.toString(),
				"--workspace-remap", checkout.toString());
		assertEquals(0, list.exitCode(), list.describe());
		assertTrue(list.stdoutText().contains("10 tests across 4 classes in 3 modules"), list.stdoutText());

		// The configuration a run of the archive would use, from the checkout's .config/solo.toml.
		HostRun config = soloIn("archive-show-config", elsewhere, tmp, "show-config", "--archive-file",
				archive.toString(), "--workspace-remap", checkout.toString(), "--message-format", "json");
		assertEquals(0, config.exitCode(), config.describe());
		assertTrue(config.stdoutText().contains("\"profile\""), config.stdoutText());
	}

	@Test
	void extractToKeepsTheFolderAndAnArchiveNeedsItsCheckoutOrSaysSo() throws IOException {
		// No checkout where the archive was built (it moved), and none named.
		Path dir = ItEnv.newWorkDir("archive-keep");
		Path kept = dir.resolve("extracted");
		HostRun run = solo("archive-keep-run", dir, "run", "--archive-file", archive.toString(), "--extract-to",
				kept.toString(), "--color", "never");
		// No checkout: the archive's copy of the workspace has the compiled tests but no sources.
		assertTrue(run.stderrText().contains("note: the build machine's workspace " + project + " is not here"),
				run.stderrText());
		assertEquals(100, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("10 passed, 1 failed"), run.stdoutText());
		assertTrue(run.stdoutText().contains("FAIL") && run.stdoutText().contains("readsAFileOfItsModule()"),
				run.stdoutText());
		assertTrue(Files.isRegularFile(kept.resolve("solo-archive.json")), "--extract-to keeps what it extracted");

		HostRun again = solo("archive-keep-again", dir, "run", "--archive-file", archive.toString(), "--extract-to",
				kept.toString());
		assertEquals(96, again.exitCode(), again.describe());
		assertTrue(again.stderrText().contains(kept + ": extract into an empty or new folder"), again.stderrText());
	}

	@Test
	void brokenAndMaliciousArchivesAreRefusedWithExit104AndWriteNothing() throws IOException {
		Path dir = ItEnv.newWorkDir("archive-bad");
		Path target = dir.resolve("area/extracted");

		Path traversal = tarZst(dir.resolve("traversal.tar.zst"), "../escaped.txt");
		HostRun run = solo("archive-traversal", dir, "run", "--archive-file", traversal.toString(), "--extract-to",
				target.toString());
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("'../escaped.txt'"), run.stderrText());
		assertEquals(1, run.stderrText().strip().lines().count(), run.stderrText());
		assertFalse(Files.exists(dir.resolve("area/escaped.txt")));
		assertFalse(Files.exists(target), "nothing extracted, not even partly");
		try (Stream<Path> area = Files.list(dir.resolve("area"))) {
			assertEquals(List.of(), area.toList(), "no staging folder left");
		}

		Path absolute = tarZst(dir.resolve("absolute.tar.zst"), dir.resolve("absolute.txt").toString());
		run = solo("archive-absolute", dir, "run", "--archive-file", absolute.toString());
		assertEquals(104, run.exitCode(), run.describe());
		assertFalse(Files.exists(dir.resolve("absolute.txt")));

		Path newer = tarZst(dir.resolve("newer.tar.zst"), "solo-archive.json");
		run = solo("archive-newer", dir, "run", "--archive-file", newer.toString());
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("was written by a newer Solo (format 99)"), run.stderrText());

		Path good = tarZst(dir.resolve("good.tar.zst"), "solo-archive.json", "lib/big.bin");
		byte[] bytes = Files.readAllBytes(good);
		Path truncated = Files.write(dir.resolve("truncated.tar.zst"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		run = solo("archive-truncated", dir, "run", "--archive-file", truncated.toString());
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains(truncated.toString()), run.stderrText());

		run = solo("archive-missing", dir, "list", "--archive-file", dir.resolve("none.tar.zst").toString());
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("none.tar.zst does not exist"), run.stderrText());
	}

	@Test
	void aClassPathArchiveRunsTheTestsItsRunWouldWithTheSameIdsWhereNoneOfItsPathsRemain() throws IOException {
		Path build = ItEnv.newWorkDir("cp-archive-build");
		String classPath = copyClassPath(build);
		// No launcher on -cp: the boot takes it from the local repository, which the target lacks.
		HostRun direct = java("cp-archive-direct", build, List.of("-Dmaven.repo.local=" + ItEnv.localRepository()),
				"run", "-cp", classPath, "--scan-class-path", "--message-format", "json");
		assertEquals(0, direct.exitCode(), direct.describe());
		Set<String> expected = idsAndStatuses(direct);
		assertEquals(18, expected.size(), expected::toString);
		assertTrue(expected.stream().allMatch(t -> t.startsWith("[engine:solo]/[engine:junit-")), expected::toString);
		Set<String> expectedXml = results(build.resolve("target/solo/default/junit.xml"));

		Path archive = ItEnv.newWorkDir("cp-archive-out").resolve("tests.tar.zst");
		HostRun archived = java("cp-archive-write", build, List.of("-Dmaven.repo.local=" + ItEnv.localRepository()),
				"archive", "-cp", classPath, "--scan-class-path", "--archive-file", archive.toString());
		assertEquals(0, archived.exitCode(), archived.describe());
		assertTrue(archived.stderrText().contains("Archived 18 tests of 1 module into " + archive), archived.stderrText());

		// The target machine: the class path's folders and jars gone, no Maven, no local repository.
		deleteTree(build);
		Path elsewhere = Files.createDirectories(ItEnv.newWorkDir("cp-archive-run").resolve("ci"));
		Path tmp = Files.createDirectories(elsewhere.resolveSibling("tmp"));
		List<String> bare = List.of("-Djava.io.tmpdir=" + tmp, "-Dmaven.repo.local=" + elsewhere.resolveSibling("no-m2"));
		HostRun run = java("cp-archive-run", elsewhere, bare, "run", "--archive-file", archive.toString(),
				"--message-format", "json");
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals(expected, idsAndStatuses(run), "the same ids with the same results as the -cp run");
		assertEquals(expectedXml, results(elsewhere.resolve("target/solo/default/junit.xml")));
		assertTrue(run.stderrText().contains("note: the build machine's workspace " + build + " is not here"),
				run.stderrText());
		try (Stream<Path> left = Files.list(tmp)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("solo-archive-")).toList(),
					"the temporary extraction is deleted");
		}
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	@Test
	void aClassPathArchiveOfOneSelectedClassHoldsOnlyItsTests() throws IOException {
		Path build = ItEnv.newWorkDir("cp-archive-class");
		String classPath = copyClassPath(build);
		Path archive = build.resolveSibling(build.getFileName() + ".tar.zst");
		List<String> repository = List.of("-Dmaven.repo.local=" + ItEnv.localRepository());
		HostRun archived = java("cp-archive-class-write", build, repository, "archive", "-cp", classPath,
				"--select-class", "dev.solo.examples.isolation.StaticCounterTest", "--archive-file", archive.toString());
		assertEquals(0, archived.exitCode(), archived.describe());
		assertTrue(archived.stderrText().contains("Archived 3 tests of 1 module into " + archive), archived.stderrText());
		deleteTree(build);

		Path elsewhere = ItEnv.newWorkDir("cp-archive-class-run");
		List<String> bare = List.of("-Dmaven.repo.local=" + elsewhere.resolve("no-m2"));
		HostRun list = java("cp-archive-class-list", elsewhere, bare, "list", "--archive-file", archive.toString());
		assertEquals(0, list.exitCode(), list.describe());
		assertTrue(list.stdoutText().contains("3 tests across 1 class"), list.stdoutText());
		HostRun run = java("cp-archive-class-run", elsewhere, bare, "run", "--archive-file", archive.toString(),
				"--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("3 tests run: 3 passed"), run.stdoutText());
		assertTrue(run.stdoutText().lines().filter(l -> l.contains(" PASS "))
				.allMatch(l -> l.contains("dev.solo.examples.isolation.StaticCounterTest")), run.stdoutText());
	}

	@Test
	void anArchiveNeedsAProjectOrAClassPathAndTakesNoPartition() throws IOException {
		Path empty = ItEnv.newWorkDir("cp-archive-none");
		HostRun none = solo("cp-archive-none", empty, "archive", "--archive-file", "tests.tar.zst");
		assertEquals(96, none.exitCode(), none.describe());
		assertEquals(List.of("error: no tests to read: give a class path (-cp) or run inside a Maven project"),
				none.stderrText().strip().lines().toList());
		assertFalse(Files.exists(empty.resolve("tests.tar.zst")));

		String classPath = copyClassPath(empty);
		HostRun partition = solo("cp-archive-partition", empty, "archive", "-cp", classPath, "--scan-class-path",
				"--partition", "hash:1/2", "--archive-file", "tests.tar.zst");
		assertEquals(2, partition.exitCode(), partition.describe());
		assertTrue(partition.stderrText().contains("--partition picks a shard when the archive runs"),
				partition.stderrText());
		assertFalse(Files.exists(empty.resolve("tests.tar.zst")));
	}

	/**
	 * {@code examples/isolation}'s compiled tests and classes, and the JUnit jars but the launcher,
	 * copied into {@code dir}: the class path, relative to {@code dir}, of a run started there.
	 */
	private static String copyClassPath(Path dir) throws IOException {
		Path isolation = ItEnv.example("isolation");
		copyTree(isolation.resolve("target/test-classes"), dir.resolve("test-classes"));
		copyTree(isolation.resolve("target/classes"), dir.resolve("classes"));
		List<String> classPath = new ArrayList<>(List.of("test-classes", "classes"));
		Path lib = Files.createDirectories(dir.resolve("lib"));
		for (String jar : ItEnv.junitJars()) {
			Path name = Path.of(jar).getFileName();
			if (!name.toString().startsWith("junit-platform-launcher")) {
				Files.copy(Path.of(jar), lib.resolve(name));
				classPath.add("lib/" + name);
			}
		}
		return String.join(File.pathSeparator, classPath);
	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
	}

	/** Each test a JSON event stream ran, as its unique id and how it finished. */
	private static Set<String> idsAndStatuses(HostRun run) throws IOException {
		Map<String, String> ids = new TreeMap<>();
		Set<String> results = new TreeSet<>();
		for (String line : run.stdoutText().lines().toList()) {
			JsonNode event = JSON.readTree(line);
			switch (event.get("type").asText()) {
				case "test-started" -> ids.put(event.get("name").asText(), event.get("unique-id").asText());
				case "test-finished" -> results.add(ids.get(event.get("name").asText()) + " "
						+ event.get("status").asText());
				default -> { }
			}
		}
		return results;
	}

	/** A small {@code .tar.zst} of regular files; {@code solo-archive.json} holds a manifest of format 99. */
	private static Path tarZst(Path file, String... names) throws IOException {
		try (OutputStream out = Zstd.compress(Files.newOutputStream(file), 3);
				TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
			for (String name : names) {
				byte[] content = name.equals("solo-archive.json")
						? "{\"format-version\": 99}".getBytes(StandardCharsets.UTF_8)
						: name.endsWith(".bin") ? new java.util.Random(1).ints(200_000).mapToObj(Integer::toString)
								.collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8)
								: "escaped".getBytes(StandardCharsets.UTF_8);
				TarArchiveEntry entry = new TarArchiveEntry(name, true);
				entry.setSize(content.length);
				tar.putArchiveEntry(entry);
				tar.write(content);
				tar.closeArchiveEntry();
			}
		}
		return file;
	}

	/** {@code examples/pom.xml} and {@code examples/multimodule} (its sources only) under {@code dir/examples}. */
	static Path copyMultimodule(Path dir) throws IOException {
		Path examples = Files.createDirectories(dir.resolve("examples"));
		Files.copy(ItEnv.example("").resolve("pom.xml"), examples.resolve("pom.xml"));
		Path source = ItEnv.example("multimodule");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = source.relativize(file);
				if (!relative.toString().contains("target")) {
					Path copy = examples.resolve("multimodule").resolve(relative);
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
		}
		return examples.resolve("multimodule");
	}

	private static void deleteTargets(Path checkout) throws IOException {
		List<Path> targets;
		try (Stream<Path> files = Files.walk(checkout)) {
			targets = files.filter(p -> p.getFileName().toString().equals("target") && Files.isDirectory(p)).toList();
		}
		assertEquals(4, targets.size(), targets::toString);
		for (Path target : targets) {
			deleteTree(target);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	/** Each test case as its class, name and status. */
	private static Set<String> results(Path junitXml) {
		Set<String> results = new TreeSet<>();
		for (TestCaseResult test : JUnitXmlReports.readFile(junitXml).testCases()) {
			results.add(test.className() + " " + test.name() + " " + test.status());
		}
		return results;
	}

	private static HostRun solo(String name, Path directory, String... args) {
		return Host.solo(name, List.of(args)).directory(directory).timeout(Duration.ofMinutes(4)).run();
	}

	/** solo.jar with its own temporary folder and no PATH: no Maven to fall back on, nothing left to find. */
	private static HostRun soloIn(String name, Path directory, Path tmp, String... args) {
		return java(name, directory, List.of("-Djava.io.tmpdir=" + tmp), args);
	}

	/** solo.jar in a JVM of these options, with no PATH. */
	private static HostRun java(String name, Path directory, List<String> options, String... args) {
		List<String> command = new ArrayList<>(List.of(ItEnv.java().toString()));
		command.addAll(options);
		command.addAll(List.of("-jar", ItEnv.soloJar().toString()));
		command.addAll(List.of(args));
		return Host.command("solo-" + name, command).env("PATH", "").directory(directory).timeout(Duration.ofMinutes(4))
				.run();
	}
}
