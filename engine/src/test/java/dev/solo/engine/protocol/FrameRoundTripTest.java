package dev.solo.engine.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FrameRoundTripTest {

	@Test
	void fieldsComeBackInOrder() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		FrameWriter writer = new FrameWriter(bytes);
		Map<String, String> map = new LinkedHashMap<>();
		map.put("k", "v");
		map.put("ünïcode", "✓");
		writer.frame(MessageType.RUN).string("a").string(null).integer(42).longValue(-7L).bytes(new byte[] { 1, 2 })
				.strings(List.of("x", "y")).map(map).send();
		writer.frame(MessageType.DONE).strings(List.of()).send();

		FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));
		FrameReader.Frame run = reader.next();
		assertEquals(MessageType.RUN, run.type());
		assertEquals("a", run.string());
		assertNull(run.string());
		assertEquals(42, run.integer());
		assertEquals(-7L, run.longValue());
		assertArrayEquals(new byte[] { 1, 2 }, run.bytes());
		assertEquals(List.of("x", "y"), run.strings());
		assertEquals(map, run.map());
		assertEquals(MessageType.DONE, reader.next().type());
		assertNull(reader.next(), "clean end of stream");
	}

	@Test
	void corruptLengthIsRejectedNotAllocated() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeByte(MessageType.STARTED.ordinal());
		out.writeInt(Integer.MAX_VALUE);
		FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));
		assertThrows(ProtocolException.class, reader::next);
	}

	@Test
	void aFrameAboveTheCallersBoundIsRejectedUnread() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new FrameWriter(bytes).frame(MessageType.HELLO).string("x".repeat(100)).send();
		assertThrows(ProtocolException.class, () -> new FrameReader(new ByteArrayInputStream(bytes.toByteArray())).next(64));
		assertEquals(MessageType.HELLO, new FrameReader(new ByteArrayInputStream(bytes.toByteArray())).next(104).type());
	}

	@Test
	void unknownFrameTypeIsRejected() {
		FrameReader reader = new FrameReader(new ByteArrayInputStream(new byte[] { 120, 0, 0, 0, 0 }));
		assertThrows(ProtocolException.class, reader::next);
	}
}
