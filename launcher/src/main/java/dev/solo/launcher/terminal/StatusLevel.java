package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.events.TestResult;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine;

import org.apiguardian.api.API;

/**
 * nextest's {@code status-level}: which per-test lines print while the run goes on. Each level
 * shows what the levels before it show, as log levels do; the order is nextest's.
 */
@API(status = INTERNAL, since = "0.1")
public enum StatusLevel {
	NONE, FAIL, RETRY, SLOW, LEAK, PASS, SKIP, ALL;

	/** The level of a finished test's line: nextest's, with LEAK for a passing test whose JVM outlived it. */
	static StatusLevel of(TestOutcome outcome) {
		if (outcome.isFailure()) {
			return FAIL;
		}
		if (outcome.isFlaky()) {
			return RETRY;
		}
		return switch (outcome.last().status()) {
			case PASSED -> outcome.last().leaked() ? LEAK : PASS;
			case CANCELLED -> FAIL;
			default -> SKIP;
		};
	}

	/** The level of one test's line, of a unit that held several: its own result, not its unit's. */
	static StatusLevel of(TestResult test) {
		return switch (test.status()) {
			case FAILED, NOT_RUN -> FAIL;
			case SKIPPED -> SKIP;
			case PASSED -> test.flaky() ? RETRY : PASS;
		};
	}

	/** What the level is named on the command line and in settings. */
	String written() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether a line of level {@code line} prints at this level. */
	boolean shows(StatusLevel line) {
		return compareTo(line) >= 0;
	}

	static Optional<StatusLevel> parse(String text) {
		return Arrays.stream(values()).filter(level -> level.written().equals(text.trim().toLowerCase(Locale.ROOT)))
				.findFirst();
	}

	static String expected() {
		return "expected " + names();
	}

	private static String names() {
		return Arrays.stream(values()).map(StatusLevel::written).collect(Collectors.joining(", "));
	}

	/** picocli's reading of {@code --status-level}, worded as the setting's error is. */
	static final class Converter implements CommandLine.ITypeConverter<StatusLevel> {
		@Override
		public StatusLevel convert(String value) {
			return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
					"'" + value + "' is not one of " + names()));
		}
	}
}
