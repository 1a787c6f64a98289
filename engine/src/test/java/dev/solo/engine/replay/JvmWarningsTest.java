package dev.solo.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.solo.engine.events.CapturedOutput;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JvmWarningsTest {
	private static final String WARNING = "OpenJDK 64-Bit Server VM warning: Ignoring option UseBiasedLocking; "
			+ "support was removed in 18.0\n";

	@Test
	void aWarningEveryTestJvmPrintsAsItStartsIsShownWithTheFirstTestOnly() {
		JvmWarnings warnings = new JvmWarnings();
		assertEquals(WARNING + "first test\n", text(warnings.withoutRepeats(output(WARNING + "first test\n"))));
		assertEquals("second test\n", text(warnings.withoutRepeats(output(WARNING + "second test\n"))));
		assertEquals("", text(warnings.withoutRepeats(output(WARNING))));
	}

	@Test
	void aWarningTheTestPrintsItselfLaterIsItsOwnAndStays() {
		JvmWarnings warnings = new JvmWarnings();
		warnings.withoutRepeats(output(WARNING));
		CapturedOutput own = output("test output\n" + WARNING);
		assertSame(own, warnings.withoutRepeats(own));
		String other = "Java HotSpot(TM) 64-Bit Server VM warning: another\n";
		assertEquals(other + "x\n", text(warnings.withoutRepeats(output(WARNING + other + "x\n"))));
	}

	private static CapturedOutput output(String text) {
		return new CapturedOutput(text.getBytes(StandardCharsets.UTF_8), new byte[0], 0);
	}

	private static String text(CapturedOutput output) {
		return new String(output.head(), StandardCharsets.UTF_8) + new String(output.tail(), StandardCharsets.UTF_8);
	}
}
