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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveManifestTest {
	@TempDir
	Path temp;

	static ArchiveManifest sample() {
		return new ArchiveManifest("0.1.0", "17.0.12", "/home/ci/project", List.of(
				new ArchiveManifest.Module("app", List.of("modules/app/test-classes", "modules/app/classes",
						"lib/junit-jupiter-api-6.1.3.jar"), "app", List.of("-Xmx512m", "-Dquoted=\"a b\""),
						Map.of("z", "last", "a", "first"), Map.of("TZ", "UTC"), List.of(
								"[engine:junit-jupiter]/[class:com.example.AppTest]/[method:works()]")),
				new ArchiveManifest.Module("root", List.of(), "", List.of(), Map.of(), Map.of(), List.of())));
	}

	@Test
	void roundTrip() throws IOException {
		ArchiveManifest manifest = sample();
		Path file = Files.write(temp.resolve(ArchiveManifest.FILE_NAME), manifest.toJson());
		ArchiveManifest read = ArchiveManifest.read(file);
		assertEquals(manifest, read);
		assertEquals(List.of("a", "z"), List.copyOf(read.modules().get(0).systemProperties().keySet()));
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
		String escaping = new String(sample().toJson(), UTF_8).replace("lib/junit", "../junit");
		assertProblem(escaping, "module 'app' has a path that is refused: a '..' segment");
	}

	@Test
	void pathsAreArchiveRelative() {
		assertThrows(IllegalArgumentException.class, () -> new ArchiveManifest.Module("m", List.of("/abs/x.jar"), "",
				List.of(), Map.of(), Map.of(), List.of()));
		assertThrows(IllegalArgumentException.class, () -> new ArchiveManifest.Module("m", List.of(), "../up",
				List.of(), Map.of(), Map.of(), List.of()));
	}

	private static void assertProblem(String json, String expected) {
		ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveManifest.parse(json.getBytes(UTF_8),
				"m.json"));
		assertTrue(e.getMessage().startsWith("m.json") && e.getMessage().contains(expected), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
	}
}
