// The realproject row's project (issue 30, "measure first"): a generated multi-module Maven build
// shaped like the open-source suites the issue timed — four modules depending on one another, small
// tests of a few milliseconds each, JUnit 4 (through Vintage) and Jupiter classes mixed, Guava in the
// main code, Truth in the JUnit 4 tests and AssertJ in the Jupiter ones, a Mockito mock in every
// third class, @Before/@BeforeEach set-up, a test class path of ~30 jars. Written under
// bench/work/realproject; files are rewritten only when their text changes, so Maven's incremental
// build finds the same sources up to date in every timed run. Part of the harness (see
// RealProject.java, bench/README.md).

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class RealProjectGen {
    private RealProjectGen() {}

    static final String[] MODULES = {"rp-core", "rp-model", "rp-service", "rp-app"};
    static final int METHODS = 8;                       // tests per class, as small real classes have

    // Pinned, on Maven Central; the JUnit and Surefire versions are the other rows'.
    static final String JUNIT = "6.1.3", GUAVA = "33.5.0-jre", TRUTH = "1.4.4", ASSERTJ = "3.27.3", MOCKITO = "5.20.0",
            BYTE_BUDDY = "1.17.7";

    /** A test class to generate: its module, simple name, and what it uses. */
    record TestClass(int module, String name, boolean junit4, boolean mock, int methods) {}

    /** The classes of an {@code n}-test project: METHODS per class (the last may have fewer), dealt round-robin to the modules. */
    static List<TestClass> plan(int n) {
        List<TestClass> l = new ArrayList<>();
        for (int k = 0, left = n; left > 0; k++, left -= METHODS) {
            l.add(new TestClass(k % MODULES.length, String.format("Feature%03dTest", k), k % 2 == 0, k % 3 == 0, Math.min(METHODS, left)));
        }
        return l;
    }

    /** Writes the project for {@code n} tests; returns its directory. Classes of a larger earlier size are deleted. */
    static Path generate(Path dir, int n, Path engineJar, String soloVersion, int threads) throws Exception {
        Harness.write(dir.resolve("pom.xml"), parentPom(engineJar, soloVersion, threads));
        List<TestClass> plan = plan(n);
        for (int m = 0; m < MODULES.length; m++) {
            Path mod = dir.resolve(MODULES[m]);
            String pkg = pkg(m);
            Harness.write(mod.resolve("pom.xml"), modulePom(m));
            Path main = mod.resolve("src/main/java/" + pkg.replace('.', '/'));
            Harness.write(main.resolve("Store.java"), "package " + pkg + ";\n\n/** What the tests mock. */\npublic interface Store {\n"
                    + "    String load(String key);\n    void save(String key, String value);\n}\n");
            Harness.write(main.resolve("Work.java"), work(m));
            Path test = mod.resolve("src/test/java/" + pkg.replace('.', '/'));
            Harness.deleteTree(test);   // a smaller size than the last run's must not keep its extra classes
        }
        for (TestClass c : plan) {
            Path f = dir.resolve(MODULES[c.module] + "/src/test/java/" + pkg(c.module).replace('.', '/') + "/" + c.name + ".java");
            Harness.write(f, c.junit4 ? junit4(c) : jupiter(c));
        }
        return dir;
    }

    static String pkg(int m) { return "bench.rp." + MODULES[m].substring(3); }

    /** Each module's main code: Guava at work for a millisecond or two, and a call into the module below. */
    static String work(int m) {
        String below = "        String salt = " + (m == 0 ? "\"\"" : pkg(m - 1) + ".Work.digest(key).substring(0, 8)") + ";\n";
        return "package " + pkg(m) + ";\n\n"
                + "import com.google.common.base.Joiner;\nimport com.google.common.base.Splitter;\n"
                + "import com.google.common.collect.ImmutableList;\nimport com.google.common.collect.ImmutableSortedMap;\n"
                + "import com.google.common.collect.Ordering;\nimport com.google.common.hash.Hashing;\n"
                + "import java.nio.charset.StandardCharsets;\nimport java.util.List;\n\n"
                + "public final class Work {\n    private Work() {}\n\n"
                + "    /** {@code count} pseudo-random words from {@code seed}, sorted. */\n"
                + "    public static List<String> words(int seed, int count) {\n"
                + "        ImmutableList.Builder<String> b = ImmutableList.builder();\n"
                + "        long x = seed * 2654435761L + 1;\n"
                + "        for (int i = 0; i < count; i++) { x = x * 6364136223846793005L + 1442695040888963407L; b.add(Long.toString(x >>> 20, 36)); }\n"
                + "        return Ordering.natural().immutableSortedCopy(b.build());\n    }\n\n"
                + "    public static String digest(String text) { return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString(); }\n\n"
                + "    /** The words counted by first letter, through a join and a split as a parser would. */\n"
                + "    public static ImmutableSortedMap<Character, Integer> histogram(List<String> words) {\n"
                + "        java.util.TreeMap<Character, Integer> m = new java.util.TreeMap<>();\n"
                + "        for (String w : Splitter.on(',').omitEmptyStrings().split(Joiner.on(',').join(words))) m.merge(w.charAt(0), 1, Integer::sum);\n"
                + "        return ImmutableSortedMap.copyOfSorted(m);\n    }\n\n"
                + "    /** Loads, digests and saves back: the code the mocked tests drive. */\n"
                + "    public static String refresh(Store store, String key) {\n"
                + below
                + "        String v = store.load(key);\n        String d = digest(salt + (v == null ? key : v));\n        store.save(key, d);\n        return d;\n    }\n}\n";
    }

    static String junit4(TestClass c) {
        String pkg = pkg(c.module);
        StringBuilder s = new StringBuilder("package " + pkg + ";\n\n");
        s.append("import static com.google.common.truth.Truth.assertThat;\n");
        if (c.mock) s.append("import static org.mockito.Mockito.mock;\nimport static org.mockito.Mockito.verify;\nimport static org.mockito.Mockito.when;\n");
        s.append("\nimport com.google.common.collect.Ordering;\nimport java.util.List;\nimport org.junit.Before;\nimport org.junit.Test;\n\n");
        s.append("public class ").append(c.name).append(" {\n    private List<String> words;\n");
        if (c.mock) s.append("    private Store store;\n");
        s.append("\n    @Before\n    public void setUp() {\n        words = Work.words(").append(c.name.hashCode() & 0xffff).append(", 400);\n");
        if (c.mock) s.append("        store = mock(Store.class);\n");
        s.append("    }\n");
        for (int i = 0; i < c.methods; i++) {
            s.append("\n    @Test\n    public void case").append(i).append("() {\n");
            if (c.mock && i % 2 == 0) {
                s.append("        when(store.load(\"k").append(i).append("\")).thenReturn(words.get(").append(i).append("));\n")
                        .append("        String d = Work.refresh(store, \"k").append(i).append("\");\n")
                        .append("        assertThat(d).hasLength(64);\n        verify(store).save(\"k").append(i).append("\", d);\n");
            } else {
                s.append("        List<String> more = Work.words(").append(i).append(", 300);\n")
                        .append("        assertThat(Ordering.natural().isOrdered(more)).isTrue();\n")
                        .append("        assertThat(Work.histogram(words).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);\n")
                        .append("        assertThat(Work.digest(String.join(\",\", more))).hasLength(64);\n");
            }
            s.append("    }\n");
        }
        return s.append("}\n").toString();
    }

    static String jupiter(TestClass c) {
        String pkg = pkg(c.module);
        StringBuilder s = new StringBuilder("package " + pkg + ";\n\n");
        s.append("import static org.assertj.core.api.Assertions.assertThat;\n");
        if (c.mock) s.append("import static org.mockito.Mockito.verify;\nimport static org.mockito.Mockito.when;\n");
        s.append("\nimport java.util.List;\nimport org.junit.jupiter.api.BeforeEach;\nimport org.junit.jupiter.api.Test;\n");
        if (c.mock) s.append("import org.junit.jupiter.api.extension.ExtendWith;\nimport org.mockito.Mock;\nimport org.mockito.junit.jupiter.MockitoExtension;\n");
        s.append("\n");
        if (c.mock) s.append("@ExtendWith(MockitoExtension.class)\n");
        s.append("class ").append(c.name).append(" {\n    private List<String> words;\n");
        if (c.mock) s.append("    @Mock private Store store;\n");
        s.append("\n    @BeforeEach\n    void setUp() {\n        words = Work.words(").append(c.name.hashCode() & 0xffff).append(", 400);\n    }\n");
        for (int i = 0; i < c.methods; i++) {
            s.append("\n    @Test\n    void case").append(i).append("() {\n");
            if (c.mock && i % 2 == 0) {
                // Strict stubs (MockitoExtension's default): every stubbing here is used.
                s.append("        when(store.load(\"k").append(i).append("\")).thenReturn(words.get(").append(i).append("));\n")
                        .append("        String d = Work.refresh(store, \"k").append(i).append("\");\n")
                        .append("        assertThat(d).hasSize(64);\n        verify(store).save(\"k").append(i).append("\", d);\n");
            } else {
                s.append("        List<String> more = Work.words(").append(i).append(", 300);\n")
                        .append("        assertThat(more).isSorted().hasSize(300);\n")
                        .append("        assertThat(Work.histogram(words).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);\n")
                        .append("        assertThat(Work.digest(String.join(\",\", more))).hasSize(64);\n");
            }
            s.append("    }\n");
        }
        return s.append("}\n").toString();
    }

    static String dep(String g, String a, String scope) {
        return "    <dependency><groupId>" + g + "</groupId><artifactId>" + a + "</artifactId>" + (scope == null ? "" : "<scope>" + scope + "</scope>") + "</dependency>\n";
    }

    static String modulePom(int m) {
        StringBuilder d = new StringBuilder();
        if (m > 0) d.append("    <dependency><groupId>dev.solo.bench.rp</groupId><artifactId>").append(MODULES[m - 1]).append("</artifactId><version>0</version></dependency>\n");
        d.append(dep("com.google.guava", "guava", null));
        d.append(dep("org.junit.jupiter", "junit-jupiter", "test")).append(dep("org.junit.vintage", "junit-vintage-engine", "test"))
                .append(dep("junit", "junit", "test")).append(dep("com.google.truth", "truth", "test"))
                .append(dep("org.assertj", "assertj-core", "test")).append(dep("org.mockito", "mockito-core", "test"))
                .append(dep("org.mockito", "mockito-junit-jupiter", "test"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generated by bench/RealProjectGen.java. -->\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <parent><groupId>dev.solo.bench.rp</groupId><artifactId>realproject</artifactId><version>0</version></parent>\n"
                + "  <artifactId>" + MODULES[m] + "</artifactId>\n  <dependencies>\n" + d + "  </dependencies>\n</project>\n";
    }

    static String managed(String g, String a, String v) {
        return "      <dependency><groupId>" + g + "</groupId><artifactId>" + a + "</artifactId><version>" + v + "</version></dependency>\n";
    }

    static String parentPom(Path engineJar, String soloVersion, int threads) {
        StringBuilder modules = new StringBuilder();
        for (String m : MODULES) modules.append("    <module>").append(m).append("</module>\n");
        String dm = managed("org.junit", "junit-bom", JUNIT).replace("</version>", "</version><type>pom</type><scope>import</scope>")
                + managed("junit", "junit", "4.13.2") + managed("com.google.guava", "guava", GUAVA) + managed("com.google.truth", "truth", TRUTH)
                + managed("org.assertj", "assertj-core", ASSERTJ) + managed("org.mockito", "mockito-core", MOCKITO)
                + managed("org.mockito", "mockito-junit-jupiter", MOCKITO)
                // AssertJ's older Byte Buddy would win by nearness; Mockito's knows JDK 25's class files.
                + managed("net.bytebuddy", "byte-buddy", BYTE_BUDDY);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Generated by bench/RealProjectGen.java. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.solo.bench.rp</groupId>
                  <artifactId>realproject</artifactId>
                  <version>0</version>
                  <packaging>pom</packaging>
                  <modules>
                %s  </modules>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                %s    </dependencies>
                  </dependencyManagement>
                  <profiles>
                    <profile>
                      <!-- Surefire with Solo on, as the longpole row's -Psolo: the engine a test dependency, switched on
                           through configurationParameters (here only, so that solo run reads no solo.* from the pom). -->
                      <id>solo</id>
                      <dependencies>
                        <dependency>
                          <groupId>dev.solo</groupId>
                          <artifactId>solo-engine</artifactId>
                          <version>%s</version>
                          <scope>system</scope>
                          <systemPath>%s</systemPath>
                        </dependency>
                      </dependencies>
                      <build>
                        <plugins>
                          <plugin>
                            <artifactId>maven-surefire-plugin</artifactId>
                            <configuration>
                              <properties>
                                <configurationParameters>
                                  solo.enabled=true
                                  solo.test-threads=%d
                                </configurationParameters>
                              </properties>
                            </configuration>
                          </plugin>
                        </plugins>
                      </build>
                    </profile>
                  </profiles>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.0</version></plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                      <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.3</version></plugin>
                      <plugin><artifactId>maven-deploy-plugin</artifactId><version>3.1.3</version></plugin>
                      <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(modules, dm, soloVersion, engineJar, threads);
    }
}
