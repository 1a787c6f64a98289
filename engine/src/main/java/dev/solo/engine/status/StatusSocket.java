package dev.solo.engine.status;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * This JVM's listening socket while a run is under way: one daemon thread blocked in accept,
 * which answers each connection with the status text and closes it. It costs the run nothing
 * while nobody connects. A socket that cannot be opened (a read-only cache, a path too long
 * for a socket) only means {@code solo status} will not find this run.
 */
final class StatusSocket implements AutoCloseable {
	private final ServerSocketChannel server;
	private final Path path;

	private StatusSocket(ServerSocketChannel server, Path path) {
		this.server = server;
		this.path = path;
	}

	static Optional<StatusSocket> open(Supplier<String> status) {
		return open(StatusSockets.folder(), ProcessHandle.current().pid(), status);
	}

	static Optional<StatusSocket> open(Path folder, long pid, Supplier<String> status) {
		try {
			Optional<Path> path = StatusSockets.prepare(folder, pid);
			if (path.isEmpty()) {
				return Optional.empty();
			}
			ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				server.bind(UnixDomainSocketAddress.of(path.get()));
			}
			catch (IOException | RuntimeException e) {
				server.close();
				throw e;
			}
			StatusSocket socket = new StatusSocket(server, path.get());
			Thread thread = new Thread(() -> socket.serve(status), "solo-status-socket");
			thread.setDaemon(true);
			thread.start();
			return Optional.of(socket);
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private void serve(Supplier<String> status) {
		while (server.isOpen()) {
			try (SocketChannel client = server.accept()) {
				StatusSockets.send(client, status.get());
			}
			catch (IOException | RuntimeException e) {
				// closed at the run's end, or the client left: either way the next accept says which
			}
		}
	}

	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ignored) {
			// closing what is gone
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ignored) {
			// solo status removes it once it finds this JVM gone
		}
	}
}
