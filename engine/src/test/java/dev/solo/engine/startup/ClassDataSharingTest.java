package dev.solo.engine.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

	@TempDir
	Path cache;

	@Test
	void aChildGivenTheArchiveMapsItWhereItWasDumped() throws Exception {
		ClassDataSharing sharing = ClassDataSharing.in(cache, List.of(), List.of(jar().toString()));
		assertTrue(sharing.lease().options().stream().anyMatch(o -> o.startsWith("-XX:DumpLoadedClassList=")),
				"without an archive the first child records its classes");
		Files.createFile(sharing.archive());

		List<String> options = sharing.lease().options();
		assertTrue(options.stream().anyMatch(o -> o.endsWith(sharing.archive().toString())), options.toString());
		assertTrue(options.containsAll(ClassDataSharing.MAP_AS_DUMPED), options.toString());
	}

	@Test
	void theUsersOwnChoiceOfMappingStands() throws Exception {
		ClassDataSharing sharing = ClassDataSharing.in(cache,
				List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=1"), List.of(jar().toString()));
		Files.createFile(sharing.archive());

		List<String> options = sharing.lease().options();
		assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveRelocationMode")), options.toString());
	}

	@Test
	void aUnitKnownToRunLongCompilesFromItsOwnProfilesOnAnAotCache() throws Exception {
		ClassDataSharing sharing = ClassDataSharing.in(cache, List.of(), List.of(jar().toString()));
		assertEquals(List.of(), sharing.lease().longUnitOptions(), "a recording child has no cache to replay");
		Files.createFile(sharing.archive());

		// Only an AOT cache (JDK 25+) holds training; JDK 17 does not know the flag (see below).
		List<String> expected = Runtime.version().feature() >= 25 ? ClassDataSharing.OWN_PROFILES : List.of();
		assertEquals(expected, sharing.lease().longUnitOptions());
	}

	@Test
	void theUsersOwnChoiceOfTrainingReplayStands() throws Exception {
		ClassDataSharing sharing = ClassDataSharing.in(cache,
				List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+AOTReplayTraining"), List.of(jar().toString()));
		Files.createFile(sharing.archive());

		assertEquals(List.of(), sharing.lease().longUnitOptions());
	}

	/** A JVM that did not know the flag would not start, so it is given only with an AOT cache. */
	@Test
	void onlyAJvmWithAotCachesAcceptsTheOptionThatTurnsTheirTrainingOff() throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ClassDataSharing.OWN_PROFILES);
		command.add("-version");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(Runtime.version().feature() >= 25, process.exitValue() == 0, log);
	}

	/** What the options claim, on the JDK that runs this test: the JDK's own archive stays where it was dumped. */
	@Test
	void theJvmMapsAnArchiveAtItsOwnAddressWithThem() throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ClassDataSharing.MAP_AS_DUMPED);
		command.addAll(List.of("-Xshare:on", "-Xlog:cds=info", "-version"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), log);
		// The JDK's archive is dumped at 0x800000000 (SharedBaseAddress); relocated, it lands elsewhere.
		assertTrue(log.lines().anyMatch(l -> l.matches(".*region #0 at base 0x0*800[0-9a-f]{6} .*")), log);
	}

	/** The modules of one run with the same jars: one child records, one archive is dumped. */
	@Test
	void sessionsWithTheSameJarsShareOneRecording() throws Exception {
		String jar = jar().toString();
		ClassDataSharing first = ClassDataSharing.in(cache, List.of("-Xmx256m"), List.of(jar));
		ClassDataSharing second = ClassDataSharing.in(cache, List.of("-Xmx256m"), List.of(jar));
		assertTrue(first.lease().options().stream().anyMatch(o -> o.startsWith("-XX:DumpLoadedClassList=")));

		assertEquals(List.of(), second.lease().options(), "a second recording would dump a second archive");
		assertNotSame(first, ClassDataSharing.in(cache, List.of("-Xmx512m"), List.of(jar)));
	}

	/**
	 * A child that redefines an archived class reopens the archive by name: the archive a child
	 * mapped must stay the file under that name (JDK 25 crashed in {@code VM_RedefineClasses}).
	 */
	@Test
	void anArchiveInPlaceIsNeverReplaced() throws Exception {
		Path target = Files.writeString(cache.resolve("a.jsa"), "mapped by running children");
		Object mapped = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
		Path late = Files.writeString(cache.resolve("a.jsa.1.tmp"), "dumped later by another module");

		ArchiveFolder.publish(late, target);

		assertEquals("mapped by running children", Files.readString(target));
		assertEquals(mapped, Files.readAttributes(target, BasicFileAttributes.class).fileKey());
	}

	@Test
	void anArchiveIsPublishedWhereNoneIsYet() throws Exception {
		Path target = cache.resolve("b.jsa");
		Path output = Files.writeString(cache.resolve("b.jsa.1.tmp"), "archive");

		ArchiveFolder.publish(output, target);

		assertEquals("archive", Files.readString(target));
	}

	/** A Java agent resolves java.instrument: an archive dumped without it loses its module graph (JDK 25: its linked classes). */
	@Test
	void anArchiveForJvmsWithAnAgentIsDumpedWithTheModuleTheAgentAdds() {
		assertEquals(List.of("-Xmx512m", "--add-modules=java.instrument"),
				ClassDataSharing.dumpOptions(List.of("-Xmx512m", "-javaagent:/m2/mockito-core.jar", "-Dx=y")));
		assertEquals(List.of("-XX:+UseG1GC", "--add-modules", "jdk.httpserver"),
				ClassDataSharing.dumpOptions(List.of("-XX:+UseG1GC", "-ea", "--add-modules", "jdk.httpserver")));
	}

	private Path jar() throws IOException {
		return Files.write(cache.resolve("lib.jar"), new byte[] {0});
	}
}
