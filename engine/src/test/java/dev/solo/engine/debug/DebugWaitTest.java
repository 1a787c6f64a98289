package dev.solo.engine.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DebugWaitTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final DebugWait wait = new DebugWait(new Debugger("0", Duration.ofMinutes(5), false),
			"com.example.FooTest#bar()", new PrintStream(out, true), new PrintStream(err, true));

	@Test
	void theListeningLineGoesToTheHostAsItComesAndNotIntoTheTestsOutput() throws IOException {
		String kept = read(wait.watch(stream("Listening for transport dt_socket at address: 41234\nhello\nworld\n")));
		assertEquals("hello\nworld\n", kept);
		assertEquals("Listening for transport dt_socket at address: 41234" + System.lineSeparator(), text(out));
		assertEquals("solo: test JVM for com.example.FooTest#bar() waits for a debugger on port 41234 (attach within"
				+ " 5m, solo.debugger.attach-timeout)" + System.lineSeparator(), text(err));
	}

	@Test
	void linesBeforeItAreKeptInOrderAndAStreamWithoutItIsUntouched() throws IOException {
		String kept = read(wait.watch(stream("[0.01s] a warning\nListening for transport dt_socket at address: 7\nx")));
		assertEquals("[0.01s] a warning\nx", kept);
		assertTrue(text(out).contains("address: 7"), text(out));

		ByteArrayOutputStream big = new ByteArrayOutputStream();
		for (int i = 0; i < 5_000; i++) {
			big.write(("line " + i + " of a test that prints a lot\n").getBytes(StandardCharsets.UTF_8));
		}
		DebugWait other = new DebugWait(new Debugger("0", Duration.ofMinutes(5), false), "t", new PrintStream(out),
				new PrintStream(err));
		assertEquals(big.toString(StandardCharsets.UTF_8),
				read(other.watch(new ByteArrayInputStream(big.toByteArray()))));
	}

	@Test
	void aJvmThatEndedUnconnectedAfterTheAttachTimeoutWasNotAttachedTo() throws IOException {
		read(wait.watch(stream("Listening for transport dt_socket at address: 5006\n")));
		Optional<String> why = wait.unattached(false, Duration.ofMinutes(5).plusMillis(3));
		assertEquals(Optional.of("no debugger attached to the test JVM for com.example.FooTest#bar() on port 5006"
				+ " within 5m (solo.debugger.attach-timeout); the test did not run"), why);
		// Ended sooner: something else ended it (its exit says what). Connected: a debugger let it run.
		assertEquals(Optional.empty(), wait.unattached(false, Duration.ofSeconds(3)));
		assertEquals(Optional.empty(), wait.unattached(true, Duration.ofMinutes(9)));
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads as {@code BoundedOutput} does, in chunks. */
	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) >= 0) {
			all.write(buffer, 0, n);
		}
		return all.toString(StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
