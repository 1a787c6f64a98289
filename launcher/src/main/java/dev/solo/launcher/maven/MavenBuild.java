package dev.solo.launcher.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;

/**
 * Asks Maven to build a project's tests as far as Surefire's {@code test} needs, once, and to tell what it knows of each module
 * (Solo's extension, loaded into that Maven with {@code -Dmaven.ext.class.path}, writes it).
 * Maven's own output is shown only when the build fails.
 */
@API(status = INTERNAL, since = "0.1")
public final class MavenBuild {
	/** The user property the extension writes its report to. */
	public static final String OUTPUT_PROPERTY = "dev.solo.maven.output";
	/**
	 * The last phase Surefire's {@code test} needs done: a project may post-process its test
	 * classes there (weaving, enhancement, instrumentation), and its tests pass only after it.
	 */
	static final String PHASE = "process-test-classes";

	private MavenBuild() {
	}

	public static ProjectModel read(Path projectDir, List<String> mavenArgs, Path soloJar) throws IOException {
		Path report = Files.createTempFile("solo-maven-", ".json");
		Path log = Files.createTempFile("solo-maven-", ".log");
		try {
			List<String> command = new ArrayList<>(maven(projectDir));
			command.addAll(List.of("-B", "-q", "-Dmaven.ext.class.path=" + soloJar, "-D" + OUTPUT_PROPERTY + "=" + report));
			command.addAll(mavenArgs);
			command.add(PHASE);
			Process process;
			try {
				process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
						.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
			}
			catch (IOException e) {
				throw new IOException("cannot start Maven (" + command.get(0) + ") to compile the tests of " + projectDir
						+ ": put mvn on the PATH or name it with SOLO_MAVEN, or give a class path with -cp", e);
			}
			process.getOutputStream().close();
			int exit = waitFor(process);
			if (exit != 0 || Files.size(report) == 0) {
				throw new BuildFailed("`" + String.join(" ", command.subList(0, 1)) + " " + PHASE + "` failed in "
						+ projectDir + (exit != 0 ? " (exit " + exit + ")" : " (Solo's extension wrote nothing)"),
						Files.readString(log, StandardCharsets.UTF_8));
			}
			return ProjectModel.read(report);
		}
		finally {
			Files.deleteIfExists(report);
			Files.deleteIfExists(log);
		}
	}

	/** {@code $SOLO_MAVEN}, else the project's wrapper, else {@code mvn} on the PATH. */
	private static List<String> maven(Path projectDir) {
		String explicit = System.getenv("SOLO_MAVEN");
		if (explicit != null && !explicit.isBlank()) {
			return List.of(explicit);
		}
		boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("win");
		for (Path dir = projectDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			File wrapper = dir.resolve(windows ? "mvnw.cmd" : "mvnw").toFile();
			if (wrapper.canExecute()) {
				return List.of(wrapper.getPath());
			}
			if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
				break;
			}
		}
		return List.of(windows ? "mvn.cmd" : "mvn");
	}

	private static int waitFor(Process process) throws IOException {
		try {
			return process.waitFor();
		}
		catch (InterruptedException e) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while Maven compiled the tests", e);
		}
	}

	/** Maven failed: its output, for the user to read. */
	public static final class BuildFailed extends IOException {
		private final String output;

		BuildFailed(String message, String output) {
			super(message);
			this.output = output;
		}

		public String output() {
			return output;
		}
	}
}
