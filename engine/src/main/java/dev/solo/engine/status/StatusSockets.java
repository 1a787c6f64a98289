package dev.solo.engine.status;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.files.SoloCache;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apiguardian.api.API;

/**
 * Where runs under way listen for {@code solo status}: {@code status/PID.sock} in Solo's cache,
 * a folder only its user can enter, so no other user can connect. A socket whose JVM is gone
 * (killed before it could remove it) is stale: found, left out and removed.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class StatusSockets {
	private static final String SUFFIX = ".sock";
	/** sun_path holds 108 bytes on Linux, 104 on macOS, its terminating zero included. */
	private static final int MAX_PATH_BYTES = 103;

	private StatusSockets() {
	}

	/** The longest pid a socket is named by: Linux's largest {@code pid_max}, 4194304, and more. */
	private static final String WIDEST_PID = "9999999999";

	/**
	 * {@code status/} in Solo's cache where a socket's path fits there; else, as under a cache deep in
	 * a CI workspace, a short folder of the temporary one, named by the user and the cache it stands
	 * for, so that {@code solo status} with the same cache finds the same folder.
	 */
	public static Path folder() {
		return folder(SoloCache.root(), Path.of(System.getProperty("java.io.tmpdir")));
	}

	static Path folder(Path cache, Path temporary) {
		Path inCache = cache.toAbsolutePath().normalize().resolve("status");
		if (fits(inCache)) {
			return inCache;
		}
		String stands = Integer.toHexString(inCache.toString().hashCode());
		return temporary.toAbsolutePath().normalize().resolve("solo-" + System.getProperty("user.name", "") + "-status-"
				+ stands);
	}

	private static boolean fits(Path folder) {
		return folder.resolve(WIDEST_PID + SUFFIX).toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
	}

	/**
	 * This JVM's socket, its folder made owner-only; empty where the path would be too long for a
	 * socket, or where the folder is another user's (one made first in a shared temporary folder).
	 */
	static Optional<Path> prepare(Path folder, long pid) throws IOException {
		folder = folder.toAbsolutePath();
		Path socket = folder.resolve(pid + SUFFIX);
		if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
			return Optional.empty();
		}
		OwnerOnlyFiles.folder(folder);
		if (!ownedByThisUser(folder)) {
			return Optional.empty();
		}
		try {
			// A folder made by an older Solo, or by hand: the sockets' privacy is the folder's.
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the user's profile folder is already private
		}
		Files.deleteIfExists(socket);
		return Optional.of(socket);
	}

	/**
	 * Whether this user owns {@code folder}. The JDK offers no portable way to ask who this process
	 * runs as: on Linux {@code /proc/self} is owned by it; elsewhere a file this JVM makes for the
	 * purpose is.
	 */
	static boolean ownedByThisUser(Path folder) throws IOException {
		Path self = Path.of("/proc/self");
		if (Files.isDirectory(self)) {
			return Files.getOwner(folder).equals(Files.getOwner(self));
		}
		Path probe = Files.createTempFile("solo-owner", ".probe");
		try {
			return Files.getOwner(folder).equals(Files.getOwner(probe));
		}
		finally {
			Files.deleteIfExists(probe);
		}
	}

	/** A run's answer, or why there is none. */
	@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
	public record Answer(long pid, Optional<String> text, String problem) {
	}

	/**
	 * Asks every run under way of this user for its status, removing the sockets of JVMs that are
	 * gone; empty if none is under way.
	 */
	public static List<Answer> askAll() throws IOException {
		return askAll(folder());
	}

	static List<Answer> askAll(Path folder) throws IOException {
		List<Answer> answers = new ArrayList<>();
		// Another user's folder of the same name holds no run of ours, and what it answers is not asked.
		if (!Files.isDirectory(folder) || !ownedByThisUser(folder)) {
			return answers;
		}
		List<Path> sockets;
		try (Stream<Path> files = Files.list(folder)) {
			sockets = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
		for (Path socket : sockets) {
			Optional<Long> pid = pidOf(socket);
			if (pid.isEmpty() || pid.get() == ProcessHandle.current().pid()) {
				continue;
			}
			if (ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive).isEmpty()) {
				Files.deleteIfExists(socket);
				continue;
			}
			ask(socket, pid.get()).ifPresent(answers::add);
		}
		return answers;
	}

	private static Optional<Answer> ask(Path socket, long pid) {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			try {
				channel.connect(UnixDomainSocketAddress.of(socket));
			}
			catch (IOException refused) {
				// Nobody listens: its JVM died and the pid went to another process.
				Files.deleteIfExists(socket);
				return Optional.empty();
			}
			byte[] text = Channels.newInputStream(channel).readAllBytes();
			return Optional.of(new Answer(pid, Optional.of(new String(text, StandardCharsets.UTF_8)), ""));
		}
		catch (IOException e) {
			return Optional.of(new Answer(pid, Optional.empty(), String.valueOf(e.getMessage())));
		}
	}

	static void send(SocketChannel channel, String text) throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		while (bytes.hasRemaining()) {
			channel.write(bytes);
		}
	}

	private static Optional<Long> pidOf(Path socket) {
		String name = socket.getFileName().toString();
		try {
			return Optional.of(Long.parseLong(name.substring(0, name.length() - SUFFIX.length())));
		}
		catch (NumberFormatException notOurs) {
			return Optional.empty();
		}
	}
}
