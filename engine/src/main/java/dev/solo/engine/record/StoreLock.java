package dev.solo.engine.record;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Who may change a store's index now: a lock on {@code index.lock} keeps other JVMs out, and a
 * lock of this JVM's keeps its other threads out, since a file lock is held by a whole process
 * (a second thread asking for it fails rather than waits). Reentrant: a pruning that deletes
 * runs holds it once.
 */
final class StoreLock {
	private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

	private final Path lockFile;
	private final ReentrantLock local;

	StoreLock(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		this.lockFile = absolute.resolve("index.lock");
		this.local = IN_THIS_JVM.computeIfAbsent(absolute, any -> new ReentrantLock());
	}

	interface Locked<T> {
		T run() throws IOException;
	}

	/** Runs {@code action} holding both locks, creating the store's folder first if need be. */
	<T> T locked(Locked<T> action) throws IOException {
		local.lock();
		try {
			if (local.getHoldCount() > 1) {
				return action.run();
			}
			StoreFiles.ownerOnlyFolder(lockFile.getParent());
			StoreFiles.ownerOnlyFile(lockFile);
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
					FileLock held = channel.lock()) {
				return action.run();
			}
		}
		finally {
			local.unlock();
		}
	}
}
