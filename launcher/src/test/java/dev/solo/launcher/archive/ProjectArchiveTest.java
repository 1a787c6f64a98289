package dev.solo.launcher.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.maven.ProjectModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project archived on one "machine" (folder) and opened on another, every path remapped. */
class ProjectArchiveTest {
	@TempDir
	Path temp;

	Path root;
	Path repository;
	Path archive;

	@BeforeEach
	void project() throws IOException {
		root = Files.createDirectories(temp.resolve("build/ws"));
		repository = Files.createDirectories(temp.resolve("build/m2"));
		write(root.resolve("app/target/test-classes/com/example/AppTest.class"), "app test");
		write(root.resolve("app/target/classes/com/example/App.class"), "app");
		write(root.resolve("lib/target/classes/com/example/Lib.class"), "lib");
		write(root.resolve(".config/solo.toml"), "[profile.default]\nretries = 1\n");
		write(repository.resolve("junit.jar"), "junit");
		write(repository.resolve("agent.jar"), "agent");
		write(repository.resolve("junit-platform-launcher.jar"), "launcher");
		archive = temp.resolve("out/tests.tar.zst");
	}

	private ProjectModel model() {
		return new ProjectModel(root.toString(), List.of(
				module("app", root.resolve("app"), List.of(root.resolve("app/target/test-classes"),
						root.resolve("app/target/classes"), root.resolve("lib/target/classes"), repository.resolve("junit.jar"),
						root.resolve("app/target/missing-folder")),
						List.of("-javaagent:" + repository.resolve("agent.jar"), "-Ddata=" + root.resolve("app/data"))),
				module("lib", root.resolve("lib"), List.of(root.resolve("lib/target/test-classes"),
						root.resolve("lib/target/classes"), repository.resolve("junit.jar")), List.of()),
				module("off", root.resolve("off"), List.of(), List.of()).skippedFor("skipTests")),
				List.of(repository.resolve("junit-platform-launcher.jar").toString()));
	}

	private ProjectModel.Module module(String name, Path dir, List<Path> classPath, List<String> jvmArgs) {
		return new ProjectModel.Module(name, dir.toString(), classPath.stream().map(Path::toString).toList(),
				dir.resolve("target/test-classes").toString(), List.of(dir.resolve("src/test/java").toString()), jvmArgs,
				Map.of("WHERE", dir.toString()), Map.of("junit.jupiter.x", "y"), List.of("**/*Test.java"), List.of(),
				"fast", null, null);
	}

	private ProjectArchive.Written write(Optional<Path> durations) throws IOException {
		return ProjectArchive.write(model(), Map.of("app", List.of("[engine:solo]/[module:app]/x")),
				new ArchiveManifest.Selection(Optional.of("test(~Fast)"), List.of("fast"), List.of(), List.of(),
						List.of(".*IT")), durations, archive, 3);
	}

	@Test
	void aSharedJarIsStoredOnceAndTheSkippedModuleNotAtAll() throws IOException {
		ProjectArchive.Written written = write(Optional.empty());
		assertEquals(2, written.modules());
		assertEquals(1, written.tests());
		Path extracted = temp.resolve("x");
		new SafeExtractor().extract(archive, extracted);
		ArchiveManifest manifest = ArchiveManifest.read(extracted.resolve(ArchiveManifest.FILE_NAME));
		String junit = manifest.modules().get(0).classPath().get(3);
		assertEquals(junit, manifest.modules().get(1).classPath().get(1), "one archive path for the shared jar");
		assertTrue(junit.startsWith("lib/") && junit.endsWith("/junit.jar"), junit);
		assertEquals(repository.resolve("junit.jar").toString(), manifest.origins().get(junit));
		assertEquals(List.of("app", "lib"), manifest.modules().stream().map(ArchiveManifest.Module::name).toList());
		assertEquals(4, manifest.modules().get(0).classPath().size(), "a folder that does not exist is left out");
		assertEquals("app", manifest.modules().get(0).workingDirectory());
		assertEquals(List.of("app/src/test/java"), manifest.modules().get(0).testSources());
		// the agent a JVM option names travels too, though it is on no class path
		assertTrue(manifest.origins().containsValue(repository.resolve("agent.jar").toString()), manifest.origins()::toString);
		assertEquals("[profile.default]\nretries = 1\n",
				Files.readString(extracted.resolve("workspace/.config/solo.toml")));
		assertFalse(Files.exists(extracted.resolve(ArchiveManifest.DURATIONS_FILE)));
	}

