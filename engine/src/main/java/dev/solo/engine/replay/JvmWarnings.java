package dev.solo.engine.replay;

import dev.solo.engine.events.CapturedOutput;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The warnings a test JVM prints as it starts ({@code OpenJDK 64-Bit Server VM warning: Ignoring
 * option …}), caused by options every test JVM shares: a single forked JVM prints each once, so the
 * host shows each once per run, with the first test whose output holds it, not once per test.
 */
final class JvmWarnings {
	private static final Pattern WARNING = Pattern.compile("^[^\\n]{0,80} VM warning: [^\\n]*$");

	private final Set<String> seen = new HashSet<>();

	/** {@code output} less the warnings at its start that an earlier test's output already showed. */
	synchronized CapturedOutput withoutRepeats(CapturedOutput output) {
		byte[] head = output.head();
		int start = 0;
		int kept = 0;
		byte[] rest = new byte[head.length];
		while (start < head.length) {
			int end = start;
			while (end < head.length && head[end] != '\n') {
				end++;
			}
			String line = new String(head, start, end - start, StandardCharsets.UTF_8).stripTrailing();
			if (!WARNING.matcher(line).matches()) {
				break;
			}
			int next = Math.min(end + 1, head.length);
			if (seen.add(line)) {
				System.arraycopy(head, start, rest, kept, next - start);
				kept += next - start;
			}
			start = next;
		}
		if (kept == start) {
			return output;
		}
		byte[] trimmed = new byte[kept + head.length - start];
		System.arraycopy(rest, 0, trimmed, 0, kept);
		System.arraycopy(head, start, trimmed, kept, head.length - start);
		return new CapturedOutput(trimmed, output.tail(), output.droppedBytes());
	}
}
