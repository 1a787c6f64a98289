package dev.solo.engine.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExportedEnvTest {

	@Test
	void keyValueLinesBlankLinesSkippedValuesKeptWhole() {
		assertEquals(Map.of("PORT", "5432", "URL", "jdbc:x://h/db?a=b", "EMPTY", "", "db.user", "sa"),
				ExportedEnv.parse(List.of("PORT=5432", "", "URL=jdbc:x://h/db?a=b\r", "EMPTY=", "db.user=sa")));
	}

	@Test
	void aLineThatIsNotKeyValueOrSolosOwnFailsNamingIt() {
		assertEquals("SOLO_ENV line 2: expected KEY=VALUE, found \"oops\"",
				assertThrows(IllegalArgumentException.class, () -> ExportedEnv.parse(List.of("A=1", "oops"))).getMessage());
		assertEquals("SOLO_ENV line 1: expected KEY=VALUE, found \"1A=x\"",
				assertThrows(IllegalArgumentException.class, () -> ExportedEnv.parse(List.of("1A=x"))).getMessage());
		assertEquals("SOLO_ENV line 1: SOLO_TEST_ID is Solo's own: names starting with SOLO_ are reserved",
				assertThrows(IllegalArgumentException.class, () -> ExportedEnv.parse(List.of("SOLO_TEST_ID=x")))
						.getMessage());
	}
}
