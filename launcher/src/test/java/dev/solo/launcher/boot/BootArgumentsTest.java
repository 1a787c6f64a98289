package dev.solo.launcher.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boot finds the command and the class path before the Platform loads, in @-files too. */
class BootArgumentsTest {
	@Test
	void readsTheCommandAndClassPathOutOfAnArgumentFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("args");
		Files.writeString(file, "run\n-cp 'a b" + File.pathSeparator + "c'\n--scan-class-path\n");
		BootArguments arguments = BootArguments.scan(new String[] { "@" + file, "-cp", "d" });
		assertEquals(Optional.of("run"), arguments.command());
		assertEquals(List.of("a b", "c", "d"), arguments.classPath());
	}

	@Test
	void anArgumentFileThatIsNotThereIsLeftToTheCommand() {
		BootArguments arguments = BootArguments.scan(new String[] { "run", "@/no/such/file", "-cp", "x" });
		assertEquals(List.of("x"), arguments.classPath());
	}
}
