package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.solo.engine.protocol.FrameReader;
import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.HandshakeToken;
import dev.solo.engine.protocol.MessageType;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handshake over real loopback sockets, as a child (or a stranger) speaks it. */
class ForkServerTest {
	private final List<String> warnings = new CopyOnWriteArrayList<>();
	private ForkServer server;

	@BeforeEach
	void open() throws IOException {
		server = new ForkServer(warnings::add);
	}

	@AfterEach
	void close() throws IOException {
		server.close();
	}

	@Test
	void theRightTokenIsAccepted() throws Exception {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		try (Socket child = hello(expected.getKey(), 42)) {
			ForkServer.Connection connection = expected.getValue().get(5, TimeUnit.SECONDS);
			assertEquals(42, connection.pid());
			assertConnected(child, connection);
		}
		assertEquals(List.of(), warnings);
	}

	@Test
	void aWrongTokenIsRefusedAndReportedWithoutTouchingThePendingChild() throws Exception {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		String guess = HandshakeToken.random(new SecureRandom());
		int strangerPort;
		try (Socket stranger = hello(guess, 7)) {
			strangerPort = stranger.getLocalPort();
			assertClosedByServer(stranger);
		}
		await(() -> warnings.size() == 1);
		assertFalse(expected.getValue().isDone(), "the pending child's future is left alone");
		assertEquals("solo: refused a connection to the test JVM server from 127.0.0.1:" + strangerPort
				+ ": unknown or already used token", warnings.get(0));
		try (Socket child = hello(expected.getKey(), 8)) {
			assertEquals(8, expected.getValue().get(5, TimeUnit.SECONDS).pid(), "the real child still gets in");
		}
	}

	@Test
	void aReplayedTokenIsRefusedAndTheChildThatUsedItKeepsItsConnection() throws Exception {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		String token = expected.getKey();
		try (Socket child = hello(token, 1)) {
			ForkServer.Connection connection = expected.getValue().get(5, TimeUnit.SECONDS);
			try (Socket replay = hello(token, 2)) {
				assertClosedByServer(replay);
			}
			await(() -> warnings.size() == 1);
			assertTrue(warnings.get(0).endsWith(": unknown or already used token"), warnings::toString);
			assertFalse(warnings.get(0).contains(token), "a report never shows a token");
			assertEquals(1, connection.pid());
			assertConnected(child, connection);
		}
	}

	@Test
	void malformedHandshakesAreRefusedAndReported() throws Exception {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		try (Socket notHello = connect()) {
			new FrameWriter(notHello.getOutputStream()).frame(MessageType.DONE).string(expected.getKey()).send();
			assertClosedByServer(notHello);
		}
		try (Socket notAToken = hello("../../etc/passwd", 3)) {
			assertClosedByServer(notAToken);
		}
		try (Socket tooLong = hello(expected.getKey() + "x".repeat(1000), 4)) {
			assertClosedByServer(tooLong);
		}
		try (Socket torn = connect()) {
			DataOutputStream out = new DataOutputStream(torn.getOutputStream());
			out.writeByte(MessageType.HELLO.ordinal());
			out.writeInt(40);
			out.writeInt(32);
			out.flush();
			torn.shutdownOutput();
			assertClosedByServer(torn);
		}
		try (Socket silent = connect()) {
			silent.shutdownOutput();
			assertClosedByServer(silent);
		}
		await(() -> warnings.size() == 5);
		assertEquals(List.of("closed before the handshake", "malformed handshake", "malformed handshake",
				"malformed handshake", "malformed token"), warnings.stream().map(w -> w.substring(w.lastIndexOf(": ") + 2))
						.sorted().toList(), warnings::toString);
		assertFalse(expected.getValue().isDone());
		try (Socket child = hello(expected.getKey(), 5)) {
			assertEquals(5, expected.getValue().get(5, TimeUnit.SECONDS).pid());
		}
	}

	@Test
	void aStormOfRefusalsPrintsAFewLinesAndCountsTheRest() throws Exception {
		Map.Entry<String, CompletableFuture<ForkServer.Connection>> expected = server.expect();
		SecureRandom random = new SecureRandom();
		int storm = 200;
		for (int i = 0; i < storm; i++) {
			try (Socket stranger = hello(HandshakeToken.random(random), i)) {
				assertClosedByServer(stranger);
			}
		}
		await(() -> server.refused() == storm);
		assertEquals(Refusals.PRINTED, warnings.size(), warnings::toString);
		assertTrue(warnings.get(Refusals.PRINTED - 1).endsWith("(further refusals are only counted)"), warnings::toString);
		try (Socket child = hello(expected.getKey(), 9)) {
			assertEquals(9, expected.getValue().get(5, TimeUnit.SECONDS).pid());
		}
		server.close();
		assertEquals("solo: refused " + (storm - Refusals.PRINTED) + " more connections to the test JVM server",
				warnings.get(warnings.size() - 1));
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
		socket.setSoTimeout(5_000);
		return socket;
	}

	private Socket hello(String token, long pid) throws IOException {
		Socket socket = connect();
		new FrameWriter(socket.getOutputStream()).frame(MessageType.HELLO).string(token).longValue(pid).send();
		return socket;
	}

	/** Frames pass both ways over an accepted connection. */
	private static void assertConnected(Socket child, ForkServer.Connection connection) throws IOException {
		connection.writer().frame(MessageType.GO).send();
		assertEquals(MessageType.GO, new FrameReader(child.getInputStream()).next().type());
		new FrameWriter(child.getOutputStream()).frame(MessageType.STARTED).string("id").send();
		FrameReader.Frame started = connection.reader().next();
		assertEquals(MessageType.STARTED, started.type());
		assertEquals("id", started.string());
	}

	/** End of stream, or a reset when the server closed with bytes still unread. */
	private static void assertClosedByServer(Socket socket) throws IOException {
		try {
			assertEquals(-1, socket.getInputStream().read(), "the server sent something instead of closing");
		}
		catch (SocketException reset) {
			// closed too
		}
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("not within 5 s");
			}
			Thread.sleep(10);
		}
	}
}