	/** The scripts run where the archive does, from its workspace: the files their commands name travel with it. */
	@Test
	void theFilesTheScriptsRunTravelExecutableBesideTheConfig() throws IOException {
		write(root.resolve(".config/solo.toml"), """
				[scripts.setup.server]
				command = "./bin/start-server.sh --port 0"
				teardown = "down"
				[scripts.teardown.down]
				command = ["sh", "scripts/stop.sh", "kill $SERVER_PID", "/usr/bin/env"]
				[archive]
				include = ["fixtures", ".config"]
				""");
		write(root.resolve("fixtures/Server.java"), "class Server {}");
		write(root.resolve("fixtures/data/users.json"), "[]");
		write(root.resolve("bin/start-server.sh"), "#!/bin/sh\necho started\n");
		root.resolve("bin/start-server.sh").toFile().setExecutable(true);
		write(root.resolve("scripts/stop.sh"), "kill $1\n");
		write(root.resolve("scripts/unrelated.sh"), "not named by any script\n");
		write(Optional.empty());
		Path extracted = temp.resolve("x");
		new SafeExtractor().extract(archive, extracted);
		Path started = extracted.resolve("workspace/bin/start-server.sh");
		assertEquals("#!/bin/sh\necho started\n", Files.readString(started));
		assertTrue(Files.isExecutable(started), "a script keeps its executable bit");
		assertEquals("kill $1\n", Files.readString(extracted.resolve("workspace/scripts/stop.sh")));
		assertFalse(Files.exists(extracted.resolve("workspace/scripts/unrelated.sh")));
		assertEquals("class Server {}", Files.readString(extracted.resolve("workspace/fixtures/Server.java")));
		assertEquals("[]", Files.readString(extracted.resolve("workspace/fixtures/data/users.json")));
	}

	@Test
	void anIncludeThatIsNotThereIsNamed() throws IOException {
		write(root.resolve(".config/solo.toml"), "[archive]\ninclude = [\"fixturez\"]\n");
		IOException e = assertThrows(IOException.class, () -> write(Optional.empty()));
		assertTrue(e.getMessage().startsWith(".config/solo.toml: archive.include: fixturez is not in the workspace "),
				e.getMessage());
	}

	@Test
	void openedElsewhereEveryPathIsThisMachines() throws IOException {
		write(Optional.of(write(temp.resolve("durations.json"), "{}")));
		Path checkout = Files.createDirectories(temp.resolve("target-machine/checkout/app"));
		Path projectFile = temp.resolve("project.json");
		Path extracted = temp.resolve("target-machine/extracted");
		Map<String, String> opened = ArchivedProject.open(archive.toString(), extracted.toString(),
				checkout.getParent().toString(), projectFile.toString());
		assertEquals(checkout.getParent().toString(), opened.get(ArchivedProject.WORKSPACE));
		assertEquals(extracted.resolve(ArchiveManifest.DURATIONS_FILE).toString(), opened.get(ArchivedProject.DURATIONS));
		assertFalse(opened.containsKey(ArchivedProject.NOTE));
		ProjectModel project = ProjectModel.read(projectFile);
		ProjectModel.Module app = project.modules().get(0);
		assertEquals(checkout.toString(), app.directory());
		assertEquals("app test", Files.readString(Path.of(app.testClasses()).resolve("com/example/AppTest.class")));
		assertEquals("junit", Files.readString(Path.of(app.classPath().get(3))));
		assertTrue(app.classPath().stream().allMatch(e -> e.startsWith(extracted.toString())), app.classPath()::toString);
		String agent = app.jvmArgs().get(0).substring("-javaagent:".length());
		assertEquals("agent", Files.readString(Path.of(agent)));
		assertEquals("-Ddata=" + checkout.resolve("data"), app.jvmArgs().get(1));
		assertEquals(Map.of("WHERE", checkout.toString()), app.environment());
		assertEquals(List.of(checkout.resolve("src/test/java").toString()), app.testSources());
		assertEquals("fast", app.groups());
		// the checkout has no lib/ folder: the module runs in the archive's copy of it
		assertEquals(extracted.resolve("workspace/lib").toString(), project.modules().get(1).directory());
		assertEquals("launcher", Files.readString(Path.of(project.platformExtras().get(0))));
		assertEquals(new ProjectModel.Selection("test(~Fast)", List.of("fast"), List.of(), List.of(), List.of(".*IT")),
				project.selection());
	}

