package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommandWordsTest {

	@Test
	void splitsAsAShellQuotes() {
		assertEquals(Optional.of(List.of("script.sh", "-c", "Hello, world!")),
				CommandWords.split("script.sh -c \"Hello, world!\""));
		assertEquals(Optional.of(List.of("a", "b c", "d$e")), CommandWords.split("  a  'b c'   d\\$e "));
		assertEquals(Optional.of(List.of("say \"hi\" \\ $x")), CommandWords.split("\"say \\\"hi\\\" \\\\ \\$x\""));
		assertEquals(Optional.of(List.of("ab", "")), CommandWords.split("a'b' ''"));
		assertEquals(Optional.of(List.of("a\\b")), CommandWords.split("\"a\\b\""));
		assertEquals(Optional.of(List.of("&", "|")), CommandWords.split("& |"));
		assertEquals(Optional.of(List.of()), CommandWords.split("   "));
	}

	@Test
	void anOpenQuoteOrATrailingBackslashIsRefused() {
		assertEquals(Optional.empty(), CommandWords.split("a 'b"));
		assertEquals(Optional.empty(), CommandWords.split("a \"b"));
		assertEquals(Optional.empty(), CommandWords.split("a \\"));
	}
}
