package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mockito's inline mocks redefine classes the test JVM may have loaded from Solo's class-data
 * archive, so they are the tests an archive swapped under a running JVM crashes. examples/mocking
 * has two modules with the same jars: one archive, made on the first run of a fresh cache while
 * the other module's JVMs run, then used. Both runs pass in full, with Mockito's agent given at
 * start (its fixture test checks the JVM's options), and the cache holds one archive.
 */
@Tag("cli")
class CliMockingTest {
	@Test
	void mockingTestsPassOnTheRunThatMakesTheArchiveAndOnTheNext() throws IOException {
		Path project = ItEnv.example("mocking");
		Path cache = ItEnv.newWorkDir("mocking-cache");
		for (String which : List.of("first", "second")) {
			HostRun run = Host.solo("mocking-" + which, List.of("run", "-j", "2", "--color", "never"))
					.directory(project).env("SOLO_CACHE_DIR", cache.toString()).timeout(Duration.ofMinutes(4)).run();
			assertEquals(0, run.exitCode(), which + " run: " + run.describe());
			assertTrue(run.stdoutText().contains("6 tests run: 6 passed"), which + " run: " + run.stdoutText());
			assertNothingLeftBehind(run, Duration.ofSeconds(10));
		}
		try (Stream<Path> files = Files.list(cache.resolve("jvm"))) {
			List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot"))
					.toList();
			assertEquals(1, archives.size(), archives.toString());
		}
	}
}
