package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import org.apiguardian.api.API;

/**
 * A TOML file's text and tree, for every TOML file Solo reads ({@code .config/solo.toml}, the
 * user's {@code config.toml}): what cannot be read or parsed fails naming the file and line.
 */
@API(status = INTERNAL, since = "0.1")
public final class TomlText {
	private TomlText() {
	}

	/** The file's text; {@code displayName} is how the error names it. */
	public static String read(Path file, String displayName) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw SettingsException.at(displayName, "cannot be read: " + e);
		}
	}

	/** The tree of {@code text}; an empty tree for an empty file. */
	public static JsonNode parse(String text, String displayName) {
		JsonNode root;
		try {
			root = new TomlMapper().readTree(text);
		}
		catch (JsonProcessingException e) {
			JsonLocation location = e.getLocation();
			int line = location == null ? 1 : Math.max(1, location.getLineNr());
			throw SettingsException.at(displayName + ":" + line,
					"not valid TOML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
		}
		return root == null || root.isMissingNode() ? new TomlMapper().createObjectNode() : root;
	}
}
