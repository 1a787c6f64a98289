package dev.solo.examples.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads every {@code TEST-*.xml} in a reports directory. */
public final class JUnitXmlReports {

    private final List<TestCaseResult> testCases;
    private final List<Path> files;

    private JUnitXmlReports(List<TestCaseResult> testCases, List<Path> files) {
        this.testCases = testCases;
        this.files = files;
    }

    public static JUnitXmlReports read(Path dir) {
        List<TestCaseResult> all = new ArrayList<>();
        List<Path> files;
        if (!Files.isDirectory(dir)) {
            return new JUnitXmlReports(List.of(), List.of());
        }
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("TEST-")
                            && p.getFileName().toString().endsWith(".xml"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            all.addAll(parse(file));
        }
        return new JUnitXmlReports(List.copyOf(all), files);
    }

    /** One report file, whatever its name (the solo command line writes {@code junit.xml}). */
    public static JUnitXmlReports readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no JUnit XML at " + file);
        }
        return new JUnitXmlReports(parse(file), List.of(file));
    }

    private static List<TestCaseResult> parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(file.toFile());
            NodeList nodes = document.getElementsByTagName("testcase");
            List<TestCaseResult> results = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element testCase = (Element) nodes.item(i);
                Element failure = firstChild(testCase, "failure");
                if (failure == null) {
                    failure = firstChild(testCase, "error");
                }
                Element skipped = firstChild(testCase, "skipped");
                TestCaseResult.Status status = failure != null ? TestCaseResult.Status.FAILED
                        : skipped != null ? TestCaseResult.Status.SKIPPED
                        : TestCaseResult.Status.PASSED;
                Element detail = failure != null ? failure : skipped;
                results.add(new TestCaseResult(
                        testCase.getAttribute("classname"),
                        testCase.getAttribute("name"),
                        status,
                        detail == null ? null : detail.getAttribute("type"),
                        detail == null ? null : detail.getAttribute("message"),
                        detail == null ? null : detail.getTextContent(),
                        text(firstChild(testCase, "system-out")),
                        text(firstChild(testCase, "system-err")),
                        seconds(testCase.getAttribute("time")),
                        allText(testCase, "system-out")));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + file, e);
        }
    }

    private static double seconds(String time) {
        try {
            return time.isBlank() ? Double.NaN : Double.parseDouble(time.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent();
    }

    /** The console launcher writes a test's report entries in a second {@code <system-out>}. */
    private static String allText(Element parent, String tag) {
        StringBuilder text = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                text.append(e.getTextContent());
            }
        }
        return text.toString();
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    public List<TestCaseResult> testCases() {
        return testCases;
    }

    public List<Path> files() {
        return files;
    }

    /** Test cases whose class is {@code dev.solo.examples.misbehaving.<simpleClass>} and whose name (with or without "()") matches. */
    public List<TestCaseResult> find(String simpleClass, String name) {
        String className = simpleClass.contains(".") ? simpleClass : ItEnv.FIXTURES + simpleClass;
        String bare = name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
        return testCases.stream()
                .filter(t -> t.className().equals(className) && t.bareName().equals(bare))
                .collect(Collectors.toList());
    }

    /** The single test case for class and name; fails with a readable message otherwise. */
    public TestCaseResult get(String simpleClass, String name) {
        List<TestCaseResult> found = find(simpleClass, name);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one test case " + simpleClass + "#" + name + " but found "
                    + found.size() + " in " + files + "; all test cases:\n" + describe());
        }
        return found.get(0);
    }

    public Optional<TestCaseResult> maybe(String simpleClass, String name) {
        List<TestCaseResult> found = find(simpleClass, name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public String describe() {
        return testCases.stream().map(t -> "  " + t).collect(Collectors.joining("\n"));
    }
}
