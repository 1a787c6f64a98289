package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;

/**
 * Four tests that each fill and hold 300 MB of heap for a while, for memory-aware scheduling:
 * with {@code MEMORY_HOG_DIR} set, each appends when it held its heap ({@code name start end}, ms)
 * to a file there, so that a run can tell how many held theirs at once.
 */
class MemoryHogTest {
    private static final int MEGABYTES = 300;

    @Test
    void first() throws Exception {
        hold("first");
    }

    @Test
    void second() throws Exception {
        hold("second");
    }

    @Test
    void third() throws Exception {
        hold("third");
    }

    @Test
    void fourth() throws Exception {
        hold("fourth");
    }

    private static void hold(String name) throws InterruptedException, IOException {
        // Quarter megabytes: an array of G1's region size or more would take two regions.
        byte[][] kept = new byte[MEGABYTES * 4][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[256 << 10];
            kept[i][i] = 1;
        }
        long start = System.currentTimeMillis();
        Thread.sleep(1_500);
        long end = System.currentTimeMillis();
        assertEquals(1, kept[kept.length - 1][kept.length - 1]);
        String dir = System.getenv("MEMORY_HOG_DIR");
        if (dir != null) {
            Files.writeString(Path.of(dir, "holds.txt"), name + " " + start + " " + end + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
