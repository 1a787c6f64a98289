package dev.solo.engine.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandshakeTokenTest {

	@Test
	void aTokenLineIsReadBackAndNothingAfterIt() throws Exception {
		SecureRandom random = new SecureRandom();
		String token = HandshakeToken.random(random);
		assertTrue(HandshakeToken.isWellFormed(token), token.length() + " characters");
		assertNotEquals(token, HandshakeToken.random(random));
		ByteArrayOutputStream stdin = new ByteArrayOutputStream();
		stdin.write(HandshakeToken.line(token));
		stdin.write("what the test reads".getBytes());
		InputStream in = new ByteArrayInputStream(stdin.toByteArray());

		assertEquals(token, HandshakeToken.read(in));
		assertEquals("what the test reads", new String(in.readAllBytes()));
	}

	@Test
	void readsFromAPipeAsAChildsStandardInputIs(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("stdin");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		String token = HandshakeToken.random(new SecureRandom());
		Thread parent = new Thread(() -> {
			try (OutputStream out = new FileOutputStream(fifo.toFile())) {
				out.write(HandshakeToken.line(token));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		parent.start();
		try (InputStream in = new FileInputStream(fifo.toFile())) {
			assertEquals(token, HandshakeToken.read(in));
			assertEquals(-1, in.read(), "then the end of input, as a test sees it");
		}
		parent.join(5_000);
	}

	@Test
	void anEarlyEndOfInputSaysSo() {
		IOException e = assertThrows(IOException.class,
				() -> HandshakeToken.read(new ByteArrayInputStream("0123".getBytes())));
		assertTrue(e.getMessage().contains("ended after 4 of the 33 bytes"), e.getMessage());
	}

	@Test
	void aLineThatIsNoTokenIsRefusedWithoutEchoingIt() {
		String notHex = "g".repeat(HandshakeToken.LENGTH) + "\n";
		IOException e = assertThrows(IOException.class,
				() -> HandshakeToken.read(new ByteArrayInputStream(notHex.getBytes())));
		assertFalse(e.getMessage().contains("ggg"), e.getMessage());
		String noNewline = "a".repeat(HandshakeToken.LENGTH + 1);
		assertThrows(IOException.class, () -> HandshakeToken.read(new ByteArrayInputStream(noNewline.getBytes())));
	}

	@Test
	void onlyLowerCaseHexOfTheRightLengthIsWellFormed() {
		assertTrue(HandshakeToken.isWellFormed("0123456789abcdef0123456789abcdef"));
		assertFalse(HandshakeToken.isWellFormed("0123456789ABCDEF0123456789ABCDEF"));
		assertFalse(HandshakeToken.isWellFormed("0123456789abcdef"));
		assertFalse(HandshakeToken.isWellFormed(null));
	}
}
