package dev.solo.engine.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/** SIGUSR1 raised in this very JVM: a host's handler is set only where none was, and taken back. */
class HostSignalTest {
	private static final Signal USR1 = new Signal("USR1");

	@Test
	void aHostWithoutAHandlerPrintsTheStatusOnUsr1AndGetsItsDefaultBack() throws Exception {
		assertSame(SignalHandler.SIG_DFL, current(), "this test JVM handles SIGUSR1 already");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CountDownLatch printed = new CountDownLatch(1);
		PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8) {
			@Override
			public void flush() {
				super.flush();
				printed.countDown();
			}
		};
		try (HostSignal taken = HostSignal.install(() -> "solo: status: 0 running\n", stream)) {
			Signal.raise(USR1);
			assertTrue(printed.await(10, TimeUnit.SECONDS));
		}
		assertEquals("solo: status: 0 running\n", err.toString(StandardCharsets.UTF_8));
		assertSame(SignalHandler.SIG_DFL, current());
	}

	@Test
	void aHandlerAlreadyThereIsLeftAloneAndKeptAfterwards() throws Exception {
		CountDownLatch theirs = new CountDownLatch(1);
		SignalHandler handler = signal -> theirs.countDown();
		SignalHandler before = Signal.handle(USR1, handler);
		AtomicInteger asked = new AtomicInteger();
		try {
			try (HostSignal taken = HostSignal.install(() -> "x" + asked.incrementAndGet(), System.err)) {
				Signal.raise(USR1);
				assertTrue(theirs.await(10, TimeUnit.SECONDS));
			}
			assertSame(handler, current());
			assertEquals(0, asked.get(), "the status was never asked for");
		}
		finally {
			Signal.handle(USR1, before);
		}
	}

	/** The handler now, read by setting it back at once. */
	private static SignalHandler current() {
		SignalHandler now = Signal.handle(USR1, SignalHandler.SIG_IGN);
		Signal.handle(USR1, now);
		return now;
	}
}
