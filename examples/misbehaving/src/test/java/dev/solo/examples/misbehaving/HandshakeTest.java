package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.MessageType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tries to speak for itself as another local user could: it learns the fork server's port from
 * its own command line, which anyone may read, and says HELLO with a guessed token. The server
 * must close that connection, report it, and leave this test's own result alone: it passes.
 * Records {@code port=<server port> from=<its local port> guess=<token>} in
 * {@code <fixture.pid.dir>/HandshakeTest.handshake} so the host's report can be matched.
 */
class HandshakeTest {

    private static final String NAME = "HandshakeTest.aGuessedTokenIsRefused";
    private static final String CHILD_MAIN = "dev.solo.engine.child.ChildMain";

    @Test
    void aGuessedTokenIsRefused() throws IOException {
        Pids.record(NAME);
        assumeTrue("1".equals(System.getenv("SOLO")), "speaks to Solo's fork server: run it in a Solo child");
        List<String> arguments = CommandLine.arguments();
        int main = arguments.indexOf(CHILD_MAIN);
        assertTrue(main > 0, () -> "no " + CHILD_MAIN + " on " + arguments);
        assertEquals(main + 2, arguments.size(), () -> "only the port may follow the main class: "
                + arguments.subList(main, arguments.size()));
        int port = Integer.parseInt(arguments.get(main + 1));

        byte[] guessed = new byte[16];
        new SecureRandom().nextBytes(guessed);
        String guess = HexFormat.of().formatHex(guessed);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            Pids.note("HandshakeTest.handshake", "port=" + port + " from=" + socket.getLocalPort() + " guess=" + guess + "\n");
            socket.setSoTimeout(10_000);
            new FrameWriter(socket.getOutputStream()).frame(MessageType.HELLO).string(guess)
                    .longValue(ProcessHandle.current().pid()).send();
            assertClosedByTheServer(socket);
        }
        // The token was taken off standard input before this test began; the test sees only its end.
        assertEquals(-1, System.in.read(), "standard input is at its end");
    }

    private static void assertClosedByTheServer(Socket socket) throws IOException {
        try {
            assertEquals(-1, socket.getInputStream().read(), "the server answered a guessed token");
        } catch (SocketException reset) {
            // closed as well
        }
    }
}