	/** As {@code solo archive -cp build/test-classes:…/junit.jar --scan-class-path --scan-jar …/tests.jar --select-…}. */
	private ProjectModel classPathProject() throws IOException {
		write(root.resolve("build/test-classes/com/example/FooTest.class"), "foo test");
		write(repository.resolve("tests.jar"), "scanned jar");
		List<String> classPath = List.of(root.resolve("build/test-classes").toString(),
				repository.resolve("junit.jar").toString());
		return new ProjectModel(root.toString(), List.of(new ProjectModel.Module("", root.toString(), classPath, null,
				List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), null, null, null, List.of(
						"classpath-root:" + root.resolve("build/test-classes"),
						"classpath-root:" + repository.resolve("tests.jar"),
						"classpath-root:" + root.resolve("build/gone"),
						"class:com.example.FooTest", "method:com.example.FooTest#works()", "package:com.example"))),
				List.of(repository.resolve("junit-platform-launcher.jar").toString()));
	}

	@Test
	void aClassPathsSelectorsAreArchivedAndTheirRootsOpenedWhereTheyWereExtracted() throws IOException {
		ProjectArchive.Written written = ProjectArchive.write(classPathProject(), Map.of("", List.of("[engine:x]/a",
				"[engine:x]/b")), ArchiveManifest.Selection.ALL, Optional.empty(), archive, 3);
		assertEquals(1, written.modules());
		assertEquals(2, written.tests());
		Path extracted = temp.resolve("target-machine/extracted");
		Path projectFile = temp.resolve("target-machine/project.json");
		// The build machine gone: no path of its may be needed to run.
		Files.move(temp.resolve("build"), temp.resolve("gone"));
		ArchivedProject.open(archive.toString(), extracted.toString(), null, projectFile.toString());
		ArchiveManifest manifest = ArchiveManifest.read(extracted.resolve(ArchiveManifest.FILE_NAME));
		ArchiveManifest.Module archived = manifest.modules().get(0);
		assertEquals(Optional.empty(), archived.testClasses());
		List<String> selectors = archived.selectors().orElseThrow();
		assertEquals("classpath-root:workspace/build/test-classes", selectors.get(0));
		assertTrue(selectors.get(1).startsWith("classpath-root:lib/") && selectors.get(1).endsWith("/tests.jar"),
				selectors::toString);
		assertEquals(5, selectors.size(), "a root that does not exist is left out: " + selectors);

		ProjectModel.Module module = ProjectModel.read(projectFile).modules().get(0);
		assertEquals("", module.name());
		assertEquals(null, module.testClasses());
		assertEquals(extracted.resolve("workspace").toString(), module.directory(), "the root, from the archive's copy");
		List<String> opened = module.explicitSelectors().orElseThrow();
		assertEquals(List.of("class:com.example.FooTest", "method:com.example.FooTest#works()", "package:com.example"),
				opened.subList(2, 5), "names are not paths");
		Path classes = Path.of(opened.get(0).substring("classpath-root:".length()));
		assertEquals(Path.of(module.classPath().get(0)), classes, "a root is where its class path entry is");
		assertEquals("foo test", Files.readString(classes.resolve("com/example/FooTest.class")));
		assertEquals("scanned jar", Files.readString(Path.of(opened.get(1).substring("classpath-root:".length()))));
		assertEquals("launcher", Files.readString(Path.of(ProjectModel.read(projectFile).platformExtras().get(0))));
	}

	@Test
	void theProjectFileKeepsSelectorsAndReadsOneWithoutThemAsAMavenModule() throws IOException {
		Path file = temp.resolve("project.json");
		ProjectModel project = classPathProject();
		project.write(file);
		assertEquals(project, ProjectModel.read(file));
		model().write(file);
		assertEquals(Optional.empty(), ProjectModel.read(file).modules().get(0).explicitSelectors());
		// as the Maven extension of an older solo.jar wrote it: no such field at all
		Files.writeString(file, Files.readString(file).replaceAll(",\\s*\"selectors\" : null", ""));
		assertFalse(Files.readString(file).contains("selectors"), Files.readString(file));
		assertEquals(model(), ProjectModel.read(file));
	}

	@Test
	void withoutACheckoutTheBuildRootIsUsedWhereItIsAndTheArchiveCopyWhereItIsNot() throws IOException {
		write(Optional.empty());
		Map<String, String> opened = ArchivedProject.open(archive.toString(), temp.resolve("e1").toString(), null,
				temp.resolve("p1.json").toString());
		assertEquals(root.toString(), opened.get(ArchivedProject.WORKSPACE));
		assertFalse(opened.containsKey(ArchivedProject.NOTE));
		Files.move(root, temp.resolve("build/moved"));
		opened = ArchivedProject.open(archive.toString(), temp.resolve("e2").toString(), null,
				temp.resolve("p2.json").toString());
		assertEquals(temp.resolve("e2/workspace").toString(), opened.get(ArchivedProject.WORKSPACE));
		assertTrue(opened.get(ArchivedProject.NOTE).contains(root + " is not here"), opened.get(ArchivedProject.NOTE));
		assertEquals(temp.resolve("e2/workspace/app").toString(),
				ProjectModel.read(temp.resolve("p2.json")).modules().get(0).directory());
	}

	@Test
	void badInputIsNamedAndATemporaryExtractionIsRemoved() throws IOException {
		ArchiveException missing = assertThrows(ArchiveException.class, () -> ArchivedProject.open(
				temp.resolve("none.tar.zst").toString(), null, null, temp.resolve("p.json").toString()));
		assertTrue(missing.getMessage().contains("none.tar.zst does not exist"), missing.getMessage());
		write(Optional.empty());
		IOException remap = assertThrows(IOException.class, () -> ArchivedProject.open(archive.toString(), null,
				temp.resolve("no-checkout").toString(), temp.resolve("p.json").toString()));
		assertFalse(remap instanceof ArchiveException);
		assertTrue(remap.getMessage().contains("--workspace-remap"), remap.getMessage());
		Path notSolo = temp.resolve("plain.tar.zst");
		ArchiveWriter.to(notSolo, 0).addBytes("README", new byte[] { 'x' }).write();
		Path into = temp.resolve("into");
		ArchiveException plain = assertThrows(ArchiveException.class, () -> ArchivedProject.open(notSolo.toString(),
				into.toString(), null, temp.resolve("p.json").toString()));
		assertTrue(plain.getMessage().contains("is not a Solo archive: it has no solo-archive.json"), plain.getMessage());
		long before = temporaryExtractions();
		assertThrows(ArchiveException.class, () -> ArchivedProject.open(notSolo.toString(), null, null,
				temp.resolve("p.json").toString()));
		assertEquals(before, temporaryExtractions(), "a failed temporary extraction is deleted");
	}

	private static long temporaryExtractions() throws IOException {
		try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return list.filter(p -> p.getFileName().toString().startsWith("solo-archive-")).count();
		}
	}

	private static Path write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
