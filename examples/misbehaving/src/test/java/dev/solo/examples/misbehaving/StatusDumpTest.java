package dev.solo.examples.misbehaving;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;

/**
 * For the live status dump: prints a few lines, then, when {@code SOLO_IT_STATUS_READY} names a
 * file, writes its pid there and sleeps until the file {@code SOLO_IT_STATUS_RELEASE} names exists
 * (30 s at most), so a test can look at it while it sleeps and let it end. Without the variables
 * it passes at once.
 */
class StatusDumpTest {

    static final long MAX_SLEEP_MILLIS = 30_000;

    @Test
    void sleepsUntilReleased() throws Exception {
        for (int line = 1; line <= 12; line++) {
            System.out.println("status fixture line " + line);
        }
        System.err.println("status fixture on stderr");
        System.out.flush();
        System.err.flush();
        String ready = System.getenv("SOLO_IT_STATUS_READY");
        String release = System.getenv("SOLO_IT_STATUS_RELEASE");
        if (ready == null || release == null) {
            return;
        }
        Path written = Path.of(ready + ".tmp");
        Files.writeString(written, String.valueOf(ProcessHandle.current().pid()));
        Files.move(written, Path.of(ready), StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.currentTimeMillis() + MAX_SLEEP_MILLIS;
        while (!Files.exists(Path.of(release)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
