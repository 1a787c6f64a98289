package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.terminal.TerminalReporter.OutputTiming;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import org.apiguardian.api.API;

/**
 * When a test's captured output is shown, and how: nextest's {@code --failure-output},
 * {@code --success-output} and {@code --no-output-indent}. One mixin for {@code run} and
 * {@code replay}, so a replay can show a run as the run showed it, or otherwise.
 */
@API(status = INTERNAL, since = "0.1")
public final class OutputOptions {
	@Option(names = "--failure-output", paramLabel = "WHEN", converter = TimingConverter.class,
			description = "Output of failing tests: immediate (the default), final, immediate-final or never.")
	OutputTiming failureOutput = OutputTiming.IMMEDIATE;

	@Option(names = "--success-output", paramLabel = "WHEN", converter = TimingConverter.class,
			description = "Output of passing tests: immediate, final, immediate-final or never (the default).")
	OutputTiming successOutput = OutputTiming.NEVER;

	@Option(names = "--no-output-indent", description = "Show captured output as printed, not four spaces in.")
	boolean noOutputIndent;

	/** What nextest's replay makes of {@code --no-capture}: every test's output at once, as printed. */
	public void asIfNotCaptured() {
		failureOutput = OutputTiming.IMMEDIATE;
		successOutput = OutputTiming.IMMEDIATE;
		noOutputIndent = true;
	}

	OutputTiming failureOutput() {
		return failureOutput;
	}

	OutputTiming successOutput() {
		return successOutput;
	}

	boolean indent() {
		return !noOutputIndent;
	}

	static final class TimingConverter implements CommandLine.ITypeConverter<OutputTiming> {
		@Override
		public OutputTiming convert(String value) {
			String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
			return Arrays.stream(OutputTiming.values()).filter(t -> t.name().equals(name)).findFirst()
					.orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not one of "
							+ Arrays.stream(OutputTiming.values())
									.map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
									.collect(Collectors.joining(", "))));
		}
	}
}
