package dev.solo.examples.misbehaving;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Writes about 200 MiB to stdout, then passes. The host must stream it, not buffer it. */
class FloodTest {

    static final int LINE_BYTES = 1024;
    static final int LINES_PER_CHUNK = 64;
    static final long TOTAL_BYTES = 200L * 1024 * 1024;

    @Test
    void prints200MiB() {
        Pids.record("FloodTest.prints200MiB");
        byte[] line = new byte[LINE_BYTES];
        Arrays.fill(line, (byte) 'x');
        byte[] prefix = "flood ".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        line[LINE_BYTES - 1] = '\n';
        byte[] chunk = new byte[LINE_BYTES * LINES_PER_CHUNK];
        for (int i = 0; i < LINES_PER_CHUNK; i++) {
            System.arraycopy(line, 0, chunk, i * LINE_BYTES, LINE_BYTES);
        }
        for (long written = 0; written < TOTAL_BYTES; written += chunk.length) {
            System.out.write(chunk, 0, chunk.length);
        }
        System.out.flush();
        System.out.println("flood done");
    }
}
