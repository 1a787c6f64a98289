package dev.solo.launcher.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveManifestTest {
	@TempDir
	Path temp;

	static ArchiveManifest sample() {
		return new ArchiveManifest("0.1.0", "17.0.12", "/home/ci/project",
				Map.of("lib/0a1b2c/junit-jupiter-api-6.1.3.jar", "/home/ci/.m2/junit-jupiter-api-6.1.3.jar"),
				List.of("lib/0a1b2c/junit-platform-launcher-6.1.3.jar"),
				new ArchiveManifest.Selection(Optional.of("package(com.example)"), List.of("fast"), List.of(),
						List.of(".*Test"), List.of()),
				List.of(module("app", "app", List.of("workspace/app/target/test-classes", "workspace/app/target/classes",
						"lib/0a1b2c/junit-jupiter-api-6.1.3.jar"), List.of("-Xmx512m", "-Dquoted=\"a b\""),
						Map.of("z", "last", "a", "first"), List.of(
								"[engine:junit-jupiter]/[class:com.example.AppTest]/[method:works()]")),
						module("root", "", List.of(), List.of(), Map.of(), List.of())));
	}

	static ArchiveManifest.Module module(String name, String directory, List<String> classPath,
			List<String> jvmOptions, Map<String, String> environment, List<String> tests) {
		return new ArchiveManifest.Module(name, directory, classPath, "workspace/" + name + "/target/test-classes",
				List.of(name + "/src/test/java"), jvmOptions, environment, Map.of("junit.jupiter.x", "y"),
				List.of("**/*Test.java"), List.of(), Optional.of("fast"), Optional.empty(), tests);
	}

	@Test
	void roundTrip() throws IOException {
		ArchiveManifest manifest = sample();
		Path file = Files.write(temp.resolve(ArchiveManifest.FILE_NAME), manifest.toJson());
		ArchiveManifest read = ArchiveManifest.read(file);
		assertEquals(manifest, read);
		assertEquals(List.of("a", "z"), List.copyOf(read.modules().get(0).environment().keySet()));
		assertArrayEquals(manifest.toJson(), read.toJson(), "the same bytes again");
		assertTrue(Files.readString(file).contains("\"format-version\" : 1"), Files.readString(file));
	}

	@Test
	void newerFormatIsRefusedNamingTheFile() throws IOException {
		String json = new String(sample().toJson(), UTF_8).replace("\"format-version\" : 1", "\"format-version\" : 2");
		Path file = Files.writeString(temp.resolve(ArchiveManifest.FILE_NAME), json);
		ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveManifest.read(file));
		assertEquals(file + " was written by a newer Solo (format 2); this one reads format 1", e.getMessage());
		// recognised by its version alone, whatever else a later format changed
		Files.writeString(file, "{\"format-version\": 7, \"modules\": \"something else\"}");
		e = assertThrows(ArchiveException.class, () -> ArchiveManifest.read(file));
		assertTrue(e.getMessage().contains("(format 7)"), e.getMessage());
	}

	@Test
	void brokenManifestsAreNamedWithTheirProblem() {
		assertProblem("", "is not a Solo archive manifest");
		assertProblem("{\"format-version\": 1", "is not a Solo archive manifest");
		assertProblem("[]", "the document is not an object");
		assertProblem("{}", "format-version is missing");
		assertProblem("{\"format-version\": 1, \"solo-version\": \"0.1\", \"java-version\": \"17\", "
				+ "\"workspace-root\": \"/w\", \"modules\": [{\"name\": 3}]}", "modules[0].name is not a string");
		String escaping = new String(sample().toJson(), UTF_8).replace("\"lib/0a1b2c/junit-jupiter-api-6.1.3.jar\" ]", "\"../junit.jar\" ]");
		assertProblem(escaping, "module 'app' has a path that is refused: a '..' segment");
	}

	@Test
	void pathsAreArchiveRelative() {
		assertThrows(IllegalArgumentException.class, () -> module("m", "", List.of("/abs/x.jar"), List.of(), Map.of(),
				List.of()));
		assertThrows(IllegalArgumentException.class, () -> module("m", "../up", List.of(), List.of(), Map.of(),
				List.of()));
	}

	private static void assertProblem(String json, String expected) {
		ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveManifest.parse(json.getBytes(UTF_8),
				"m.json"));
		assertTrue(e.getMessage().startsWith("m.json") && e.getMessage().contains(expected), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
	}
}
