package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * README's walk-through of examples/rerun, with Maven Surefire and the CLI taking turns on one
 * recorded chain: {@code mvn test} fails two tests; {@code solo run -R latest} narrowed to the one
 * fixed runs it alone and exits 5 naming the other; {@code mvn test -Dsolo.rerun=latest} runs
 * only the other; the first run replays as it was, and the store lists the chain.
 */
@Tag("cli")
class RerunAcrossHostsTest {

    @Test
    void aSurefireRunIsRerunFromTheCommandLineAndBackUntilNothingIsOutstanding() throws IOException {
        Path project = copyOfExample("rerun");
        Path cache = ItEnv.newWorkDir("rerun-cache");

        HostRun first = maven("rerun-mvn-1", project, cache, "-Dmaven.test.failure.ignore=true");
        assertEquals(0, first.exitCode(), first.describe());
        assertTrue(first.stdoutText().contains("Tests run: 6, Failures: 2"), first.stdoutText());

        Files.createDirectories(project.resolve("fixes"));
        Files.createFile(project.resolve("fixes/addsTax"));
        HostRun narrowed = solo("rerun-cli", project, cache, "run", "--maven-arg", "-o", "--color", "never",
                "-R", "latest", "addsTax");
        String out = narrowed.stdoutText();
        assertEquals(5, narrowed.exitCode(), narrowed.describe());
        assertTrue(out.contains("Starting 1 test across 1 class (5 tests skipped, including 4 tests that already passed)"), out);
        assertTrue(out.contains("PASS [") && out.contains("dev.solo.examples.rerun.PriceTest addsTax()"), out);
        assertTrue(out.contains("Note 1 outstanding test not seen during this rerun:\n"
                + "                 dev.solo.examples.rerun.StockTest reorders()\n"), out);
        assertTrue(out.contains("warning: 1 outstanding test still remains"), out);

        Files.createFile(project.resolve("fixes/reorders"));
        HostRun last = maven("rerun-mvn-2", project, cache, "-Dsolo.rerun=latest");
        assertEquals(0, last.exitCode(), last.describe());
        String console = last.stdoutText() + last.stderrText();
        assertTrue(console.contains("Tests run: 6, Failures: 0, Errors: 0, Skipped: 5"), console);
        assertTrue(console.contains("solo: no outstanding tests remain"), console);

        HostRun list = solo("rerun-store-list", project, cache, "store", "list", "--color", "never");
        assertEquals(0, list.exitCode(), list.describe());
        List<String> tree = list.stdoutText().lines().toList();
        assertEquals("3 recorded runs:", tree.get(0), list.stdoutText());
        assertTrue(tree.get(1).contains("4 passed / 2 failed"), list.stdoutText());
        assertTrue(tree.get(2).startsWith("└─") && tree.get(3).startsWith("  ") && tree.get(3).endsWith("*latest"),
                list.stdoutText());

        String firstId = tree.get(1).substring(0, 8);
        HostRun replay = solo("rerun-replay", project, cache, "replay", "-R", firstId, "--no-pager", "--color", "never");
        assertEquals(0, replay.exitCode(), replay.describe());
        assertTrue(replay.stdoutText().contains("Summary [") && replay.stdoutText().contains("6 tests run: 4 passed, 2 failed"),
                replay.stdoutText());
        assertTrue(replay.stdoutText().contains("addsTax is still broken"), "the failure's output, as it was");

        // The page of the run Surefire recorded, as solo run writes its own: its tests, the failure's output.
        Path page = project.resolve("first.html");
        HostRun html = solo("rerun-html", project, cache, "report", "html", "-R", firstId, "-o", page.toString());
        assertEquals(0, html.exitCode(), html.describe());
        String text = Files.readString(page);
        assertTrue(text.contains("<script type=\"application/json\" id=\"solo-data\">"), html.describe());
        assertTrue(text.contains("dev.solo.examples.rerun.PriceTest") && text.contains("addsTax is still broken"),
                html.describe());
        assertTrue(!text.contains("src=\"http") && !text.contains("href=\"http"), "the page loads nothing from the network");
    }

    private static HostRun maven(String name, Path project, Path cache, String... args) {
        Host host = Host.command(name, Stream.concat(Stream.of("mvn", "-o", "-B",
                "-Dmaven.repo.local=" + ItEnv.localRepository(), "test"), Stream.of(args)).toList());
        return host.directory(project).env("SOLO_CACHE_DIR", cache.toString()).timeout(Duration.ofMinutes(3)).run();
    }

    private static HostRun solo(String name, Path project, Path cache, String... args) {
        return Host.solo(name, List.of(args)).directory(project).env("SOLO_CACHE_DIR", cache.toString())
                .timeout(Duration.ofMinutes(3)).run();
    }

    private static Path copyOfExample(String example) {
        Path source = ItEnv.example(example);
        Path copy = ItEnv.newWorkDir("example-" + example);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> !source.relativize(f).startsWith("target")).toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
