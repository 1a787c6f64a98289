package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code solo run} writes Surefire's JUnit XML, read back here with the JDK's DOM parser. */
class JUnitXmlReportTest {
	private static final String FIXTURES = "dev.solo.launcher.fixtures.";

	@TempDir
	Path folder;

	@Test
	void passingRunHasOneTestcasePerTestAndNoFailures() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "PassingFixture");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("JUnit XML written to " + file), result.err());
		Document xml = parse(file);
		List<Element> cases = elements(xml.getDocumentElement(), "testcase");
		assertEquals(2, cases.size());
		assertEquals(List.of("first", "second"), cases.stream().map(c -> c.getAttribute("name")).sorted().toList());
		cases.forEach(c -> assertEquals(FIXTURES + "PassingFixture", c.getAttribute("classname")));
		Element suite = elements(xml.getDocumentElement(), "testsuite").get(0);
		assertEquals(FIXTURES + "PassingFixture", suite.getAttribute("name"));
		assertEquals("2", suite.getAttribute("tests"));
		assertEquals("0", suite.getAttribute("failures"));
		assertEquals("0", suite.getAttribute("errors"));
		assertEquals(0, xml.getElementsByTagName("failure").getLength());
	}

	@Test
	void failedTestHasItsAssertionAsFailureAndItsOutput() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "FailingFixture");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		Element failed = testcase(parse(file), "fails");
		Element failure = only(failed, "failure");
		assertTrue(failure.getAttribute("message").contains("arithmetic ==> expected: <2> but was: <3>"),
				failure.getAttribute("message"));
		assertEquals("org.opentest4j.AssertionFailedError", failure.getAttribute("type"));
		assertTrue(failure.getTextContent().contains("at dev.solo.launcher.fixtures.FailingFixture.fails"),
				failure.getTextContent());
		assertTrue(only(failed, "system-out").getTextContent().contains("output of the failing test"));
		assertEquals("1", parse(file).getElementsByTagName("testsuite").item(0).getAttributes()
				.getNamedItem("failures").getNodeValue());
	}

	@Test
	void flakyTestPassesWithOneFlakyFailure() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "FlakyFixture", "--retries", "1");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		Element flaky = testcase(parse(file), "failsOnFirstAttempt");
		assertTrue(elements(flaky, "failure").isEmpty() && elements(flaky, "error").isEmpty());
		Element flake = only(flaky, "flakyFailure");
		assertEquals("flaky: failing on attempt 1", flake.getAttribute("message"));
		assertTrue(only(flake, "stackTrace").getTextContent().contains("FlakyFixture.failsOnFirstAttempt"));
		assertTrue(only(flake, "system-out").getTextContent().contains("attempt 1"));
		assertTrue(direct(flaky, "system-out").getTextContent().contains("attempt 2"));
	}

	@Test
	void testFailingEveryAttemptHasFailureAndRerunFailure() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "FailingFixture", "--retries", "1");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		Element failed = testcase(parse(file), "fails");
		only(failed, "failure");
		Element rerun = only(failed, "rerunFailure");
		assertTrue(rerun.getAttribute("message").contains("arithmetic"), rerun.getAttribute("message"));
		assertTrue(only(rerun, "system-out").getTextContent().contains("output of the failing test"));
		assertTrue(elements(failed, "flakyFailure").isEmpty());
	}

	@Test
	void unwritablePathExits110NamingIt() throws Exception {
		Files.writeString(folder.resolve("taken"), "a file where the folder should be");
		Path file = folder.resolve("taken").resolve("junit.xml");
		Result result = solo(file, "PassingFixture");
		assertEquals(ExitCodes.WRITE_OUTPUT_ERROR, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("error: failed to write JUnit XML to " + file), result.err());
		assertFalse(result.err().contains("JUnit XML written"), result.err());
	}

	@Test
	void jsonRunWritesTheReportButKeepsStdoutJson() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "PassingFixture", "--message-format", "json");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		assertTrue(Files.exists(file));
		assertFalse(result.out().contains("JUnit XML") || result.err().contains("JUnit XML"), result.out());
		result.out().lines().forEach(line -> assertTrue(line.startsWith("{"), line));
	}

	@Test
	void shardNamesItsPartitionAndRunInEverySuite() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "PassingFixture", "--partition", "hash:2/2");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		List<Element> suites = elements(parse(file).getDocumentElement(), "testsuite");
		assertFalse(suites.isEmpty());
		for (Element suite : suites) {
			assertEquals(List.of("solo.run-id", "solo.partition"), propertyNames(suite));
			assertEquals("hash:2/2", property(suite, "solo.partition"));
			assertTrue(property(suite, "solo.run-id").matches("[0-9a-f-]{36}"), property(suite, "solo.run-id"));
		}
	}

	@Test
	void unpartitionedRunNamesNoPartition() throws Exception {
		Path file = folder.resolve("junit.xml");
		Result result = solo(file, "PassingFixture");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		Element suite = elements(parse(file).getDocumentElement(), "testsuite").get(0);
		assertEquals(List.of("solo.run-id"), propertyNames(suite));
		// Each test case has its own: what its JVM used of memory (measured on Linux, where this runs).
		for (Element testCase : elements(suite, "testcase")) {
			assertEquals(List.of("solo.peak-rss-bytes", "solo.peak-heap-bytes", "solo.gc-count", "solo.gc-ms"),
					propertyNames(testCase), testCase.getAttribute("name"));
			assertTrue(Long.parseLong(property(testCase, "solo.peak-rss-bytes")) > 0);
		}
	}

	/** The element's own properties: a suite's are the run's, each test case's its JVM's. */
	private static List<String> propertyNames(Element suiteOrCase) {
		return elements(direct(suiteOrCase, "properties"), "property").stream().map(p -> p.getAttribute("name"))
				.toList();
	}

	private static String property(Element suite, String name) {
		return elements(suite, "property").stream().filter(p -> p.getAttribute("name").equals(name)).findFirst()
				.map(p -> p.getAttribute("value")).orElseThrow(() -> new AssertionError("no property " + name));
	}

	private static Result solo(Path file, String fixture, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "-cp", CliRun.TEST_CLASSES, "--select-class",
				FIXTURES + fixture, "--color", "never", "--config", "solo.junit.path=" + file));
		args.addAll(List.of(more));
		return run(args.toArray(new String[0]));
	}

	private static Document parse(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}

	private static Element testcase(Document xml, String name) {
		return elements(xml.getDocumentElement(), "testcase").stream().filter(c -> c.getAttribute("name").equals(name))
				.findFirst().orElseThrow(() -> new AssertionError("no testcase " + name));
	}

	private static List<Element> elements(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	private static Element only(Element parent, String tag) {
		List<Element> found = elements(parent, tag);
		assertEquals(1, found.size(), tag + " in " + parent.getAttribute("name"));
		return found.get(0);
	}

	/** The child element itself, not one nested in a flaky or rerun element. */
	private static Element direct(Element parent, String tag) {
		return elements(parent, tag).stream().filter(e -> e.getParentNode() == parent).findFirst()
				.orElseThrow(() -> new AssertionError("no " + tag + " directly in " + parent.getAttribute("name")));
	}
}
