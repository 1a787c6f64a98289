package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RecentOutputTest {

	@Test
	void bothStreamsLandInTheOrderTheyWereReadAndOnlyTheLastLinesAreKept() throws IOException {
		RecentOutput recent = new RecentOutput();
		drain(recent.tee(stream(lines(1, 12))));
		drain(recent.tee(stream("on stderr\n")));

		assertEquals(List.of("line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10", "line 11",
				"line 12", "on stderr"), recent.lastLines(10));
	}

	@Test
	void aLastLineWithoutItsNewlineIsShownAndNothingPrintedIsNothing() throws IOException {
		RecentOutput recent = new RecentOutput();
		assertEquals(List.of(), recent.lastLines(10));
		drain(recent.tee(stream("done\nhalf a li")));
		assertEquals(List.of("done", "half a li"), recent.lastLines(10));
	}

	@Test
	void aLineCutByTheRingsStartIsLeftOutWhenMoreThanTheRingWasPrinted() throws IOException {
		RecentOutput recent = new RecentOutput();
		// 200 lines of 30 bytes: more than the ring holds, so its first line is a fragment.
		drain(recent.tee(stream(IntStream.rangeClosed(1, 200).mapToObj(i -> String.format("%-28d|", i) + "\n")
				.collect(Collectors.joining()))));
		List<String> all = recent.lastLines(1_000);
		assertEquals(RecentOutput.BYTES / 30, all.size());
		assertEquals(String.format("%-28d|", 200), all.get(all.size() - 1));
		all.forEach(line -> assertEquals(29, line.length(), line));
	}

	private static String lines(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void drain(InputStream in) throws IOException {
		byte[] buffer = new byte[7];
		while (in.read(buffer) >= 0) {
			// small reads: the ring is filled piece by piece, as a pipe delivers
		}
	}
}
