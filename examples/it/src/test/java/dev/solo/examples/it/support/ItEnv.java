package dev.solo.examples.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Paths handed to the integration tests by the it module's Surefire configuration. */
public final class ItEnv {

    public static final String FIXTURES = "dev.solo.examples.misbehaving.";
    public static final String CHILD_MAIN = "dev.solo.engine.child.ChildMain";

    private ItEnv() {
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + key
                    + " is not set: run these tests through the examples/it Maven build (mvn -B install)");
        }
        return value;
    }

    public static Path consoleJar(String version) {
        Path jar = Path.of(required("solo-it.consoleDir"), "junit-platform-console-standalone-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing (copied by maven-dependency-plugin in process-test-classes)");
        }
        return jar;
    }

    /** {@code launcher/target/solo.jar}, the command line under test. */
    public static Path soloJar() {
        Path jar = Path.of(required("solo-it.soloJar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the launcher first (mvn -B install)");
        }
        return jar;
    }

    /** An example project: {@code examples/<name>}. */
    public static Path example(String name) {
        return Path.of(required("solo-it.examplesDir")).resolve(name).toAbsolutePath().normalize();
    }

    public static Path currentConsoleJar() {
        return consoleJar(required("solo-it.console.version"));
    }

    public static Path legacyConsoleJar() {
        return consoleJar(required("solo-it.console.legacyVersion"));
    }

    /** The jars given to console hosts: the misbehaving test-jar and solo-engine (plus its runtime deps). */
    public static List<Path> fixtureClasspath() {
        Path dir = Path.of(required("solo-it.fixtureClasspathDir"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("solo-engine"))) {
                throw new IllegalStateException("no solo-engine jar in " + dir + ": " + jars);
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The third-party engines of the conformance fixtures (jqwik, ArchUnit) and what they need:
     * given to a console host on top of {@link #fixtureClasspath()} by the conformance matrix only.
     */
    public static List<Path> enginesClasspath() {
        Path dir = Path.of(required("solo-it.enginesClasspathDir"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("jqwik-engine"))) {
                throw new IllegalStateException("no jqwik engine in " + dir + ": " + jars);
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JUnit jars of this test's own class path, for a class-path run (console-standalone's
     * users pass theirs), and Kotlin's standard library where the build has it.
     */
    public static List<String> junitJars() {
        // By file name: a path with "junit" in it may be another engine's (archunit-junit5).
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> {
                    String file = Path.of(e).getFileName().toString();
                    return file.startsWith("junit") || file.startsWith("opentest4j") || file.startsWith("apiguardian")
                            || file.startsWith("hamcrest") || file.startsWith("kotlin");
                })
                .filter(e -> !e.contains("solo")).toList();
    }

    public static Path fixturesTestJar() {
        return fixtureClasspath().stream()
                .filter(p -> p.getFileName().toString().startsWith("solo-example-misbehaving")
                        && p.getFileName().toString().endsWith("-tests.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("misbehaving test-jar not copied"));
    }

    public static Path misbehavingProject() {
        return Path.of(required("solo-it.misbehavingDir")).toAbsolutePath().normalize();
    }

    public static Path localRepository() {
        return Path.of(required("solo-it.localRepository"));
    }

    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Another JDK's home ({@code solo-it.otherJavaHome}), to check that child JVMs run on the
     * host's Java rather than whatever {@code java} is on the PATH; null if not configured or absent.
     */
    public static Path otherJavaHome() {
        String home = System.getProperty("solo-it.otherJavaHome", "");
        if (home.isBlank() || !Files.isExecutable(Path.of(home, "bin", "java"))) {
            return null;
        }
        return Path.of(home);
    }

    /** The feature version ({@code 25}) in a JDK's {@code release} file, or -1. */
    public static int featureVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        }
        return -1;
    }

    /** A fresh directory under target/it-work for one host run. */
    public static Path newWorkDir(String name) {
        try {
            Path base = Path.of(required("solo-it.workDir"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
