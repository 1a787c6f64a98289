package dev.solo.launcher.command;

import static dev.solo.launcher.CliRun.TEST_CLASSES;
import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.boot.BootFacts;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.ClassNameFilter;

/**
 * {@code solo run} takes a console-standalone command line as console-standalone 6.1 reads it:
 * the examples are those of JUnit's user guide and of console-standalone's own option help.
 */
class ConsoleStandaloneSyntaxTest {
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";
	private static final String FAILING = "dev.solo.launcher.fixtures.FailingFixture";

	private static SelectionOptions parse(String... args) {
		RunCommand run = (RunCommand) SoloCommand.commandLine(BootFacts.unbooted()).parseArgs(args).subcommand().commandSpec().userObject();
		return run.selection;
	}

	@Test
	void aMavenArgumentIsTakenAsItIsEvenWhereItLooksLikeAnOptionOfSolos() {
		// -o is console-standalone's --select-module (refused), -f its --select-file: to Maven, offline and a pom.
		assertEquals(List.of("-o", "-f", "pom.xml", "-q"),
				parse("run", "--maven-arg", "-o", "--maven-arg", "-f", "--maven-arg", "pom.xml", "--maven-arg=-q").mavenArgs);
	}

	@Test
	void scanClassPathTakesNoRootsOrRepeatedPathLists() {
		SelectionOptions none = parse("run", "-cp", "target/test-classes", "--scan-class-path");
		assertTrue(none.scansClassPath());
		assertEquals(List.of(), none.scanRoots.stream().filter(r -> !r.isEmpty()).toList());
		SelectionOptions given = parse("run", "--scan-class-path=target/test-classes");
		assertEquals(List.of("target/test-classes"), given.scanRoots);
		SelectionOptions spaced = parse("run", "--scan-classpath", "a" + File.pathSeparator + "b", "--scan-class-path", "c",
				"-j", "2");
		assertEquals(List.of("a", "b", "c"), spaced.scanRoots);
		assertFalse(parse("run", "-cp", "x").scansClassPath());
		assertNull(parse("run", "-cp", "x").scanRoots, "not given is not an empty scan");
	}

	@Test
	void selectorsRepeatAndTakeSeveralValuesEachInLongAndShortForm() {
		SelectionOptions options = parse("run", "--select-class", "a.A", "--select-class", "a.B", "-c", "a.C", "a.D",
				"-m", "a.A#x", "--select-method=a.B#y", "-p", "p1", "--select-package", "p2", "p3");
		assertEquals(List.of("a.A", "a.B", "a.C", "a.D"), options.classes);
		assertEquals(List.of("a.A#x", "a.B#y"), options.methods);
		assertEquals(List.of("p1", "p2", "p3"), options.packages);
		SelectionOptions filtered = parse("run", "-c", "a.A", "--", "first");
		assertEquals(List.of("a.A"), filtered.classes);
		assertEquals(List.of("first"), filtered.nameFilters, "after --, a name filter again");
	}

	@Test
	void filtersClassPathAndConfigRepeatAsInConsoleStandalone() {
		SelectionOptions options = parse("run", "-t", "fast", "--include-tag", "slow & db", "-T", "flaky",
				"--exclude-tag=manual", "-n", ".*IT", "--include-classname=.*Test", "-N", ".*Abstract.*",
				"-cp", "a" + File.pathSeparator + "b", "-cp", "c", "--class-path=d", "--classpath", "e",
				"--config", "junit.jupiter.execution.timeout.default=5s", "--config=k=v=w");
		assertEquals(List.of("fast", "slow & db"), options.includeTags);
		assertEquals(List.of("flaky", "manual"), options.excludeTags);
		assertEquals(List.of(".*IT", ".*Test"), options.includeClassNames);
		assertEquals(List.of(".*Abstract.*"), options.excludeClassNames);
		assertEquals(List.of("a", "b", "c", "d", "e"), options.classPath);
		assertEquals(Map.of("junit.jupiter.execution.timeout.default", "5s", "k", "v=w"), options.config);
	}

	@Test
	void aClassPathRunIncludesConsoleStandalonesClassNamesUnlessTold() {
		SelectionOptions scan = parse("run", "-cp", "x", "--scan-class-path", "-c", "a.SomeFixture");
		assertEquals(List.of(ClassNameFilter.STANDARD_INCLUDE_PATTERN, Pattern.quote("a.SomeFixture")),
				scan.includeClassNamePatterns());
		assertEquals(List.of(".*Fixture"), parse("run", "-cp", "x", "-n", ".*Fixture").includeClassNamePatterns());
	}

