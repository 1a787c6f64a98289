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

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code network = "isolated"} through the CLI: two tests serving on one fixed port, made to
 * overlap, collide on the shared network (one fails to bind) and both pass when an override gives
 * each JVM a network of its own.
 */
@Tag("cli")
@EnabledOnOs(OS.LINUX)
class CliNetworkTest {

    @Test
    void twoTestsOnOneFixedPortCollideSharedAndPassIsolated() throws IOException {
        Path shared = ItEnv.newWorkDir("network-shared");
        HostRun collide = run("network-shared", shared);
        assertEquals(100, collide.exitCode(), collide.describe());
        assertTrue(collide.stdoutText().contains("1 passed, 1 failed"), collide.describe());
        assertTrue(collide.stdoutText().contains("BindException"), collide.describe());
        assertNothingLeftBehind(collide, Duration.ofSeconds(10));

        Path isolated = ItEnv.newWorkDir("network-isolated");
        Files.createDirectories(isolated.resolve(".config"));
        Files.writeString(isolated.resolve(".config/solo.toml"), """
                [[profile.default.overrides]]
                filter = "class(~FixedPortTest)"
                network = "isolated"
                """);
        HostRun apart = run("network-isolated", isolated);
        assertEquals(0, apart.exitCode(), apart.describe());
        assertTrue(apart.stdoutText().contains("2 tests run: 2 passed"), apart.describe());
        assertNothingLeftBehind(apart, Duration.ofSeconds(10));
    }

    private static HostRun run(String name, Path work) throws IOException {
        Path barrier = Files.createDirectories(work.resolve("barrier"));
        return Host.solo(name, List.of("run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~FixedPortTest)", "-j", "2", "--color", "never"))
                .directory(work).env("SOLO_CACHE_DIR", work.resolve("cache").toString())
                .env("FIXED_PORT_DIR", barrier.toString()).timeout(Duration.ofMinutes(2)).run();
    }
}
