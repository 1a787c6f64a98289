package dev.solo.engine.debug;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * A test JVM's standard output without JDWP's {@code Listening for transport ...} line, which it
 * hands to {@code listening} the moment it arrives. Only the lines before that one are looked at
 * (it is nearly always the first), and at most {@link #SCAN_LIMIT} bytes of them; then it is the
 * stream itself.
 */
final class ListeningLineFilter extends InputStream {
	static final String PREFIX = "Listening for transport ";
	private static final int SCAN_LIMIT = 64 * 1024;
	private static final int LINE_LIMIT = 1024;

	private final InputStream in;
	private final Consumer<String> listening;
	private byte[] pending = new byte[0];
	private int pendingAt;
	private boolean scanning = true;
	private int scanned;

	ListeningLineFilter(InputStream in, Consumer<String> listening) {
		this.in = in;
		this.listening = listening;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (pendingAt >= pending.length && scanning) {
			byte[] line = nextLine();
			if (line.length == 0) {
				return -1;
			}
			String text = new String(line, Charset.defaultCharset()).strip();
			if (text.startsWith(PREFIX)) {
				scanning = false;
				listening.accept(text);
			}
			else {
				pending = line;
				pendingAt = 0;
				scanning = scanned < SCAN_LIMIT;
			}
		}
		if (pendingAt < pending.length) {
			int n = Math.min(length, pending.length - pendingAt);
			System.arraycopy(pending, pendingAt, buffer, offset, n);
			pendingAt += n;
			return n;
		}
		return in.read(buffer, offset, length);
	}

	/** The next line with its end, or what there is of it up to {@link #LINE_LIMIT}; empty at the stream's end. */
	private byte[] nextLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while (line.size() < LINE_LIMIT && (b = in.read()) >= 0) {
			line.write(b);
			if (b == '\n') {
				break;
			}
		}
		scanned += line.size();
		return line.toByteArray();
	}

	@Override
	public int available() throws IOException {
		return pending.length - pendingAt + (scanning ? 0 : in.available());
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
