package dev.solo.launcher.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.output.JUnitXmlWriter;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test case's own {@code <properties>} (its JVM's memory) come first in it, and a merge keeps them. */
class CasePropertiesTest {
	@Test
	void aCasesPropertiesAreWrittenFirstInItAndReadBack(@TempDir Path dir) throws Exception {
		Case measured = new Case("a.B", "c()", Duration.ofMillis(10), Optional.empty(), Optional.empty(), List.of(),
				List.of(), "", "", Map.of("solo.peak-rss-bytes", "433000000"))
				.withProperties(Map.of("solo.gc-count", "3"));
		Case plain = new Case("a.B", "d()", Duration.ofMillis(10), Optional.empty(), Optional.empty(), List.of(),
				List.of(), "", "");
		Path file = dir.resolve("junit.xml");
		JUnitXmlWriter.write(file, "run", LocalDateTime.now(), Map.of("solo.run-id", "x"),
				List.of(new Suite("a.B", List.of(measured, plain))));
		String xml = Files.readString(file);
		assertTrue(xml.contains("<testcase name=\"c()\" classname=\"a.B\" time=\"0.010\">\n\t\t\t<properties>\n"
				+ "\t\t\t\t<property name=\"solo.peak-rss-bytes\" value=\"433000000\"/>\n"
				+ "\t\t\t\t<property name=\"solo.gc-count\" value=\"3\"/>\n\t\t\t</properties>\n\t\t</testcase>"), xml);
		assertTrue(xml.contains("<testcase name=\"d()\" classname=\"a.B\" time=\"0.010\"></testcase>"), xml);

		ReportFile read = JUnitXmlReader.read(file);
		List<Case> cases = read.suites().get(0).cases();
		assertEquals(measured.properties(), cases.get(0).properties());
		assertEquals(Map.of(), cases.get(1).properties());
		assertEquals(Map.of("solo.run-id", "x"), read.properties(), "the suite's properties stay the run's");
	}
}
