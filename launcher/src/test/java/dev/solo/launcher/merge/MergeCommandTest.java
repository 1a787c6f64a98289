package dev.solo.launcher.merge;

import static dev.solo.launcher.merge.Shards.attempt;
import static dev.solo.launcher.merge.Shards.failed;
import static dev.solo.launcher.merge.Shards.flaky;
import static dev.solo.launcher.merge.Shards.passed;
import static dev.solo.launcher.merge.Shards.shard;
import static dev.solo.launcher.merge.Shards.skipped;
import static dev.solo.launcher.merge.Shards.withOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.SoloMain;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Kind;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code solo report merge} on shards written by the real JUnit XML writer. */
class MergeCommandTest {
	private static final String A = "com.example.ATest";
	private static final String B = "com.example.BTest";

	@TempDir
	Path folder;

	/** Six passing tests in two classes, some with output, one with characters XML must escape. */
	private static List<Case> run() {
		return List.of(passed(A, "one", 12), withOutput(passed(A, "two", 1500), "line 1\n\tline 2 <&> \"é\" ☃\n", "warn"),
				passed(A, "three", 3), passed(B, "four", 4), withOutput(passed(B, "five", 5), "", "only stderr"),
				passed(B, "six", 6));
	}

	@Test
	void threeShardsMergeToTheWholeRunWithEachCaseAsItsShardWroteIt() throws Exception {
		List<Case> run = run();
		Path merged = folder.resolve("out/merged.xml");
		Merged result = merge("-o", merged.toString(), shard(folder, 1, 3, run).toString(),
				shard(folder, 2, 3, run).toString(), shard(folder, 3, 3, run).toString());
		assertEquals(ExitCodes.OK, result.code(), result.err());
		assertEquals(List.of("     Summary 3 shards (hash:1/3, 2/3, 3/3): 6 tests run: 6 passed",
				"    JUnit XML written to " + merged), result.err().lines().toList());
		List<Case> cases = JUnitXmlReader.read(merged).cases().toList();
		assertEquals(sorted(run), sorted(cases));
		ReportFile file = JUnitXmlReader.read(merged);
		assertEquals(Optional.empty(), file.partition(), "the merged report is no shard");
		assertEquals(List.of(A, B), file.suites().stream().map(s -> s.name()).toList());
	}

	/**
	 * Each shard runs the setups its own tests need: a script is no test the shards must agree on,
	 * so every shard's is kept, named for it, before (setup) or after (teardown) the tests.
	 */
	@Test
	void eachShardsScriptsAreKeptApartFromTheTestsAndNamedForTheShard() throws Exception {
		List<Case> run = run();
		List<Case> first = new ArrayList<>(List.of(passed("@setup-script:db", "db", 800)));
		List<Case> second = new ArrayList<>();
		for (int i = 0; i < run.size(); i++) {
			(i % 2 == 0 ? first : second).add(run.get(i));
			(i % 2 == 0 ? second : first).add(skipped(run.get(i).className(), run.get(i).name(),
					"not in partition hash:" + (i % 2 == 0 ? 2 : 1) + "/2"));
		}
		first.add(passed("@teardown-script:db-down", "db-down", 20));
		Path merged = folder.resolve("merged.xml");
		Merged result = merge("-o", merged.toString(),
				Shards.write(folder.resolve("s1.xml"), Optional.of("hash:1/2"), first).toString(),
				Shards.write(folder.resolve("s2.xml"), Optional.of("hash:2/2"), second).toString());
		assertEquals(ExitCodes.OK, result.code(), result.err());
		assertTrue(result.err().startsWith("     Summary 2 shards (hash:1/2, 2/2): 6 tests run: 6 passed\n"),
				result.err());
		ReportFile file = JUnitXmlReader.read(merged);
		assertEquals(List.of("@setup-script:db (hash:1/2)", A, B, "@teardown-script:db-down (hash:1/2)"),
				file.suites().stream().map(s -> s.name()).toList());
		assertEquals(sorted(run), sorted(file.suites().subList(1, 3).stream().flatMap(s -> s.cases().stream()).toList()));
	}

