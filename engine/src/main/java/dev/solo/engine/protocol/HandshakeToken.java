package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apiguardian.api.API;

/**
 * The secret a child proves itself with in its HELLO. It reaches the child as one line on its
 * standard input, never on its command line: any local user can read a command line, only the
 * parent holds the other end of the child's stdin pipe.
 */
@API(status = INTERNAL, since = "0.1")
public final class HandshakeToken {
	/** Lower-case hex characters in a token (16 random bytes). */
	public static final int LENGTH = 32;

	private HandshakeToken() {
	}

	public static String random(SecureRandom random) {
		byte[] bytes = new byte[LENGTH / 2];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	public static boolean isWellFormed(String token) {
		if (token == null || token.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = token.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	/** What the parent writes to the child's standard input. */
	public static byte[] line(String token) {
		return (token + "\n").getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Reads exactly one token line and nothing after it, so whatever follows (the end of input,
	 * as a test sees it) is left where it was.
	 */
	public static String read(InputStream in) throws IOException {
		byte[] line = new byte[LENGTH + 1];
		// Not readNBytes: JDK 17's FileInputStream version seeks, and fails on a pipe ("Illegal seek").
		int read = 0;
		while (read < line.length) {
			int n = in.read(line, read, line.length - read);
			if (n < 0) {
				throw new IOException("solo: standard input ended after " + read + " of the " + line.length
						+ " bytes of the handshake token line: this JVM must be started by Solo");
			}
			read += n;
		}
		String token = new String(line, 0, LENGTH, StandardCharsets.US_ASCII);
		if (line[LENGTH] != '\n' || !isWellFormed(token)) {
			// Not echoed: it may be most of a real token.
			throw new IOException("solo: standard input does not start with a handshake token line");
		}
		return token;
	}
}
