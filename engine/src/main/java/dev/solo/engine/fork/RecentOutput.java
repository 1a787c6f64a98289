package dev.solo.engine.fork;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * The last few KiB a test JVM printed, stdout and stderr together in the order they were read,
 * for a live status dump. The captured output keeps each stream apart and its tail can be
 * mebibytes; this ring is small, costs a copy per read, and is only read when someone asks.
 */
final class RecentOutput {
	static final int BYTES = 4096;

	private final byte[] ring = new byte[BYTES];
	private long written;

	/** {@code in}, whose reads also land here. */
	InputStream tee(InputStream in) {
		return new FilterInputStream(in) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					append(buffer, offset, read);
				}
				return read;
			}
		};
	}

	synchronized void append(byte[] buffer, int offset, int length) {
		int from = offset + Math.max(0, length - BYTES);
		int remaining = Math.min(length, BYTES);
		while (remaining > 0) {
			int position = (int) (written % BYTES);
			int n = Math.min(remaining, BYTES - position);
			System.arraycopy(buffer, from, ring, position, n);
			written += n;
			from += n;
			remaining -= n;
		}
	}

	/** Its last {@code count} lines at most; a line cut by the ring's start is left out. */
	List<String> lastLines(int count) {
		byte[] kept;
		boolean cut;
		synchronized (this) {
			int size = (int) Math.min(written, BYTES);
			kept = new byte[size];
			long start = written - size;
			for (int i = 0; i < size; i++) {
				kept[i] = ring[(int) ((start + i) % BYTES)];
			}
			cut = written > BYTES;
		}
		List<String> lines = Arrays.asList(new String(kept, Charset.defaultCharset()).split("\r?\n", -1));
		int end = lines.size();
		if (end > 0 && lines.get(end - 1).isEmpty()) {
			end--;
		}
		int begin = Math.max(cut ? 1 : 0, end - count);
		return begin >= end ? List.of() : List.copyOf(lines.subList(begin, end));
	}
}
