package dev.solo.launcher.terminal;

import dev.solo.engine.config.Settings;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Profile;
import dev.solo.engine.config.SettingValue;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.config.SoloConfig;
import dev.solo.launcher.terminal.TerminalReporter.OutputTiming;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import picocli.CommandLine.Option;

import org.apiguardian.api.API;

/**
 * How {@code solo run} shows a run to people, with nextest's options: {@code --color},
 * {@code --show-progress}, {@code --status-level} and {@code --final-status-level}. The two
 * levels are also the settings {@code solo.status-level} and {@code solo.final-status-level}
 * (known to the engine, read here): a flag wins, then {@code --config} or {@code -D}, then the
 * profile in {@code .config/solo.toml}, then nextest's defaults, {@code pass} and {@code flaky}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReporterOptions {
	/** nextest's {@code --color}: {@code auto} colours a terminal only, and never when {@code NO_COLOR} is set. */
	public enum Color { AUTO, ALWAYS, NEVER }

	@Option(names = "--color", paramLabel = "WHEN", description = "auto (on a terminal, unless NO_COLOR is set), always or never.")
	Color color = Color.AUTO;

	@Option(names = "--disable-ansi-colors", description = "console-standalone's --color never.")
	void disableAnsiColors(boolean disable) {
		if (disable) {
			color = Color.NEVER;
		}
	}

	@Option(names = "--show-progress", paramLabel = "HOW",
			description = "auto (a bar on a terminal, the counter otherwise), bar, counter (the (i/N) of each line) or none.")
	ShowProgress showProgress = ShowProgress.AUTO;

	@Option(names = "--status-level", paramLabel = "LEVEL", converter = StatusLevel.Converter.class,
			description = "Test statuses shown as tests end: none, fail, retry, slow, leak, pass (the default), skip or all;"
					+ " each shows what those before it show.")
	StatusLevel statusLevel;

	@Option(names = "--final-status-level", paramLabel = "LEVEL", converter = FinalStatusLevel.Converter.class,
			description = "Tests listed again after the summary: none, fail, flaky (the default), slow, skip, leak, pass or all.")
	FinalStatusLevel finalStatusLevel;

	/**
	 * The reporter for a run with these {@code parameters} (the {@code solo.*} configuration the
	 * command passes the engine). A bad level in a setting throws {@link SettingsException}.
	 */
	public TerminalReporter reporter(PrintStream out, Map<String, String> parameters, OutputOptions output) {
		return reporter(out, parameters, output.failureOutput(), output.successOutput(), output.indent(), true);
	}

	/** The reporter for a recorded run shown again: as for a run, but never a bar, which would only flash by. */
	public TerminalReporter replayReporter(PrintStream out, Map<String, String> parameters, OutputOptions output) {
		return reporter(out, parameters, output.failureOutput(), output.successOutput(), output.indent(), false);
	}

	/** The reporter for a run, its captured output indented as nextest indents it. */
	public TerminalReporter reporter(PrintStream out, Map<String, String> parameters, OutputTiming failureOutput,
			OutputTiming successOutput) {
		return reporter(out, parameters, failureOutput, successOutput, true, true);
	}

	private TerminalReporter reporter(PrintStream out, Map<String, String> parameters, OutputTiming failureOutput,
			OutputTiming successOutput, boolean indent, boolean live) {
		StatusLevel status = Optional.ofNullable(statusLevel)
				.orElseGet(() -> level(parameters, "status-level", StatusLevel::parse, StatusLevel.expected())
						.orElse(StatusLevel.PASS));
		FinalStatusLevel finalStatus = Optional.ofNullable(finalStatusLevel)
				.orElseGet(() -> level(parameters, "final-status-level", FinalStatusLevel::parse,
						FinalStatusLevel.expected()).orElse(FinalStatusLevel.FLAKY));
		// Shown again, a run would only flash a bar by: its counter stands in for it.
		ShowProgress showProgress = !live && this.showProgress == ShowProgress.BAR ? ShowProgress.COUNTER
				: this.showProgress;
		boolean askTerminal = color == Color.AUTO
				|| (live && (showProgress == ShowProgress.AUTO || showProgress == ShowProgress.BAR));
		Optional<Tty> tty = askTerminal ? Tty.open() : Optional.empty();
		// As nextest: no bar in CI, which may pretend to be a terminal, nor under --no-capture, whose
		// test output would land in the middle of it.
		boolean noCapture = Boolean.parseBoolean(parameters.getOrDefault("solo.no-capture", "false"));
		boolean bar = live && tty.isPresent() && !noCapture
				&& (showProgress == ShowProgress.BAR || (showProgress == ShowProgress.AUTO && !set("CI")));
		boolean counter = showProgress == ShowProgress.COUNTER || (showProgress == ShowProgress.AUTO && !bar);
		boolean colours = colours(color, tty);
		if (!bar) {
			tty.ifPresent(Tty::close);
			tty = Optional.empty();
		}
		return new TerminalReporter(new Screen(out, tty), new Style(colours), new TerminalReporter.Settings(bar, counter,
				status, finalStatus, failureOutput, successOutput, indent));
	}

	/** Whether {@code --color} paints: {@code auto} on a terminal that shows colours, unless {@code NO_COLOR} is set. */
	public static boolean colours(Color color) {
		if (color != Color.AUTO) {
			return color == Color.ALWAYS;
		}
		Optional<Tty> tty = Tty.open();
		try {
			return colours(color, tty);
		}
		finally {
			tty.ifPresent(Tty::close);
		}
	}

	public Color color() {
		return color;
	}

	private static boolean colours(Color color, Optional<Tty> tty) {
		return color == Color.ALWAYS
				|| (color == Color.AUTO && tty.filter(Tty::colours).isPresent() && !set("NO_COLOR"));
	}

	private static <T> Optional<T> level(Map<String, String> parameters, String key, Function<String, Optional<T>> parse,
			String expected) {
		return setting(parameters, key).map(value -> parse.apply(value.text()).orElseThrow(() -> value.invalid(expected)));
	}

	/** A setting as the engine would read it, from the run's parameters, {@code -D}, then the selected profile. */
	private static Optional<SettingValue> setting(Map<String, String> parameters, String key) {
		String name = "solo." + key;
		String given = parameters.getOrDefault(name, System.getProperty(name));
		if (given != null && !given.isBlank()) {
			return Optional.of(new SettingValue.Parameter(name, given));
		}
		String profile = parameters.getOrDefault("solo.profile", System.getProperty("solo.profile", Profile.DEFAULT));
		Path here = Optional.ofNullable(parameters.get(Settings.WORKING_DIRECTORY)).map(Path::of)
				.orElseGet(() -> Path.of(System.getProperty("user.dir")));
		try {
			return Optional.ofNullable(SoloConfig.load(here, here).resolve(profile).values().get(key));
		}
		catch (SettingsException e) {
			return Optional.empty(); // the engine reads the same file, and says what is wrong with it
		}
	}

	/** Set and not empty, as no-color.org reads NO_COLOR, whatever the value. */
	private static boolean set(String variable) {
		String value = System.getenv(variable);
		return value != null && !value.isEmpty();
	}
}
