package dev.solo.launcher.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireScanTest {
	private static final List<String> INCLUDES = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
			"**/*TestCase.java");

	@Test
	void surefiresDefaultsTakeTestClassesAndLeaveInnerClassesAndEverythingElse(@TempDir Path testClasses)
			throws IOException {
		for (String file : List.of("a/FooTest.class", "a/FooTest$Inner.class", "a/b/TestBar.class", "a/Helpers.class",
				"a/BazTests.class", "a/QuxTestCase.class", "features/basket.feature", "junit-platform.properties",
				"TopTest.class")) {
			Path path = testClasses.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, "");
		}
		assertEquals(List.of("TopTest", "a.BazTests", "a.FooTest", "a.QuxTestCase", "a.b.TestBar"),
				SurefireScan.classNames(testClasses, INCLUDES, List.of("**/*$*")));
	}

	@Test
	void excludesLeaveWhatTheyName(@TempDir Path testClasses) throws IOException {
		for (String file : List.of("a/FooTest.class", "a/ManualCheckTest.class")) {
			Path path = testClasses.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, "");
		}
		assertEquals(List.of("a.FooTest"),
				SurefireScan.classNames(testClasses, INCLUDES, List.of("**/*$*", "**/ManualCheckTest.java")));
		assertEquals(List.of("a.ManualCheckTest"),
				SurefireScan.classNames(testClasses, List.of("%regex[.*Manual.*]"), List.of()));
	}
}
