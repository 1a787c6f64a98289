package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar solo.jar} where it cannot run what it was given: each documented exit code
 * (4, 94, 96, 104) with the one line that says why, and nothing shown that should not be (a
 * property's value), as a user meets them in a Maven project or over a class path.
 */
@Tag("cli")
class CliExitCodesTest {
	@Test
	void anEngineThatCannotDiscoverFailsTheRunWith104NotQuietly() {
		// Vintage reading a jar of Kotlin classes (Jupiter's API has some) on a class path without
		// Kotlin's standard library: once every JUnit 4 test was lost, with a warning and exit 0.
		List<String> jars = ItEnv.junitJars().stream().filter(e -> !e.contains("kotlin")).toList();
		String jupiterApi = jars.stream().filter(e -> e.contains("junit-jupiter-api")).findFirst().orElseThrow();
		String classPath = Stream.concat(Stream.of(ItEnv.example("isolation").resolve("target/test-classes").toString()),
				jars.stream()).collect(Collectors.joining(File.pathSeparator));
		HostRun run = solo("class-path-no-kotlin", ItEnv.example("isolation"), "run", "-cp", classPath,
				"--scan-class-path", "--scan-jar", jupiterApi, "--include-classname", ".*");
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("junit-vintage"), run.stderrText());
		assertTrue(run.stderrText().contains("kotlin/jvm/functions/Function0"), run.stderrText());
		assertFalse(run.stdoutText().contains("Summary"), "nothing runs when the list is incomplete:\n"
				+ run.stdoutText());
	}

	@Test
	void aBadFiltersetExits94WithACaretUnderTheMistake() {
		HostRun run = solo("bad-filterset", ItEnv.example("multimodule"), "list", "-E", "test(=adds()) & ");
		assertEquals(94, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("^"), run.stderrText());
		assertTrue(run.stderrText().startsWith("error: -E"), run.stderrText());
	}

	@Test
	void noTestMatchingExits4() {
		HostRun run = solo("no-tests", ItEnv.example("multimodule"), "run", "noSuchTestAnywhere");
		assertEquals(4, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("no tests to run"), run.stderrText());
	}

	@Test
	void aProjectWhoseModulesAllSkipTheirTestsExits4NamingThem() {
		HostRun run = solo("all-skipped", ItEnv.example("misbehaving"), "run");
		assertEquals(4, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("note: module solo-example-misbehaving (skipTests): its tests do not run"),
				run.stderrText());
		HostRun warned = solo("all-skipped-warn", ItEnv.example("misbehaving"), "run", "--no-tests", "warn");
		assertEquals(0, warned.exitCode(), warned.describe());
		assertTrue(warned.stderrText().contains("warning: no tests to run"), warned.stderrText());
	}

	@Test
	void anArgLineTheJvmRefusesExits96OnceWithoutShowingAPropertysValue() throws IOException {
		Path project = ItEnv.newWorkDir("bad-argline").resolve("project");
		Files.createDirectories(project.resolve("src/test/java/dev/solo/examples/junit5"));
		Files.copy(ItEnv.example("junit5").resolve("src/test/java/dev/solo/examples/junit5/OwnJUnitTest.java"),
				project.resolve("src/test/java/dev/solo/examples/junit5/OwnJUnitTest.java"));
		String pom = Files.readString(ItEnv.example("junit5").resolve("pom.xml")).replace(
				"<artifactId>maven-surefire-plugin</artifactId>\n        <version>3.5.4</version>",
				"<artifactId>maven-surefire-plugin</artifactId>\n        <version>3.5.4</version>\n"
						+ "        <configuration><argLine>-XX:+NoSuchOption</argLine><systemPropertyVariables>"
						+ "<db.password>hunter2</db.password></systemPropertyVariables></configuration>");
		assertTrue(pom.contains("NoSuchOption"), "the fixture pom has the bad argLine");
		Files.writeString(project.resolve("pom.xml"), pom);
		HostRun run = solo("bad-argline", project, "run");
		assertEquals(96, run.exitCode(), run.describe());
		List<String> errors = run.stderrText().lines().filter(l -> l.startsWith("error:")).toList();
		assertEquals(1, errors.size(), run.stderrText());
		assertTrue(errors.get(0).contains("argLine") && errors.get(0).contains("Unrecognized VM option 'NoSuchOption'"),
				errors.get(0));
		assertFalse((run.stdoutText() + run.stderrText()).contains("hunter2"), "a property's value was shown");
	}

	@Test
	void refusedSoloJvmArgsAreBlamedOnTheSettingNotOnTheModule() {
		HostRun run = solo("bad-jvm-args", ItEnv.example("junit5"), "run", "--config", "solo.jvm-args=-XX:+NoSuchOption");
		assertEquals(96, run.exitCode(), run.describe());
		List<String> errors = run.stderrText().lines().filter(l -> l.startsWith("error:")).toList();
		assertEquals(List.of("error: invalid value '-XX:+NoSuchOption' for solo.jvm-args: the test JVM does not start "
				+ "with it: Unrecognized VM option 'NoSuchOption'"), errors, run.stderrText());
	}

	@Test
	void aModuleWithTestClassesButNoJUnitExits104NamingIt() throws IOException {
		Path project = ItEnv.newWorkDir("no-junit").resolve("project");
		Files.createDirectories(project.resolve("src/test/java/plain"));
		String pom = Files.readString(ItEnv.example("junit5").resolve("pom.xml"))
				.replaceAll("(?s)<dependencies>.*</dependencies>", "");
		assertFalse(pom.contains("junit-jupiter"), "the fixture pom has no JUnit");
		Files.writeString(project.resolve("pom.xml"), pom);
		Files.writeString(project.resolve("src/test/java/plain/PlainTest.java"),
				"package plain;\npublic class PlainTest { public void test() { } }\n");
		HostRun run = solo("no-junit", project, "run");
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("error: module solo-example-junit5 has test classes but no JUnit Platform"),
				run.stderrText());
	}

	@Test
	void testsThatDoNotCompileExit104WithMavensOutput() throws IOException {
		Path project = ItEnv.newWorkDir("broken-project").resolve("project");
		Files.createDirectories(project.resolve("src/test/java/broken"));
		Files.copy(ItEnv.example("junit5").resolve("pom.xml"), project.resolve("pom.xml"));
		Files.writeString(project.resolve("src/test/java/broken/BrokenTest.java"),
				"package broken;\nclass BrokenTest { void oops() { return 1; } }\n");
		HostRun run = solo("broken-project", project, "run");
		assertEquals(104, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("BrokenTest.java"), "Maven's output names the file:\n" + run.stderrText());
		assertTrue(run.stderrText().lines().anyMatch(l -> l.startsWith("error: `") && l.contains("process-test-classes` failed")),
				run.stderrText());
	}

	@Test
	void aClassPathWithoutJUnitExits96NamingWhatIsMissing() throws IOException {
		Path empty = Files.createDirectories(ItEnv.newWorkDir("no-junit").resolve("classes"));
		HostRun run = solo("no-junit", empty, "run", "-cp", empty.toString(), "--scan-class-path");
		assertEquals(96, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("no JUnit Platform"), run.stderrText());
	}

	@Test
	void helpWorksWithNoProjectAtAll() throws IOException {
		Path nowhere = Files.createDirectories(ItEnv.newWorkDir("help").resolve("empty"));
		HostRun run = solo("help", nowhere, "run", "--help");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("--maven"), run.stdoutText());
	}

	private static HostRun solo(String name, Path directory, String... args) {
		return Host.solo(name, List.of(args)).directory(directory).timeout(Duration.ofMinutes(4)).run();
	}
}