	@Test
	void aScriptThatFailedInAShardFailsTheMerge() throws Exception {
		List<Case> run = List.of(passed(A, "one", 1), passed(A, "two", 2));
		List<Case> cases = new ArrayList<>(List.of(failed("@setup-script:db", "db", "exit code 3")));
		cases.addAll(run);
		Path merged = folder.resolve("merged.xml");
		Merged result = merge("-o", merged.toString(), Shards.write(folder.resolve("a.xml"), Optional.empty(), cases)
				.toString(), Shards.write(folder.resolve("b.xml"), Optional.empty(), List.of(passed(B, "three", 3)))
				.toString());
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.err());
		assertTrue(result.err().startsWith("     Summary 2 reports: 3 tests run: 3 passed; 1 script failed\n"),
				result.err());
	}

	@Test
	void mergedFileIsJUnitXmlWithTheWholeRunsCounts() throws Exception {
		List<Case> run = new ArrayList<>(run());
		run.set(2, failed(A, "three", "expected: <2> but was: <3>"));
		run.set(5, skipped(B, "six", "void six() is @Disabled"));
		Path merged = folder.resolve("merged.xml");
		Merged result = merge("--junit", merged.toString(), shard(folder, 1, 2, run).toString(),
				shard(folder, 2, 2, run).toString());
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.err());
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(merged.toFile());
		Element root = xml.getDocumentElement();
		assertEquals("testsuites", root.getTagName());
		assertEquals(List.of("6", "1", "0", "1"), List.of(root.getAttribute("tests"), root.getAttribute("failures"),
				root.getAttribute("errors"), root.getAttribute("skipped")));
		assertEquals(6, xml.getElementsByTagName("testcase").getLength());
		assertEquals(0, xml.getElementsByTagName("properties").getLength());
		// As the terminal counts them: a skipped test is not one that ran.
		assertTrue(result.err().contains(": 5 tests run: 4 passed, 1 failed, 1 skipped\n"), result.err());
	}

	@Test
	void failuresAndRetriesKeepTheirMessagesStacksAndOutput() throws Exception {
		List<Case> run = List.of(failed(A, "fails", "arithmetic ==> expected: <2> but was: <3>",
				attempt(Kind.FAILURE, "again", "rerun out"), attempt(Kind.ERROR, "and again", "rerun 2 out")),
				flaky(A, "sometimes", attempt(Kind.FAILURE, "flaky: failing on attempt 1", "attempt 1\n")),
				passed(B, "fine", 1), flaky(B, "erratic", attempt(Kind.ERROR, "boom", "")));
		Merged result = merge("-o", folder.resolve("m.xml").toString(), shard(folder, 1, 2, run).toString(),
				shard(folder, 2, 2, run).toString());
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.err());
		assertTrue(result.err().contains("4 tests run: 3 passed (2 flaky), 1 failed"), result.err());
		assertEquals(sorted(run), sorted(JUnitXmlReader.read(folder.resolve("m.xml")).cases().toList()));
		String xml = Files.readString(folder.resolve("m.xml"));
		assertTrue(xml.contains("<rerunError message=\"and again\""), xml);
		assertTrue(xml.contains("<flakyFailure message=\"flaky: failing on attempt 1\""), xml);
	}

	@Test
	void missingShardIsIncompleteButWhatThereIsIsMerged() throws Exception {
		List<Case> run = run();
		Path merged = folder.resolve("merged.xml");
		Path first = shard(folder, 1, 3, run);
		Path third = shard(folder, 3, 3, run);
		Merged result = merge("-o", merged.toString(), first.toString(), third.toString());
		assertEquals(ExitCodes.INCOMPLETE_RUN, result.code(), result.err());
		List<String> lines = result.err().lines().toList();
		assertEquals("error: shard hash:2/3 is missing (given: " + first + " (hash:1/3), " + third + " (hash:3/3))",
				lines.get(0));
		assertEquals("error: 2 tests ran in no shard given, in the merged report as not run: " + A + "#two, " + B
				+ "#five", lines.get(1));
		assertEquals("     Summary 2 of 3 shards (hash:1/3, 3/3): 4/6 tests run: 4 passed, 2 not run", lines.get(2));
		List<Case> cases = JUnitXmlReader.read(merged).cases().toList();
		assertEquals(6, cases.size());
		assertEquals(List.of("not run: in no shard given (missing hash:2/3)"),
				cases.stream().flatMap(c -> c.skipped().stream()).distinct().toList());
	}

	@Test
	void testThatNoShardRanIsIncomplete() throws Exception {
		List<Case> run = run();
		// Index 5 is in no shard: what a shard dealt otherwise than its siblings would look like.
		Path one = shard(folder, "hash", 1, 2, run, i -> i < 3);
		Path two = shard(folder, "hash", 2, 2, run, i -> i >= 3 && i < 5);
		Merged result = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString());
		assertEquals(ExitCodes.INCOMPLETE_RUN, result.code(), result.err());
		assertTrue(result.err().contains("error: 1 test ran in no shard (outside the partition in every report), in the"
				+ " merged report as not run: " + B + "#six"), result.err());
		assertTrue(Files.exists(folder.resolve("m.xml")));
	}

	@Test
	void overlappingShardsAreRefusedNamingTheTestAndBothFiles() throws Exception {
		List<Case> run = run();
		Path one = shard(folder, "hash", 1, 2, run, i -> i <= 3);
		Path two = shard(folder, "hash", 2, 2, run, i -> i >= 3);
		Path merged = folder.resolve("m.xml");
		Merged result = merge("-o", merged.toString(), one.toString(), two.toString());
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.err());
		assertEquals(List.of("error: " + one + " and " + two + " ran the same test: " + B + "#four (shards of one run"
				+ " never do)", "error: no merged report written"), result.err().lines().toList());
		assertFalse(Files.exists(merged));
	}

	@Test
	void overlapNamesAFewTestsThenCountsTheRest() throws Exception {
		List<Case> run = run();
		Path one = shard(folder, "slice", 1, 2, run, i -> true);
		Path two = shard(folder, "slice", 2, 2, run, i -> true);
		Merged result = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString());
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.err());
		assertTrue(result.err().contains("ran the same 6 tests: " + A + "#one, " + A + "#two, " + A + "#three and 3"
				+ " more"), result.err());
	}

	@Test
	void shardsOfDifferentCountsOrKindsDoNotBelongTogether() throws Exception {
		List<Case> run = run();
		Path ofTwo = shard(folder, 1, 2, run);
		Path ofThree = shard(folder, 2, 3, run);
		Merged counts = merge("-o", folder.resolve("m.xml").toString(), ofTwo.toString(), ofThree.toString());
		assertEquals(ExitCodes.SETUP_ERROR, counts.code(), counts.err());
		assertTrue(counts.err().startsWith("error: " + ofThree + " is shard hash:2/3, but " + ofTwo
				+ " is shard hash:1/2: the shards of one run share one kind and one count\n"), counts.err());
		Path counted = shard(folder, "count", 2, 2, run, i -> i % 2 == 1);
		Merged kinds = merge("-o", folder.resolve("m.xml").toString(), ofTwo.toString(), counted.toString());
		assertEquals(ExitCodes.SETUP_ERROR, kinds.code(), kinds.err());
		assertTrue(kinds.err().contains(counted + " is shard count:2/2, but " + ofTwo + " is shard hash:1/2"),
				kinds.err());
		assertFalse(Files.exists(folder.resolve("m.xml")));
	}

	@Test
	void shardsListingDifferentTestsDoNotBelongTogether() throws Exception {
		List<Case> run = run();
		Path one = shard(folder, 1, 2, run);
		Path two = shard(folder, 2, 2, run.subList(0, 5));
		Merged result = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString());
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.err());
		assertTrue(result.err().contains(two + " (hash:2/2) and " + one + " (hash:1/2) list different tests, so they"
				+ " are not shards of one run: only in " + one + ": " + B + "#six"), result.err());
	}

	@Test
	void fileOrShardGivenTwiceIsRefused() throws Exception {
		List<Case> run = run();
		Path one = shard(folder, 1, 2, run);
		Path two = shard(folder, 2, 2, run);
		Merged sameFile = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString(),
				one.toString());
		assertEquals(ExitCodes.SETUP_ERROR, sameFile.code(), sameFile.err());
		assertTrue(sameFile.err().startsWith("error: " + one + " is given twice\n"), sameFile.err());
		Path copy = Files.copy(two, folder.resolve("copy.xml"));
		Merged sameRun = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString(),
				copy.toString());
		assertTrue(sameRun.err().contains(two + " (hash:2/2) and " + copy + " (hash:2/2) are reports of one run"),
				sameRun.err());
		Path rerun = shard(folder.resolve(Files.createDirectory(folder.resolve("again"))), 2, 2, run);
		Merged sameShard = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString(),
				rerun.toString());
		assertEquals(ExitCodes.SETUP_ERROR, sameShard.code(), sameShard.err());
		assertTrue(sameShard.err().contains("error: shard hash:2/2 is given twice: " + two + " and " + rerun),
				sameShard.err());
		assertFalse(Files.exists(folder.resolve("m.xml")));
	}

	@Test
	void testSkippedAlikeInEveryShardWasSkippedBeforeDealingAndIsKeptOnce() throws Exception {
		List<Case> run = new ArrayList<>(run());
		Case passedBefore = skipped(B, "six", "already passed in run 1f79aa0d");
		run.set(5, passedBefore);
		// Every shard has it, skipped alike: the engine skipped it before it dealt the rest.
		Path one = shard(folder, "hash", 1, 2, run, i -> i < 3 || i == 5);
		Path two = shard(folder, "hash", 2, 2, run, i -> i >= 3);
		Merged result = merge("-o", folder.resolve("m.xml").toString(), one.toString(), two.toString());
		assertEquals(ExitCodes.OK, result.code(), result.err());
		assertTrue(result.err().contains("5 tests run: 5 passed, 1 skipped"), result.err());
		assertEquals(1, JUnitXmlReader.read(folder.resolve("m.xml")).cases().filter(passedBefore::equals).count());
	}

	@Test
	void wholeRunsMergeOneAfterAnother() throws Exception {
		List<Case> run = run();
		Path first = Shards.write(folder.resolve("module-a.xml"), Optional.empty(), run.subList(0, 3));
		Path second = Shards.write(folder.resolve("module-b.xml"), Optional.empty(), run.subList(3, 6));
		Merged result = merge("-o", folder.resolve("m.xml").toString(), first.toString(), second.toString());
		assertEquals(ExitCodes.OK, result.code(), result.err());
		assertTrue(result.err().startsWith("     Summary 2 reports: 6 tests run: 6 passed\n"), result.err());
		assertEquals(run, JUnitXmlReader.read(folder.resolve("m.xml")).cases().toList());
	}

	@Test
	void wholeRunsHoldingOneTestAreRefused() throws Exception {
		List<Case> run = run();
		Path first = Shards.write(folder.resolve("a.xml"), Optional.empty(), run.subList(0, 4));
		Path second = Shards.write(folder.resolve("b.xml"), Optional.empty(), run.subList(3, 6));
		Merged result = merge("-o", folder.resolve("m.xml").toString(), first.toString(), second.toString());
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.err());
		assertTrue(result.err().contains(first + " and " + second + " hold the same test: " + B + "#four"),
				result.err());
	}

	@Test
	void shardsAndWholeRunsDoNotMix() throws Exception {
		List<Case> run = run();
		Path shard = shard(folder, 1, 1, run);
		Path whole = Shards.write(folder.resolve("whole.xml"), Optional.empty(), run);
		Merged result = merge("-o", folder.resolve("m.xml").toString(), whole.toString(), shard.toString());
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.err());
		assertTrue(result.err().contains(shard + " (hash:1/1) is a shard, but " + whole + " is a whole run"),
				result.err());
	}

	@Test
	void corruptReportExits104WithTheFileAndPlaceAndWritesNothing() throws Exception {
		Path good = shard(folder, 1, 2, run());
		Path cut = folder.resolve("cut.xml");
		Files.writeString(cut, "<?xml version=\"1.0\"?>\n<testsuites>\n\t<testsuite name=\"x\">\n\t\t<testcase name=\"a\""
				+ " classname=\"b\">\n\t</testsuite>\n");
		Path html = folder.resolve("page.xml");
		Files.writeString(html, "<html><body/></html>");
		Path absent = folder.resolve("absent.xml");
		Path merged = folder.resolve("m.xml");
		Merged result = merge("-o", merged.toString(), good.toString(), cut.toString(), html.toString(),
				absent.toString());
		assertEquals(ExitCodes.TEST_LIST_CREATION_FAILED, result.code(), result.err());
		List<String> lines = result.err().lines().toList();
		assertTrue(lines.get(0).startsWith("error: " + cut + ": not well-formed XML, line 5, column "), lines.get(0));
		assertTrue(lines.get(0).contains("testcase"), lines.get(0));
		assertEquals("error: " + html + ", line 1, column 7: not JUnit XML: its root element is <html>, not"
				+ " <testsuites>", lines.get(1));
		assertTrue(lines.get(2).startsWith("error: cannot read " + absent + ": java.nio.file.NoSuchFileException"),
				lines.get(2));
		assertEquals("error: no merged report written", lines.get(3));
		assertFalse(Files.exists(merged));
	}

	@Test
	void reportWithAMalformedPartitionIsUnreadable() throws Exception {
		Path odd = Shards.write(folder.resolve("odd.xml"), Optional.of("hash:4/3"), run());
		Merged result = merge("-o", folder.resolve("m.xml").toString(), odd.toString());
		assertEquals(ExitCodes.TEST_LIST_CREATION_FAILED, result.code(), result.err());
		assertTrue(result.err().startsWith("error: " + odd + ": property solo.partition: "), result.err());
		assertTrue(result.err().contains("hash:4/3"), result.err());
	}

	@Test
	void defaultOutputIsUnderTheWorkingDirectory() throws Exception {
		List<Case> run = run();
		String dir = System.getProperty("user.dir");
		System.setProperty("user.dir", folder.toString());
		Merged result;
		try {
			result = merge(shard(folder, 1, 1, run).toString());
		}
		finally {
			System.setProperty("user.dir", dir);
		}
		assertEquals(ExitCodes.OK, result.code(), result.err());
		assertTrue(result.err().endsWith("    JUnit XML written to target/solo/merged/junit.xml\n"), result.err());
		assertEquals(sorted(run),
				sorted(JUnitXmlReader.read(folder.resolve("target/solo/merged/junit.xml")).cases().toList()));
	}

	private static List<String> sorted(List<Case> cases) {
		return cases.stream().map(Case::toString).sorted().toList();
	}

	private record Merged(int code, String err) {
	}

	private static Merged merge(String... args) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = SoloMain.execute(Stream.concat(Stream.of("report", "merge"), Stream.of(args))
					.toArray(String[]::new));
		}
		finally {
			System.setErr(original);
		}
		return new Merged(code, err.toString(StandardCharsets.UTF_8));
	}
}
