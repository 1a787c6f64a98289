package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A suite really run as three shards by {@code solo run --partition}, then merged by {@code solo report merge}. */
class ReportMergeTest {
	private static final String FIXTURES = "dev.solo.launcher.fixtures.";

	@TempDir
	Path folder;

	@Test
	void threeRealShardsMergeIntoTheWholeRun() throws Exception {
		List<String> shards = new ArrayList<>();
		List<Element> ran = new ArrayList<>();
		for (int m = 1; m <= 3; m++) {
			Path file = folder.resolve("shard-" + m + ".xml");
			Result shard = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURES + "PassingFixture",
					"--select-class", FIXTURES + "FailingFixture", "--select-class", FIXTURES + "FlakyFixture",
					"--retries", "1", "--partition", "hash:" + m + "/3", "--no-tests", "pass", "--color", "never",
					"--config", "solo.junit.path=" + file);
			assertTrue(List.of(ExitCodes.OK, ExitCodes.TEST_RUN_FAILED).contains(shard.code()), shard.out() + shard.err());
			shards.add(file.toString());
			String placeholder = "not in partition hash:" + m + "/3";
			testcases(parse(file)).stream().filter(c -> !skippedFor(c, placeholder)).forEach(ran::add);
		}
		assertNoProcessLeft();
		Path merged = folder.resolve("merged/junit.xml");
		List<String> args = new ArrayList<>(List.of("report", "merge", "-o", merged.toString()));
		args.addAll(shards);
		Result result = run(args.toArray(new String[0]));
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.err());
		assertEquals(List.of("     Summary 3 shards (hash:1/3, 2/3, 3/3): 5 tests run: 4 passed (1 flaky), 1 failed",
				"    JUnit XML written to " + merged), result.err().lines().toList());
		List<Element> cases = testcases(parse(merged));
		assertEquals(5, ran.size(), "each test ran in one shard");
		assertEquals(5, cases.size());
		// Each test's case is the one its shard wrote, element for element, output and retries included.
		for (Element testCase : cases) {
			assertEquals(1, ran.stream().filter(testCase::isEqualNode).count(), testCase.getAttribute("name"));
		}
		Element fails = cases.stream().filter(c -> c.getAttribute("name").equals("fails")).findFirst().orElseThrow();
		assertTrue(fails.getElementsByTagName("failure").item(0).getTextContent()
				.contains("at dev.solo.launcher.fixtures.FailingFixture.fails"));
		assertEquals(1, fails.getElementsByTagName("rerunFailure").getLength());
	}

	private static boolean skippedFor(Element testCase, String reason) {
		NodeList skipped = testCase.getElementsByTagName("skipped");
		return skipped.getLength() == 1 && ((Element) skipped.item(0)).getAttribute("message").equals(reason);
	}

	/** Every test JVM the shards started has ended with them. */
	private static void assertNoProcessLeft() throws Exception {
		for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
			child.onExit().get(10, TimeUnit.SECONDS);
		}
		assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
				.map(p -> p.info().commandLine().orElse(String.valueOf(p.pid()))).toList());
	}

	private static Document parse(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}

	private static List<Element> testcases(Document xml) {
		NodeList nodes = xml.getElementsByTagName("testcase");
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}
}
