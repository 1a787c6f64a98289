package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * Builds one frame in memory and writes it atomically, so frames from several threads of a
 * child never interleave.
 */
@API(status = INTERNAL, since = "0.1")
public final class FrameWriter {
	private final DataOutputStream out;

	public FrameWriter(OutputStream out) {
		this.out = new DataOutputStream(out);
	}

	public Frame frame(MessageType type) {
		return new Frame(type);
	}

	/** One frame under construction. */
	public final class Frame {
		private final MessageType type;
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		private final DataOutputStream data = new DataOutputStream(bytes);

		private Frame(MessageType type) {
			this.type = type;
		}

		public Frame string(String value) throws IOException {
			if (value == null) {
				data.writeInt(-1);
				return this;
			}
			byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
			data.writeInt(encoded.length);
			data.write(encoded);
			return this;
		}

		public Frame bytes(byte[] value) throws IOException {
			if (value == null) {
				data.writeInt(-1);
				return this;
			}
			data.writeInt(value.length);
			data.write(value);
			return this;
		}

		public Frame integer(int value) throws IOException {
			data.writeInt(value);
			return this;
		}

		public Frame longValue(long value) throws IOException {
			data.writeLong(value);
			return this;
		}

		public Frame strings(List<String> values) throws IOException {
			data.writeInt(values.size());
			for (String value : values) {
				string(value);
			}
			return this;
		}

		public Frame map(Map<String, String> values) throws IOException {
			data.writeInt(values.size());
			for (Map.Entry<String, String> entry : values.entrySet()) {
				string(entry.getKey());
				string(entry.getValue());
			}
			return this;
		}

		public void send() throws IOException {
			data.flush();
			synchronized (out) {
				out.writeByte(type.ordinal());
				out.writeInt(bytes.size());
				bytes.writeTo(out);
				out.flush();
			}
		}
	}
}
