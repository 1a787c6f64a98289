package dev.solo.engine.debug;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StdinRelayTest {
	@Test
	void whatTheHostReadsGoesToTheDebuggedJvmUntilTheNextTakesOverAndTheEndClosesIt() throws Exception {
		PipedOutputStream typed = new PipedOutputStream();
		PipedInputStream host = new PipedInputStream(typed);
		Child first = new Child();
		Child second = new Child();

		StdinRelay.relay(host, first);
		typed.write("one\n".getBytes(UTF_8));
		first.awaitText("one\n");

		// The next debugged JVM takes the relay: the first's input ends, the second gets what follows.
		StdinRelay.relay(host, second);
		assertTrue(first.closed.await(10, TimeUnit.SECONDS), "the first JVM's input was closed");
		typed.write("two\n".getBytes(UTF_8));
		second.awaitText("two\n");
		assertEquals("one\n", first.text());

		typed.close();
		assertTrue(second.closed.await(10, TimeUnit.SECONDS), "the host's input ended, and so did the JVM's");
	}

	/** A test JVM's standard input, as the host's end of its pipe. */
	private static final class Child extends ByteArrayOutputStream {
		final CountDownLatch closed = new CountDownLatch(1);

		@Override
		public void close() {
			closed.countDown();
		}

		synchronized String text() {
			return toString(UTF_8);
		}

		void awaitText(String expected) throws InterruptedException, IOException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (!text().equals(expected) && System.nanoTime() < end) {
				Thread.sleep(10);
			}
			assertEquals(expected, text());
		}
	}
}
