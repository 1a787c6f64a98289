package dev.solo.engine.fork;

import dev.solo.engine.protocol.FrameReader;
import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.HandshakeToken;
import dev.solo.engine.protocol.MessageType;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loopback socket children connect back to. Each child proves who it is with a random,
 * single-use token it got over its standard input (see {@link HandshakeToken}), so no other
 * local process can speak for a test.
 */
public final class ForkServer implements AutoCloseable {
	private static final int HANDSHAKE_TIMEOUT_MILLIS = 30_000;

	private final ServerSocket server;
	private final Map<String, CompletableFuture<Connection>> pending = new ConcurrentHashMap<>();
	private final SecureRandom random = new SecureRandom();
	private final Thread acceptor;

	public ForkServer() throws IOException {
		server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::acceptLoop, "solo-fork-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Reserves a token for a child about to start; the future completes when it connects. */
	Map.Entry<String, CompletableFuture<Connection>> expect() {
		String token = HandshakeToken.random(random);
		CompletableFuture<Connection> future = new CompletableFuture<>();
		pending.put(token, future);
		return Map.entry(token, future);
	}

	void forget(String token) {
		pending.remove(token);
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread handshake = new Thread(() -> handshake(socket), "solo-fork-handshake");
				handshake.setDaemon(true);
				handshake.start();
			}
			catch (IOException e) {
				// closed, or a connection failed to arrive; keep serving until closed
			}
		}
	}

	private void handshake(Socket socket) {
		try {
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
			FrameReader reader = new FrameReader(new BufferedInputStream(socket.getInputStream(), 1 << 16));
			FrameReader.Frame hello = reader.next();
			if (hello == null || hello.type() != MessageType.HELLO) {
				socket.close();
				return;
			}
			String token = hello.string();
			long pid = hello.longValue();
			CompletableFuture<Connection> waiting = token == null ? null : pending.remove(token);
			if (waiting == null) {
				socket.close();
				return;
			}
			socket.setSoTimeout(0);
			FrameWriter writer = new FrameWriter(new BufferedOutputStream(socket.getOutputStream()));
			waiting.complete(new Connection(socket, reader, writer, pid));
		}
		catch (IOException | RuntimeException e) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// nothing more to do
			}
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		pending.values().forEach(f -> f.cancel(false));
	}

	/** An accepted, authenticated child connection. */
	record Connection(Socket socket, FrameReader reader, FrameWriter writer, long pid) {
	}
}
