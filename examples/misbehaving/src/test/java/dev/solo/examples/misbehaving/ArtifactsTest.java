package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What an attempt leaves in {@code SOLO_ARTIFACT_DIR}: a heap dump when it runs out of memory (the
 * IT gives it a small heap; with a large one it does not try), and a file the test writes itself.
 */
class ArtifactsTest {
    private static final long SMALL_HEAP = 64L << 20;

    @Test
    void fillsTheHeap() {
        Pids.record("ArtifactsTest.fillsTheHeap");
        assumeTrue(Runtime.getRuntime().maxMemory() <= SMALL_HEAP, "fills only a heap of 64 MiB or less");
        List<long[]> kept = new ArrayList<>();
        while (true) {
            kept.add(new long[1 << 16]);
        }
    }

    @Test
    void leavesAFile() throws IOException {
        Pids.record("ArtifactsTest.leavesAFile");
        String folder = System.getenv("SOLO_ARTIFACT_DIR");
        assumeTrue(folder != null, "runs under Solo");
        assertNotNull(System.getProperty("solo.artifact.dir"));
        Files.writeString(Path.of(folder, "screenshot.txt"), "what the screen showed\n");
    }
}
