package dev.solo.engine.store;

import dev.solo.engine.files.OwnerOnlyFiles;

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
	/** By the store's real path: two paths to one store (a link) must share one lock. */
	private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

	private final Path folder;
	private volatile ReentrantLock local;

	StoreLock(Path folder) {
		this.folder = folder;
	}

	interface Locked<T> {
		T run() throws IOException;
	}

	/** Runs {@code action} holding both locks, creating the store's folder first if need be. */
	<T> T locked(Locked<T> action) throws IOException {
		ReentrantLock jvm = local();
		jvm.lock();
		try {
			if (jvm.getHoldCount() > 1) {
				return action.run();
			}
			Path lockFile = folder.resolve("index.lock");
			OwnerOnlyFiles.file(lockFile);
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
					FileLock held = channel.lock()) {
				return action.run();
			}
		}
		finally {
			jvm.unlock();
		}
	}

	private ReentrantLock local() throws IOException {
		ReentrantLock known = local;
		if (known == null) {
			OwnerOnlyFiles.folder(folder);
			known = IN_THIS_JVM.computeIfAbsent(folder.toRealPath(), any -> new ReentrantLock());
			local = known;
		}
		return known;
	}
}
