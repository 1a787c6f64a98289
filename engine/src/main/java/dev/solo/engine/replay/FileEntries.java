package dev.solo.engine.replay;

import java.nio.file.Path;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;

/**
 * File entries for the host, where its Platform has them (1.12+): on an older one the first call
 * fails to link, and none is tried again.
 */
final class FileEntries {
	private static volatile boolean unsupported;

	private FileEntries() {
	}

	/** @param mediaType null when unknown */
	static void publish(EngineExecutionListener listener, TestDescriptor target, Path file, String mediaType) {
		if (unsupported) {
			return;
		}
		try {
			listener.fileEntryPublished(target, FileEntry.from(file, mediaType));
		}
		catch (LinkageError olderPlatform) {
			unsupported = true;
		}
	}
}
