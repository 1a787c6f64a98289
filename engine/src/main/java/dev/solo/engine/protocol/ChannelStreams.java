package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * Streams over a blocking socket channel (the Unix socket a child in a network namespace of its
 * own connects back on) that read and write at the same time: a child's watch thread waits in a
 * read while its test writes its report. {@code Channels.newInputStream} cannot, before Java 19:
 * its read and write both hold the channel's blocking lock.
 */
@API(status = INTERNAL, since = "0.1")
public final class ChannelStreams {
	private ChannelStreams() {
	}

	public static InputStream in(SocketChannel channel) {
		return new InputStream() {
			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int n = read(one, 0, 1);
				return n < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				Objects.checkFromIndexSize(off, len, b.length);
				if (len == 0) {
					return 0;
				}
				return channel.read(ByteBuffer.wrap(b, off, len));
			}

			@Override
			public void close() throws IOException {
				channel.close();
			}
		};
	}

	public static OutputStream out(SocketChannel channel) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				Objects.checkFromIndexSize(off, len, b.length);
				ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
			}

			@Override
			public void close() throws IOException {
				channel.close();
			}
		};
	}
}
