package dev.solo.examples.misbehaving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests that pass and leave non-daemon threads running, which would keep a plain JVM alive
 * after {@code main} returns: a server started in {@code @BeforeAll} and never stopped, and a
 * thread a test starts and forgets. Neither is a leaked process.
 */
class LingeringThreadTest {

    private static ServerSocket server;

    @BeforeAll
    static void startServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (true) {
                try (Socket client = server.accept()) {
                    client.getOutputStream().write('!');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, "fixture-server");
        acceptor.setDaemon(false);
        acceptor.start();
    }

    @Test
    void usesTheServerAndLeavesItRunning() throws IOException {
        Pids.record("LingeringThreadTest.usesTheServerAndLeavesItRunning");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            if (socket.getInputStream().read() != '!') {
                throw new AssertionError("the server did not answer");
            }
        }
    }

    @Test
    void leavesAThreadRunning() {
        Pids.record("LingeringThreadTest.leavesAThreadRunning");
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // never ends on its own
                }
            }
        }, "fixture-forgotten");
        thread.setDaemon(false);
        thread.start();
    }
}
