package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/** Reads the frames written by {@link FrameWriter}. */
@API(status = INTERNAL, since = "0.1")
public final class FrameReader {
	/** Bounds a single frame so a corrupt length can never exhaust the parent's memory. */
	static final int MAX_FRAME_BYTES = 64 * 1024 * 1024;

	private final DataInputStream in;

	public FrameReader(InputStream in) {
		this.in = new DataInputStream(in);
	}

	/** The next frame, or {@code null} at a clean end of stream. */
	public Frame next() throws IOException {
		return next(MAX_FRAME_BYTES);
	}

	/**
	 * As {@link #next()}, refusing a frame longer than {@code maxBytes}: for a peer not yet
	 * known, which must not make the parent allocate more than a handshake needs.
	 */
	public Frame next(int maxBytes) throws IOException {
		int type = in.read();
		if (type < 0) {
			return null;
		}
		int length = in.readInt();
		if (length < 0 || length > Math.min(maxBytes, MAX_FRAME_BYTES)) {
			throw new ProtocolException("frame length " + length + " out of range");
		}
		byte[] payload = new byte[length];
		in.readFully(payload);
		return new Frame(MessageType.of(type), payload);
	}

	/** One received frame; fields are read in the order they were written. */
	public static final class Frame {
		private final MessageType type;
		private final DataInputStream data;

		Frame(MessageType type, byte[] payload) {
			this.type = type;
			this.data = new DataInputStream(new ByteArrayInputStream(payload));
		}

		public MessageType type() {
			return type;
		}

		public String string() throws IOException {
			byte[] raw = bytes();
			return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
		}

		public byte[] bytes() throws IOException {
			int length = data.readInt();
			if (length < 0) {
				return null;
			}
			if (length > data.available()) {
				throw new EOFException("field longer than its frame");
			}
			byte[] raw = new byte[length];
			data.readFully(raw);
			return raw;
		}

		public int integer() throws IOException {
			return data.readInt();
		}

		public long longValue() throws IOException {
			return data.readLong();
		}

		public List<String> strings() throws IOException {
			int size = data.readInt();
			List<String> values = new ArrayList<>(Math.max(0, Math.min(size, 1024)));
			for (int i = 0; i < size; i++) {
				values.add(string());
			}
			return values;
		}

		public Map<String, String> map() throws IOException {
			int size = data.readInt();
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < size; i++) {
				values.put(string(), string());
			}
			return values;
		}
	}
}
