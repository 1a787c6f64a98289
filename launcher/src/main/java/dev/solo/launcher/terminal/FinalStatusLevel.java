package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.events.TestResult;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine;

import org.apiguardian.api.API;

/**
 * nextest's {@code final-status-level}: which tests are listed again after the summary. Unlike
 * {@link StatusLevel} it knows flaky tests (and takes {@code retry} for them, as nextest does),
 * and it ranks skipped tests before passing ones.
 */
@API(status = INTERNAL, since = "0.1")
public enum FinalStatusLevel {
	NONE, FAIL, FLAKY, SLOW, SKIP, LEAK, PASS, ALL;

	/** Where a finished test ranks at the end: slow before leaky, as nextest ranks a test that was both. */
	static FinalStatusLevel of(TestOutcome outcome) {
		if (outcome.isFailure()) {
			return FAIL;
		}
		if (outcome.isFlaky()) {
			return FLAKY;
		}
		Attempt last = outcome.last();
		return switch (last.status()) {
			case PASSED -> !last.slowReports().isEmpty() ? SLOW : last.leaked() ? LEAK : PASS;
			case CANCELLED -> FAIL;
			default -> SKIP;
		};
	}

	/** Where one test of a unit that held several ranks: its own result; slow and leaky as its unit was. */
	static FinalStatusLevel of(TestOutcome outcome, TestResult test) {
		Attempt last = outcome.last();
		return switch (test.status()) {
			case FAILED, NOT_RUN -> FAIL;
			case SKIPPED -> SKIP;
			case PASSED -> test.flaky() ? FLAKY : !last.slowReports().isEmpty() ? SLOW : last.leaked() ? LEAK : PASS;
		};
	}

	String written() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean shows(FinalStatusLevel line) {
		return compareTo(line) >= 0;
	}

	static Optional<FinalStatusLevel> parse(String text) {
		String written = text.trim().toLowerCase(Locale.ROOT);
		String name = written.equals("retry") ? "flaky" : written;
		return Arrays.stream(values()).filter(level -> level.written().equals(name)).findFirst();
	}

	static String expected() {
		return "expected " + names();
	}

	private static String names() {
		return Arrays.stream(values()).map(FinalStatusLevel::written).collect(Collectors.joining(", "));
	}

	static final class Converter implements CommandLine.ITypeConverter<FinalStatusLevel> {
		@Override
		public FinalStatusLevel convert(String value) {
			return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
					"'" + value + "' is not one of " + names()));
		}
	}
}
