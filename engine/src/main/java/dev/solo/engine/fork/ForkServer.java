package dev.solo.engine.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.protocol.ChannelStreams;
import dev.solo.engine.protocol.FrameReader;
import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.HandshakeToken;
import dev.solo.engine.protocol.MessageType;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apiguardian.api.API;

/**
 * The loopback socket children connect back to. Each child proves who it is with a random,
 * single-use token it got over its standard input (see {@link HandshakeToken}), so no other
 * local process can speak for a test; one that tries is refused and reported.
 */
@API(status = INTERNAL, since = "0.1")
public final class ForkServer implements AutoCloseable {
	private static final int HANDSHAKE_TIMEOUT_MILLIS = 30_000;
	/** A HELLO is a token and a pid; a stranger must not make the host allocate more. */
	private static final int MAX_HELLO_BYTES = 256;

	private final ServerSocket server;
	private final Map<String, CompletableFuture<Connection>> pending = new ConcurrentHashMap<>();
	private final SecureRandom random = new SecureRandom();
	private final Refusals refusals;
	private final Thread acceptor;
	/** The Unix socket, once a child that cannot reach the loopback port needed it; guarded by this. */
	private ServerSocketChannel unix;
	private Path unixFolder;
	private String unixPath;

	/** Reports refused connections on the host's standard error, as it is when they happen. */
	public ForkServer() throws IOException {
		this(line -> System.err.println(line));
	}

	ForkServer(Consumer<String> warnings) throws IOException {
		refusals = new Refusals(warnings);
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

	/** How many connections were refused so far. */
	int refused() {
		return refusals.count();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				// Off the acceptor: a connection that never says HELLO must not hold up the next child's.
				ForkThreads.run("solo-fork-handshake", () -> handshake(socket));
			}
			catch (IOException e) {
				// closed, or a connection failed to arrive; keep serving until closed
			}
		}
	}

	private void handshake(Socket socket) {
		String refusal;
		try {
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
			FrameReader reader = new FrameReader(new BufferedInputStream(socket.getInputStream(), 1 << 16));
			refusal = authenticate(socket, reader, () -> {
				FrameWriter writer = new FrameWriter(new BufferedOutputStream(socket.getOutputStream()));
				socket.setSoTimeout(0);
				return writer;
			});
		}
		catch (SocketTimeoutException e) {
			refusal = "no handshake within " + HANDSHAKE_TIMEOUT_MILLIS / 1000 + " s";
		}
		catch (IOException | RuntimeException e) {
			refusal = "malformed handshake";
		}
		if (refusal != null) {
			refuse(socket, socket.getRemoteSocketAddress(), refusal);
		}
	}

	/**
	 * The path of a Unix socket children connect to when they cannot reach the loopback port (a
	 * network namespace of their own); made on first use, in a folder only this user can enter.
	 */
	public synchronized String unixSocketPath() throws IOException {
		if (unix == null) {
			unixFolder = Files.createTempDirectory("solo-fork-");
			Path path = unixFolder.resolve("s");
			ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			channel.bind(UnixDomainSocketAddress.of(path), 64);
			unix = channel;
			unixPath = path.toString();
			Thread thread = new Thread(() -> acceptUnix(channel), "solo-fork-server-unix");
			thread.setDaemon(true);
			thread.start();
		}
		return unixPath;
	}

	private void acceptUnix(ServerSocketChannel channel) {
		while (channel.isOpen()) {
			try {
				SocketChannel connection = channel.accept();
				ForkThreads.run("solo-fork-handshake", () -> handshake(connection));
			}
			catch (IOException e) {
				// closed, or a connection failed to arrive; keep serving until closed
			}
		}
	}

	/** As for a TCP connection; a channel has no read timeout, so one that says nothing in time is closed. */
	private void handshake(SocketChannel channel) {
		AtomicBoolean over = new AtomicBoolean();
		AtomicBoolean timedOut = new AtomicBoolean();
		CompletableFuture.delayedExecutor(HANDSHAKE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
			if (over.compareAndSet(false, true)) {
				timedOut.set(true);
				closeQuietly(channel);
			}
		});
		String refusal;
		try {
			FrameReader reader = new FrameReader(new BufferedInputStream(ChannelStreams.in(channel), 1 << 16));
			refusal = authenticate(channel, reader, () -> {
				if (!over.compareAndSet(false, true)) {
					throw new IOException("closed: no handshake in time");
				}
				return new FrameWriter(new BufferedOutputStream(ChannelStreams.out(channel)));
			});
		}
		catch (IOException | RuntimeException e) {
			refusal = timedOut.get() ? "no handshake within " + HANDSHAKE_TIMEOUT_MILLIS / 1000 + " s" : "malformed handshake";
		}
		over.set(true);
		if (refusal != null) {
			SocketAddress from;
			try {
				from = channel.getRemoteAddress();
			}
			catch (IOException e) {
				from = null;
			}
			refuse(channel, from, refusal);
		}
	}

	/** What the connection's writer needs once the HELLO is read: made, and the handshake's time limit lifted. */
	@FunctionalInterface
	private interface WriterOpening {
		FrameWriter open() throws IOException;
	}

	/** Hands the connection to the child it belongs to; else says why it is refused. */
	private String authenticate(Closeable link, FrameReader reader, WriterOpening writing) throws IOException {
		FrameReader.Frame hello = reader.next(MAX_HELLO_BYTES);
		if (hello == null) {
			return "closed before the handshake";
		}
		if (hello.type() != MessageType.HELLO) {
			return "malformed handshake";
		}
		String token = hello.string();
		long pid = hello.longValue();
		if (!HandshakeToken.isWellFormed(token)) {
			return "malformed token";
		}
		// Whatever can fail is done before the token is spent.
		FrameWriter writer = writing.open();
		// Removed on first use: a replayed token finds nothing, and the child that used it is untouched.
		CompletableFuture<Connection> waiting = pending.remove(token);
		if (waiting == null) {
			return "unknown or already used token";
		}
		waiting.complete(new Connection(link, reader, writer, pid));
		return null;
	}

	private void refuse(Closeable link, SocketAddress from, String reason) {
		closeQuietly(link);
		if (!server.isClosed()) {
			refusals.refused(from, reason);
		}
	}

	private static void closeQuietly(Closeable link) {
		try {
			link.close();
		}
		catch (IOException ignored) {
			// nothing more to do
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		synchronized (this) {
			if (unix != null) {
				unix.close();
				Files.deleteIfExists(Path.of(unixPath));
				Files.deleteIfExists(unixFolder);
			}
		}
		pending.values().forEach(f -> f.cancel(false));
		refusals.close();
	}

	/** An accepted, authenticated child connection: {@code link} closes it. */
	record Connection(Closeable link, FrameReader reader, FrameWriter writer, long pid) {
	}
}
