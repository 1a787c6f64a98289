package dev.solo.launcher.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed tar stream, watched for its end marker. commons-compress takes a tar that
 * simply stops at an entry boundary for a whole one; a whole tar ends with two zero records (and
 * zero padding), so a stream whose last bytes were not zeros was cut short.
 */
final class EndMarkerCheck extends InputStream {
	private static final int END_MARKER = 1024;

	private final InputStream in;
	private long trailingZeros;
	private boolean read;

	EndMarkerCheck(InputStream in) {
		this.in = in;
	}

	/** Whether what was read last is a tar's end marker. */
	boolean sawEndMarker() {
		return read && trailingZeros >= END_MARKER;
	}

	@Override
	public int read() throws IOException {
		int b = in.read();
		if (b >= 0) {
			read = true;
			trailingZeros = b == 0 ? trailingZeros + 1 : 0;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		for (int i = offset; i < offset + n; i++) {
			trailingZeros = buffer[i] == 0 ? trailingZeros + 1 : 0;
		}
		read |= n > 0;
		return n;
	}

	// skip() is InputStream's, which reads through read(): skipped bytes are watched too

	@Override
	public void close() throws IOException {
		in.close();
	}
}
