package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.Charset;

import org.apiguardian.api.API;

/**
 * What a child printed on one stream, bounded: the head and the tail, and how many bytes in
 * between were dropped, so a test printing gigabytes cannot exhaust the parent.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record CapturedOutput(byte[] head, byte[] tail, long droppedBytes) {

	public static final CapturedOutput EMPTY = new CapturedOutput(new byte[0], new byte[0], 0);

	public boolean isEmpty() {
		return head.length == 0 && tail.length == 0;
	}

	/** This output with {@code more} after it, kept whole: a line Solo adds, never cut. */
	public CapturedOutput appended(byte[] more) {
		if (droppedBytes == 0 && tail.length == 0) {
			return new CapturedOutput(concat(head, more), tail, 0);
		}
		return new CapturedOutput(head, concat(tail, more), droppedBytes);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	public long totalBytes() {
		return head.length + droppedBytes + tail.length;
	}

	public String text() {
		Charset charset = Charset.defaultCharset();
		if (droppedBytes == 0) {
			return new String(head, charset) + new String(tail, charset);
		}
		return new String(head, charset) + "\n[solo: " + droppedBytes + " bytes of output cut]\n"
				+ new String(tail, charset);
	}

	/** The last {@code maxChars} characters, for failure messages. */
	public String lastChars(int maxChars) {
		String all = text();
		return all.length() <= maxChars ? all : "…" + all.substring(all.length() - maxChars);
	}
}
