package dev.solo.engine.fork;

import dev.solo.engine.events.CapturedOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Drains one output stream of a child on a thread of {@link ForkThreads}, keeping the first and
 * last {@code limit/2} bytes. The child never blocks on a full pipe, and the parent's memory
 * stays bounded whatever the test prints.
 */
final class BoundedOutput implements Runnable {
	private final String name;
	private final CountDownLatch ended = new CountDownLatch(1);
	private final InputStream in;
	private final OutputStream passthrough;
	private final int headLimit;
	private final int tailLimit;
	// Both grow on demand: most tests print little, and a few MiB zeroed per test adds up.
	private byte[] head = new byte[0];
	private byte[] tail = new byte[0];
	private int headSize;
	private long tailWritten;

	BoundedOutput(String name, InputStream in, int limitBytes, OutputStream passthrough) {
		this.name = name;
		this.in = in;
		this.passthrough = passthrough;
		this.headLimit = Math.max(0, limitBytes / 2);
		this.tailLimit = Math.max(0, limitBytes - headLimit);
	}

	void start() {
		ForkThreads.run(name, this);
	}

	@Override
	public void run() {
		try {
			drain();
		}
		finally {
			ended.countDown();
		}
	}

	private void drain() {
		byte[] buffer = new byte[8192];
		try {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (passthrough != null) {
					passthrough.write(buffer, 0, read);
					passthrough.flush();
				}
				append(buffer, read);
			}
		}
		catch (IOException e) {
			// the child is gone; keep what arrived
		}
	}

	private synchronized void append(byte[] buffer, int length) {
		int offset = 0;
		if (headSize < headLimit) {
			int n = Math.min(length, headLimit - headSize);
			if (headSize + n > head.length) {
				head = java.util.Arrays.copyOf(head, Math.min(headLimit, Math.max(8192, 2 * (headSize + n))));
			}
			System.arraycopy(buffer, 0, head, headSize, n);
			headSize += n;
			offset = n;
		}
		if (offset < length && tail.length < tailLimit) {
			tail = new byte[tailLimit];
		}
		while (offset < length && tail.length > 0) {
			int position = (int) (tailWritten % tail.length);
			int n = Math.min(length - offset, tail.length - position);
			System.arraycopy(buffer, offset, tail, position, n);
			tailWritten += n;
			offset += n;
		}
	}

	/** Waits up to {@code millis} for the stream to end, then snapshots what was kept. */
	CapturedOutput finish(long millis) {
		try {
			ended.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return snapshot();
	}

	synchronized CapturedOutput snapshot() {
		byte[] keptHead = java.util.Arrays.copyOf(head, headSize);
		int tailSize = (int) Math.min(tailWritten, tail.length);
		byte[] keptTail = new byte[tailSize];
		long start = tailWritten - tailSize;
		for (int i = 0; i < tailSize; i++) {
			keptTail[i] = tail[(int) ((start + i) % tail.length)];
		}
		return new CapturedOutput(keptHead, keptTail, tailWritten - tailSize);
	}
}
