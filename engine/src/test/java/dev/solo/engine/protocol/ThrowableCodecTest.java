package dev.solo.engine.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ThrowableCodecTest {

	@Test
	void serializableExceptionArrivesAsItself() {
		AssertionFailedError original = new AssertionFailedError("values differ", "expected", "actual");
		original.addSuppressed(new IllegalStateException("suppressed"));
		Throwable decoded = ThrowableCodec.decode(ThrowableCodec.encode(original), getClass().getClassLoader());
		AssertionFailedError copy = assertInstanceOf(AssertionFailedError.class, decoded);
		assertEquals("expected", copy.getExpected().getValue());
		assertEquals("actual", copy.getActual().getValue());
		assertEquals("suppressed", copy.getSuppressed()[0].getMessage());
		assertEquals(original.getStackTrace()[0], copy.getStackTrace()[0]);
	}

	@Test
	void unserializableExceptionKeepsTypeMessageStackAndCause() {
		RuntimeException original = new Unserializable("outer", new IllegalArgumentException("inner"));
		Throwable decoded = ThrowableCodec.decode(ThrowableCodec.encode(original), getClass().getClassLoader());
		RemoteException remote = assertInstanceOf(RemoteException.class, decoded);
		assertEquals(Unserializable.class.getName(), remote.originalType());
		assertEquals("outer", remote.getMessage());
		assertEquals(Unserializable.class.getName() + ": outer", remote.toString());
		assertEquals(original.getStackTrace().length, remote.getStackTrace().length);
		assertEquals("inner", remote.getCause().getMessage());
	}

	static final class Unserializable extends RuntimeException {
		private static final long serialVersionUID = 1L;
		@SuppressWarnings("unused")
		private final transient Object lock = new Object();
		private final Object notSerializable = new Object();

		Unserializable(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