	@Test
	void enginesAndPackagesNarrowTheFilterset() {
		String filter = parse("run", "-e", "junit-jupiter", "--exclude-engine", "junit-vintage", "--include-package",
				"com.acme", "--exclude-package=com.acme.slow").parameters().get("solo.filter");
		assertEquals("((package(=com.acme) | package(#com.acme.*)) & (not (package(=com.acme.slow) | "
				+ "package(#com.acme.slow.*)))) & ((engine(=junit-jupiter)) & (not (engine(=junit-vintage))))",
				filter.replace("\n", ""));
	}

	@Test
	void anArgumentFileHoldsArgumentsAsConsoleStandaloneReadsIt(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("test.args");
		// One per line or several on one, quotes around whitespace; no comments in console-standalone's.
		Files.writeString(file, "-cp a" + File.pathSeparator + "b\n--select-class \"com.acme.My Test\" -c 'com.acme.Other'\n"
				+ "-t\n#hash\n--config\nkey=a value\n");
		SelectionOptions options = parse("run", "@" + file);
		assertEquals(List.of("a", "b"), options.classPath);
		assertEquals(List.of("com.acme.My Test", "com.acme.Other"), options.classes);
		assertEquals(List.of("#hash"), options.includeTags);
		assertEquals(Map.of("key", "a"), options.config, "unquoted whitespace separates arguments");
		assertEquals(List.of("value"), options.nameFilters);
	}

	@Test
	void aRunOfAnArgumentFileRunsItsSelection(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("run.args");
		Files.writeString(file, "-cp\n" + TEST_CLASSES + "\n--scan-class-path=" + TEST_CLASSES + "\n-n\n.*PassingFixture\n");
		Result result = run("run", "@" + file, "--color", "never");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		assertTrue(result.out().contains("2 tests run: 2 passed"), result.out());
	}

	@Test
	void scanningNamedRootsScansThoseOnTheClassPathAndSaysWhichItLeftOut(@TempDir Path dir) {
		Result result = run("run", "-cp", TEST_CLASSES, "--scan-class-path=" + TEST_CLASSES + File.pathSeparator + dir,
				"--scan-class-path", dir.resolve("gone").toString(), "-n", ".*(Passing|Failing)Fixture",
				"--color", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		assertTrue(result.out().contains("4 tests run: 3 passed, 1 failed"), result.out());
		assertTrue(result.err().contains("warning: --scan-class-path " + dir + ": not on the class path (-cp), not scanned"),
				result.err());
		assertTrue(result.err().contains("warning: --scan-class-path " + dir.resolve("gone") + ": no such folder or jar"),
				result.err());
	}

	@Test
	void theDefaultClassNamesLeaveOutAScannedClassNamedOtherwise() {
		// console-standalone runs no *Fixture class a package selects: neither does solo run.
		Result result = run("run", "-cp", TEST_CLASSES, "-p", "dev.solo.launcher.fixtures", "--color", "never",
				"--no-tests", "warn");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("warning: no tests to run"), result.err());
	}

	@Test
	void consoleStandaloneOptionsSoloDoesNotTakeFailOnOneLineNamingThem() {
		for (String[] args : List.of(new String[] { "--details", "none" }, new String[] { "--details=tree" },
				new String[] { "--select-module", "m" }, new String[] { "-u", "file:///x" },
				new String[] { "--reports-dir", "build/reports" }, new String[] { "--scan-modules" })) {
			String[] line = new String[args.length + 4];
			line[0] = "run";
			line[1] = "-cp";
			line[2] = TEST_CLASSES;
			line[3] = "--select-class=" + PASSING;
			System.arraycopy(args, 0, line, 4, args.length);
			Result result = run(line);
			assertEquals(2, result.code(), result.err());
			String name = args[0].startsWith("--") ? args[0].replaceAll("=.*", "")
					: args[0].equals("-u") ? "--select-uri" : args[0];
			assertEquals(1, result.err().lines().count(), result.err());
			assertTrue(result.err().startsWith("error: solo run does not take console-standalone's " + name), result.err());
		}
	}

	@Test
	void consoleStandalonesFlagsForWhatSoloDoesAnywayAreTaken() {
		Result result = run("run", "-cp", TEST_CLASSES, "-c", FAILING, "--disable-banner", "--disable-ansi-colors",
				"--fail-if-no-tests");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		assertFalse(result.out().contains("\u001b["), "no colours: " + result.out());
	}
}
