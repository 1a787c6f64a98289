package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

	@TempDir
	Path workspace;

	@Test
	void isFoundFromTheStartDirectoryUpward() throws IOException {
		Path file = TomlFiles.write(workspace, "");
		Path module = Files.createDirectories(workspace.resolve("engine").resolve("src"));
		ConfigFile found = ConfigFile.find(module, module).orElseThrow();
		assertEquals(file, found.path());
		assertEquals(workspace, found.workspaceRoot());
		// outside the working directory the name is absolute
		assertEquals(file.toString(), found.displayName());
	}

	@Test
	void isNamedRelativeToTheWorkingDirectoryWhenInsideIt() {
		TomlFiles.write(workspace, "");
		assertEquals(Path.of(".config", "solo.toml").toString(),
				ConfigFile.find(workspace, workspace).orElseThrow().displayName());
	}

	@Test
	void theNearestFileWins() throws IOException {
		TomlFiles.write(workspace, "");
		Path inner = Files.createDirectories(workspace.resolve("inner"));
		Path innerFile = TomlFiles.write(inner, "");
		assertEquals(innerFile, ConfigFile.find(inner.resolve("."), inner).orElseThrow().path());
	}

	@Test
	void aMissingFileIsNoConfiguration() throws IOException {
		Path empty = Files.createDirectories(workspace.resolve("a").resolve("b"));
		// a folder named .config without the file is not a workspace
		Files.createDirectories(workspace.resolve("a").resolve(".config"));
		SoloConfig config = SoloConfig.load(empty, empty);
		assertTrue(config.file().isEmpty());
		assertEquals(empty, config.workspaceRoot(empty));
	}

	@Test
	void theWorkspaceRootIsTheFoldersHoldingConfig() throws IOException {
		TomlFiles.write(workspace, "");
		Path module = Files.createDirectories(workspace.resolve("module"));
		Settings settings = Settings.from(SettingsTest.parameters(Map.of()), module);
		assertEquals(workspace, settings.workspaceRoot());
	}

	/**
	 * {@code solo run --maven DIR} names the project's folder with a parameter, as Java cannot cd:
	 * its {@code .config/solo.toml} is the one read, wherever the JVM was started, and the
	 * parameter is known, not refused as a typo.
	 */
	@Test
	void aWorkingDirectoryParameterIsWhereTheFileIsLookedFor() throws IOException {
		TomlFiles.write(workspace, "[profile.default]\ntest-threads = 3\n");
		Path module = Files.createDirectories(workspace.resolve("module"));
		Map<String, String> named = Map.of(Settings.WORKING_DIRECTORY, module.toString());
		assertEquals(module, Settings.workingDirectory(SettingsTest.parameters(named)));
		Settings settings = Settings.from(SettingsTest.parameters(named));
		assertEquals(workspace, settings.workspaceRoot());
		assertEquals(3, settings.testThreads());
		assertEquals(Path.of(System.getProperty("user.dir")),
				Settings.workingDirectory(SettingsTest.parameters(Map.of())));
	}
}
