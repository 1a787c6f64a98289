package dev.solo.launcher.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
		return new ArchiveManifest.Module(name, directory, classPath,
				Optional.of("workspace/" + name + "/target/test-classes"), List.of(name + "/src/test/java"), jvmOptions,
				environment, Map.of("junit.jupiter.x", "y"), List.of("**/*Test.java"), List.of(), Optional.of("fast"),
				Optional.empty(), tests, Optional.empty());
	}

	/** The one module of {@code solo archive -cp}: no test classes folder, no Surefire patterns, its selectors. */
	static ArchiveManifest.Module classPathModule(List<String> selectors) {
		return new ArchiveManifest.Module("", "", List.of("workspace/build/test-classes", "lib/0a1b2c/tests.jar"),
				Optional.empty(), List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), Optional.empty(),
				Optional.empty(), List.of("[engine:junit-jupiter]/[class:com.example.FooTest]/[method:works()]"),
				Optional.of(selectors));
	}

	private static ArchiveManifest withModules(List<ArchiveManifest.Module> modules) {
		ArchiveManifest sample = sample();
		return new ArchiveManifest(sample.soloVersion(), sample.javaVersion(), sample.workspaceRoot(), sample.origins(),
				sample.platformExtras(), ArchiveManifest.Selection.ALL, modules);
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
	void aClassPathModulesSelectorsRoundTripAndAnEmptyListStaysEmpty() throws IOException {
		ArchiveManifest manifest = withModules(List.of(classPathModule(List.of(
				"classpath-root:workspace/build/test-classes", "classpath-root:lib/0a1b2c/tests.jar",
				"class:com.example.FooTest", "method:com.example.FooTest#works(java.lang.String)",
				"package:com.example.more"))));
		Path file = Files.write(temp.resolve(ArchiveManifest.FILE_NAME), manifest.toJson());
		ArchiveManifest read = ArchiveManifest.read(file);
		assertEquals(manifest, read);
		assertEquals(Optional.empty(), read.modules().get(0).testClasses());
		assertArrayEquals(manifest.toJson(), read.toJson(), "the same bytes again");
		// a -cp archive with no selector selects nothing: it must not read back as a Maven module's scan
		ArchiveManifest none = withModules(List.of(classPathModule(List.of())));
		assertEquals(Optional.of(List.of()), ArchiveManifest.parse(none.toJson(), "m.json").modules().get(0).selectors());
	}

	@Test
	void aManifestWithoutSelectorsIsAMavenProjectsAsBefore() throws IOException {
		// As Solo wrote it before modules could name selectors: no such field, test-classes a string.
		String older = "{\"format-version\": 1, \"solo-version\": \"0.1\", \"java-version\": \"17\", "
				+ "\"workspace-root\": \"/w\", \"origins\": {}, \"platform-extras\": [], \"selection\": {\"filter\": null, "
				+ "\"include-tags\": [], \"exclude-tags\": [], \"include-classnames\": [], \"exclude-classnames\": []}, "
				+ "\"modules\": [{\"name\": \"app\", \"working-directory\": \"app\", \"class-path\": [\"workspace/app/t\"], "
				+ "\"test-classes\": \"workspace/app/t\", \"test-sources\": [], \"jvm-options\": [], \"environment\": {}, "
				+ "\"configuration\": {}, \"includes\": [\"**/*Test.java\"], \"excludes\": [], \"groups\": null, "
				+ "\"excluded-groups\": null, \"tests\": []}]}";
		ArchiveManifest.Module app = ArchiveManifest.parse(older.getBytes(UTF_8), "m.json").modules().get(0);
		assertEquals(Optional.empty(), app.selectors());
		assertEquals(Optional.of("workspace/app/t"), app.testClasses());
		assertFalse(new String(sample().toJson(), UTF_8).contains("selectors"), "a Maven module writes none");
		assertProblem(older.replace("\"test-classes\": \"workspace/app/t\"", "\"test-classes\": null"),
				"modules[0].test-classes is not a string");
	}

	@Test
	void aSelectorOfAnUnknownKindOrAnEscapingRootIsRefused() {
		String json = new String(withModules(List.of(classPathModule(List.of("class:com.example.FooTest")))).toJson(),
				UTF_8);
		assertProblem(json.replace("\"class:com.example.FooTest\"", "\"uri:file:///x\""),
				"module '' has a selector this Solo does not know: 'uri:file:///x'");
		assertProblem(json.replace("\"class:com.example.FooTest\"", "\"classpath-root:../outside\""),
				"module '' has a path that is refused: a '..' segment");
		assertProblem(json.replace("\"class:com.example.FooTest\"", "\"classpath-root:/abs/test-classes\""),
				"module '' has a path that is refused: an absolute name");
		assertThrows(IllegalArgumentException.class, () -> new ArchiveManifest.Module("m", "", List.of(),
				Optional.empty(), List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), Optional.empty(),
				Optional.empty(), List.of(), Optional.empty()), "neither test classes nor selectors");
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
