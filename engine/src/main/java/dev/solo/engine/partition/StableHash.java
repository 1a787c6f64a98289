package dev.solo.engine.partition;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash of {@code hash:m/n}: the first 8 bytes of SHA-256 of the UTF-8 name, unsigned big-endian.
 *
 * <p>SHA-256 rather than a short multiplicative hash such as FNV-1a, whose low bits (all that
 * {@code mod 2} reads) depend on little more than the parity of the characters; every Java SE
 * platform is required to provide it, so no dependency is needed.
 */
final class StableHash {

	private StableHash() {
	}

	/** The 64 bits, to be read as unsigned. */
	static long of(String name) {
		byte[] digest = sha256().digest(name.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
	}

	/** The shard, from 0, that {@code name} falls in among {@code total}. */
	static int shardIndex(String name, int total) {
		return (int) Long.remainderUnsigned(of(name), total);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
	}
}
