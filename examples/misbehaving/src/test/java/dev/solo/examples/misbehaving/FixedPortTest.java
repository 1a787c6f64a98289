package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Two tests that serve on one hard-coded loopback port, the classic reason a suite cannot run in
 * parallel. With {@code FIXED_PORT_DIR} set, each says it started there and holds the port until
 * the other has started too (at most 20 s), so run in parallel they surely overlap; without, each
 * holds it a second.
 */
class FixedPortTest {
    static final int PORT = 47_614;

    @Test
    void first() throws Exception {
        serve("first", "second");
    }

    @Test
    void second() throws Exception {
        serve("second", "first");
    }

    private static void serve(String me, String other) throws Exception {
        String shared = System.getenv("FIXED_PORT_DIR");
        Path dir = shared == null ? null : Path.of(shared);
        if (dir != null) {
            Files.writeString(dir.resolve("started." + me), "");
        }
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT));
            if (dir == null) {
                Thread.sleep(1_000);
                return;
            }
            long deadline = System.currentTimeMillis() + 20_000;
            while (!Files.exists(dir.resolve("started." + other)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(dir.resolve("started." + other)), other + " never started");
            Thread.sleep(200);
        }
    }
}
