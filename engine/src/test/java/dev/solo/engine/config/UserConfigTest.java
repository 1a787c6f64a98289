package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserConfigTest {
	@TempDir
	Path temp;

	private Map<String, String> environment(String... more) {
		Map<String, String> environment = new HashMap<>(Map.of("XDG_CONFIG_HOME", temp.toString()));
		for (int i = 0; i < more.length; i += 2) {
			environment.put(more[i], more[i + 1]);
		}
		return environment;
	}

	private Path write(String toml) throws IOException {
		Path file = temp.resolve("solo").resolve("config.toml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, toml);
		return file;
	}

	private String error(String toml) throws IOException {
		Path file = write(toml);
		String message = assertThrows(SettingsException.class, () -> UserConfig.load(environment())).getMessage();
		assertTrue(message.startsWith(file.toString()), message);
		assertFalse(message.contains("\n"), message);
		return message.substring(file.toString().length());
	}

	@Test
	void theFileIsFoundAsXdgSays() {
		assertEquals(temp.resolve("solo").resolve("config.toml"), UserConfig.file(environment()));
		Path home = Path.of(System.getProperty("user.home"));
		assertEquals(home.resolve(".config/solo/config.toml"), UserConfig.file(Map.of()));
		assertEquals(home.resolve(".config/solo/config.toml"), UserConfig.file(Map.of("XDG_CONFIG_HOME", "")));
	}

	@Test
	void noFileMeansTheDefaults() {
		assertEquals(UserConfig.DEFAULT, UserConfig.load(environment()));
		assertEquals(new UserConfig(true, new Retention(100, 1_000_000_000L, Duration.ofDays(30))), UserConfig.DEFAULT);
	}

	@Test
	void readsTheRecordTable() throws IOException {
		write("""
				# mine
				[record]
				enabled = false
				max-records = 200
				max-total-size = "2GB"
				max-age = "60d"
				""");
		assertEquals(new UserConfig(false, new Retention(200, 2_000_000_000L, Duration.ofDays(60))),
				UserConfig.load(environment()));
		write("[record]\nmax-total-size = \"2GiB\"\nmax-age = \"12h\"\n");
		assertEquals(new UserConfig(true, new Retention(100, 2L << 30, Duration.ofHours(12))),
				UserConfig.load(environment()));
		write("record.max-records = 5\n");
		assertEquals(5, UserConfig.load(environment()).retention().maxRecords());
	}

	@Test
	void sizesAndAges() {
		assertEquals(Optional.of(500_000_000L), RecordLimits.size("500MB"));
		assertEquals(Optional.of(1_500L), RecordLimits.size("1.5 kb"));
		assertEquals(Optional.of(3L << 20), RecordLimits.size("3MiB"));
		assertEquals(Optional.of(42L), RecordLimits.size("42"));
		assertEquals(Optional.empty(), RecordLimits.size("2 GX"));
		assertEquals(Optional.empty(), RecordLimits.size("lots"));
		assertEquals(Optional.of(Duration.ofDays(1).plusHours(12)), RecordLimits.age("1d12h"));
		assertEquals(Optional.of(Duration.ofMinutes(90)), RecordLimits.age("90m"));
		assertEquals(Optional.empty(), RecordLimits.age("30 days"));
		assertEquals(Optional.empty(), RecordLimits.age(""));
		assertEquals(Optional.empty(), RecordLimits.age("99999999999999999999d"));
	}

	@Test
	void theVariableOverridesTheFile() throws IOException {
		write("[record]\nenabled = true\nmax-records = 7\n");
		for (String off : new String[] {"0", "false", "OFF"}) {
			UserConfig config = UserConfig.load(environment("SOLO_RECORD", off));
			assertFalse(config.recordEnabled(), off);
			assertEquals(7, config.retention().maxRecords(), "the limits still apply");
		}
		write("[record]\nenabled = false\n");
		assertTrue(UserConfig.load(environment("SOLO_RECORD", "1")).recordEnabled());
		assertFalse(UserConfig.load(environment()).recordEnabled());
		SettingsException bad = assertThrows(SettingsException.class,
				() -> UserConfig.load(environment("SOLO_RECORD", "maybe")));
		assertTrue(bad.getMessage().contains("SOLO_RECORD"), bad.getMessage());
	}

	@Test
	void anUnknownTableOrKeySuggestsTheNearest() throws IOException {
		assertEquals(":2: recrod: unknown table; did you mean record?", error("\n[recrod]\nenabled = true\n"));
		assertEquals(":4: record.max-recods: unknown key; did you mean max-records?",
				error("[record]\nenabled = true\n\nmax-recods = 3\n"));
		assertEquals(":2: record.colour: unknown key", error("[record]\ncolour = \"red\"\n"));
		assertEquals(":1: experimental: unknown table", error("[experimental]\nrecord = true\n"));
	}

	@Test
	void aWrongTypeNamesTheKey() throws IOException {
		assertEquals(":3: record.enabled: expected true or false, found \"yes\"",
				error("[record]\nmax-records = 3\nenabled = \"yes\"\n"));
		assertTrue(error("[record]\nmax-records = \"many\"\n").startsWith(":2: record.max-records: expected a positive"));
		assertTrue(error("[record]\nmax-records = 0\n").startsWith(":2: record.max-records:"));
		assertTrue(error("[record]\nmax-total-size = \"huge\"\n").startsWith(":2: record.max-total-size: expected a size"));
		assertTrue(error("[record]\nmax-age = 30\n").startsWith(":2: record.max-age: expected an age"));
		assertTrue(error("record = 3\n").startsWith(":1: record: expected a table"));
	}

	@Test
	void textThatIsNotTomlNamesItsLine() throws IOException {
		String message = error("[record]\nenabled = true\nmax-age = \"30d\n");
		assertTrue(message.startsWith(":3: not valid TOML"), message);
	}
}
