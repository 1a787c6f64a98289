package dev.solo.engine.child;

import dev.solo.engine.process.ProcessTree;
import dev.solo.engine.protocol.FrameReader;
import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.MessageType;

import java.io.IOException;

/**
 * Listens to the parent while the test runs: answers thread-dump requests from a thread the
 * test cannot block, and halts this JVM (and whatever it started) when the parent goes away,
 * so a killed build never leaves orphaned test JVMs behind.
 */
final class ParentWatch extends Thread {
	static final String NAME = "solo-parent-watch";
	private final FrameReader reader;
	private final FrameWriter writer;
	private volatile boolean finished;

	ParentWatch(FrameReader reader, FrameWriter writer) {
		super(NAME);
		setDaemon(true);
		this.reader = reader;
		this.writer = writer;
	}

	void finished() {
		finished = true;
	}

	boolean isFinished() {
		return finished;
	}

	@Override
	public void run() {
		try {
			FrameReader.Frame frame;
			while ((frame = reader.next()) != null) {
				if (frame.type() == MessageType.DUMP_THREADS) {
					writer.frame(MessageType.THREAD_DUMP).string(ThreadDump.ofAllThreads()).send();
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// the parent is gone either way
		}
		if (!finished) {
			ProcessTree.descendants(ProcessHandle.current()).forEach(ProcessHandle::destroyForcibly);
			Runtime.getRuntime().halt(137);
		}
	}
}
