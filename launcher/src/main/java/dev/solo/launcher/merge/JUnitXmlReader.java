package dev.solo.launcher.merge;

import dev.solo.engine.partition.Partition;
import dev.solo.engine.partition.PartitionException;
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Kind;
import dev.solo.launcher.output.JUnitXmlWriter.Problem;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads back the JUnit XML {@code JUnitXmlWriter} writes, into the same model, so that a merge
 * writes every case as its shard wrote it. Elements it does not know are skipped: another version
 * of Solo may add some, and what a consumer of the merged file needs is what the writer knows.
 */
final class JUnitXmlReader {
	private static final XMLInputFactory FACTORY = factory();

	private final Path file;
	private final XMLStreamReader xml;
	private Map<String, String> properties;

	private JUnitXmlReader(Path file, XMLStreamReader xml) {
		this.file = file;
		this.xml = xml;
	}

	static ReportFile read(Path file) throws ReportException {
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			try {
				return new JUnitXmlReader(file, xml).document();
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException e) {
			throw new ReportException(file + ": not well-formed XML" + at(e.getLocation()) + ": " + reason(e));
		}
		catch (IOException e) {
			throw new ReportException("cannot read " + file + ": " + e);
		}
	}

	private ReportFile document() throws XMLStreamException, ReportException {
		xml.nextTag();
		String root = xml.getLocalName();
		String runName = attribute("name").orElse("");
		Optional<LocalDateTime> started = Optional.empty();
		List<Suite> suites = new ArrayList<>();
		if (root.equals("testsuites")) {
			while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
				if (xml.getLocalName().equals("testsuite")) {
					started = started.or(this::timestamp);
					suites.add(suite());
				}
				else {
					skip();
				}
			}
		}
		else if (root.equals("testsuite")) {
			// Surefire's file per class: one suite is the whole document.
			started = timestamp();
			suites.add(suite());
		}
		else {
			throw problem("not JUnit XML: its root element is <" + root + ">, not <testsuites>");
		}
		// To the end, so that a file cut short or with junk after its root is not taken for whole.
		while (xml.hasNext()) {
			xml.next();
		}
		Map<String, String> found = properties == null ? Map.of() : properties;
		return new ReportFile(file, runName, started, found, partition(found), suites);
	}

	private Suite suite() throws XMLStreamException, ReportException {
		String name = required("name");
		List<Case> cases = new ArrayList<>();
		Map<String, String> own = new LinkedHashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "testcase" -> cases.add(testCase());
				case "properties" -> properties(own);
				default -> skip();
			}
		}
		// The writer puts the run's properties in every suite: a file whose suites disagree is two runs in one.
		if (properties == null) {
			properties = own;
		}
		else if (!properties.equals(own)) {
			throw problem("its suites name different runs: " + properties + " and, in suite " + name + ", " + own);
		}
		return new Suite(name, cases);
	}

	private void properties(Map<String, String> into) throws XMLStreamException, ReportException {
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if (xml.getLocalName().equals("property")) {
				into.put(required("name"), attribute("value").orElse(""));
			}
			skip();
		}
	}

	private Case testCase() throws XMLStreamException, ReportException {
		String name = required("name");
		String className = attribute("classname").orElse("");
		Duration time = time();
		Optional<Problem> result = Optional.empty();
		Optional<String> skipped = Optional.empty();
		List<Problem> reruns = new ArrayList<>();
		List<Problem> flakes = new ArrayList<>();
		String stdout = "";
		String stderr = "";
		Map<String, String> properties = new LinkedHashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "properties" -> properties(properties);
				case "failure" -> result = Optional.of(result(Kind.FAILURE));
				case "error" -> result = Optional.of(result(Kind.ERROR));
				case "skipped" -> {
					skipped = Optional.of(attribute("message").orElse(""));
					skip();
				}
				case "rerunFailure" -> reruns.add(rerun(Kind.FAILURE));
				case "rerunError" -> reruns.add(rerun(Kind.ERROR));
				case "flakyFailure" -> flakes.add(rerun(Kind.FAILURE));
				case "flakyError" -> flakes.add(rerun(Kind.ERROR));
				case "system-out" -> stdout = xml.getElementText();
				case "system-err" -> stderr = xml.getElementText();
				default -> skip();
			}
		}
		return new Case(className, name, time, result, skipped, reruns, flakes, stdout, stderr, properties);
	}

	/** A {@code failure} or {@code error}: its text is the stack trace; the output is the case's own. */
	private Problem result(Kind kind) throws XMLStreamException {
		Optional<String> message = attribute("message");
		String type = attribute("type").orElse("");
		return new Problem(kind, type, message, xml.getElementText(), "", "");
	}

	/** A {@code rerunFailure}, {@code flakyError} and the like: the stack and the attempt's output nested. */
	private Problem rerun(Kind kind) throws XMLStreamException {
		Optional<String> message = attribute("message");
		String type = attribute("type").orElse("");
		String stack = "";
		String stdout = "";
		String stderr = "";
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "stackTrace" -> stack = xml.getElementText();
				case "system-out" -> stdout = xml.getElementText();
				case "system-err" -> stderr = xml.getElementText();
				default -> skip();
			}
		}
		return new Problem(kind, type, message, stack, stdout, stderr);
	}

	private Duration time() throws ReportException {
		Optional<String> seconds = attribute("time");
		if (seconds.isEmpty()) {
			return Duration.ZERO;
		}
		try {
			BigDecimal value = new BigDecimal(seconds.get().trim());
			if (value.signum() < 0) {
				throw new NumberFormatException();
			}
			return Duration.ofNanos(value.movePointRight(9).toBigInteger().longValueExact());
		}
		catch (NumberFormatException | ArithmeticException e) {
			throw problem("time=\"" + seconds.get() + "\" is not a number of seconds");
		}
	}

	private Optional<LocalDateTime> timestamp() {
		// A timestamp is only the merged report's start; one that does not parse takes nothing from a test.
		try {
			return attribute("timestamp").map(LocalDateTime::parse);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private Optional<Partition> partition(Map<String, String> found) throws ReportException {
		String spec = found.get(JUnitXmlReport.PARTITION_PROPERTY);
		if (spec == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Partition.parse(spec));
		}
		catch (PartitionException e) {
			throw new ReportException(file + ": property " + JUnitXmlReport.PARTITION_PROPERTY + ": " + e.getMessage());
		}
	}

	/** Skips the element the reader is on, with all it holds, to its end tag. */
	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private Optional<String> attribute(String name) {
		return Optional.ofNullable(xml.getAttributeValue(null, name));
	}

	private String required(String name) throws ReportException {
		return attribute(name)
				.orElseThrow(() -> problem("<" + xml.getLocalName() + "> has no " + name + " attribute"));
	}

	private ReportException problem(String what) {
		return new ReportException(file + at(xml.getLocation()) + ": " + what);
	}

	private static String at(Location location) {
		return location == null || location.getLineNumber() < 0 ? ""
				: ", line " + location.getLineNumber() + ", column " + location.getColumnNumber();
	}

	/** The parser's own words without the location it prefixes them with, which {@link #at} gives. */
	private static String reason(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int words = message.indexOf("Message: ");
		return words >= 0 ? message.substring(words + "Message: ".length()) : message;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// A report is data: no DTD, no entity reaching out to a file or the network.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}
}
