package dev.solo.launcher.command;

import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.html.HtmlReport;
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.JsonEvents;
import dev.solo.launcher.output.OpenTestReport;
import dev.solo.launcher.project.ProjectModules;
import dev.solo.launcher.run.NotRunWarning;
import dev.solo.launcher.run.ReportLocation;
import dev.solo.launcher.run.RunResult;
import dev.solo.launcher.run.RunSession;
import dev.solo.launcher.run.SignalCancellation;
import dev.solo.launcher.run.StatusSignal;
import dev.solo.launcher.terminal.MemoryTop;
import dev.solo.launcher.stress.StressSummary;
import dev.solo.launcher.terminal.OutputOptions;
import dev.solo.launcher.terminal.ReporterOptions;
import dev.solo.launcher.terminal.StatusView;
import dev.solo.launcher.terminal.TerminalReporter;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code solo run}: discovers like console-standalone and runs every test in its own JVM. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run tests, each in its own JVM.")
final class RunCommand implements Callable<Integer> {
	@Mixin
	SelectionOptions selection;

	@Mixin
	ArchiveInputOptions archive = new ArchiveInputOptions();

	@Mixin
	ReporterOptions reporting = new ReporterOptions();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Option(names = { "-j", "--test-threads" }, paramLabel = "N", description = "Tests to run at once.")
	Integer testThreads;

	@Option(names = "--retries", paramLabel = "N", description = "Retries of a failing test, each in a fresh JVM.")
	Integer retries;

	@Option(names = "--fail-fast", description = "Start no new test after the first failure.")
	boolean failFast;

	@Option(names = "--no-fail-fast", description = "Run every test whatever fails (the default).")
	boolean noFailFast;

	@Option(names = "--max-fail", paramLabel = "N[:immediate]", description = "Stop after N failures.")
	String maxFail;

	@Option(names = "--no-capture", description = "Show output live and run one test at a time.")
	boolean noCapture;

	@Option(names = "--debugger", arity = "0..1", paramLabel = "ADDRESS", preprocessor = AttachedValueOnly.class,
			description = "Run one test whose JVM waits for a debugger (JDWP) at ADDRESS ([host:]port; by default a"
					+ " free port, printed), with no timeouts, retries or leak failures, its output shown live and"
					+ " this terminal's input passed to it.")
	String debugger;

	@Option(names = "--tracer", paramLabel = "TRACER",
			description = "Run one test whose JVM records a Java Flight Recording (jfr), kept as an artifact of its"
					+ " attempt (solo replay --artifacts), with no timeouts.")
	String tracer;

	@Option(names = "--stress-count", paramLabel = "N",
			description = "Run each selected test N times, each time in a fresh JVM, in parallel over the test threads;"
					+ " a summary per test follows the run's.")
	String stressCount;

	@Option(names = "--stress-duration", paramLabel = "DURATION",
			description = "Run the selected tests again and again, each time in a fresh JVM, in parallel, until"
					+ " DURATION (such as 90s or 10m) has passed; a run started in time ends as usual.")
	String stressDuration;

	@Option(names = { "-R", "--rerun" }, paramLabel = "RUN",
			description = "Run what a recorded run left outstanding (failed, not run, or new since): latest, or a run"
					+ " id prefix (solo store list). Exits 5 when this run passes but outstanding tests it left out remain.")
	String rerun;

	@Option(names = "--show-memory", paramLabel = "N",
			description = "After the summary, list the N tests whose JVMs took the most memory (peak RSS), with their"
					+ " peak heap and collections.")
	Integer showMemory;

	@Option(names = "--test-memory", paramLabel = "SIZE",
			description = "Memory the test JVMs running at once may take together: auto (the default: the machine's or"
					+ " its cgroup's limit, less a margin), none, or a size such as 6g.")
	String testMemory;

	@Option(names = "--message-format", paramLabel = "FORMAT",
			description = "human (the default), json (one event per line, as the run happens) or json-pretty.")
	String messageFormat = "human";

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	RunCommand(ProjectModules modules) {
		selection = new SelectionOptions(modules);
	}

	/**
	 * Where a status dump goes: stderr, around the terminal reporter's progress bar when there is
	 * one, whose {@code t} key then asks for one too (and whose terminal mode a halt restores).
	 */
	private static Consumer<String> statusOut(RunEventSink reporter, SignalCancellation signals) {
		if (reporter instanceof TerminalReporter terminal) {
			StatusView view = terminal.statusView();
			Consumer<String> printed = text -> view.print(System.err, text);
			view.onKey(() -> StatusSignal.dump(printed));
			signals.beforeHalt(view::restoreTerminal);
			return printed;
		}
		return text -> {
			System.err.print(text);
			System.err.flush();
		};
	}

	@Override
	public Integer call() throws Exception {
		MessageFormat format = MessageFormat.of(spec.commandLine(), messageFormat);
		if (format.isJson() && (noCapture || debugger != null)) {
			// Live test output goes to stdout, which then would no longer be JSON alone.
			throw new CommandLine.ParameterException(spec.commandLine(),
					(noCapture ? "--no-capture" : "--debugger") + " cannot be used with --message-format " + messageFormat
							+ ": the tests' output would be mixed into the JSON on stdout");
		}
		Map<String, String> parameters = parameters();
		RunEventSink reporter = format.isJson() ? new JsonEvents(System.out, format == MessageFormat.JSON_PRETTY)
				: reporting.reporter(System.out, parameters, output);
		SignalCancellation signals = new SignalCancellation(System.err);
		Consumer<String> statusOut = statusOut(reporter, signals);
		ReportLocation reports = ReportLocation.of(selection.modules().boot());
		OpenTestReport openTest = new OpenTestReport(reports.base().resolve("target").resolve("solo"));
		parameters.putAll(openTest.parameters());
		NotRunWarning notRun = new NotRunWarning();
		MemoryTop memory = new MemoryTop(format.isJson() ? 0 : Optional.ofNullable(showMemory).orElse(0));
		// After the reporter's summary, on its stream; a JSON run's events carry each run's stress index instead.
		RunEventSink stress = format.isJson() ? event -> { } : new StressSummary(System.out);
		RunEventSink shown = event -> {
			reporter.on(event);
			notRun.on(event);
			stress.on(event);
			memory.on(event);
		};
		RunResult result = RunSession.run(selection, parameters, shown, reports, signals, statusOut, openTest);
		if (result.engineExitCode() != ExitCodes.OK) {
			return result.engineExitCode();
		}
		// The exit code comes from the run's counts, whichever sink showed the run.
		Optional<RunStats> finished = result.stats();
		int leftOut = result.rerunLeftOut().orElse(0);
		if (finished.isPresent() && finished.get().initialCount() == 0 && result.rerunLeftOut().isPresent()) {
			// A rerun with nothing left to run has passed, not found no tests: it says what remains.
			return leftOut == 0 ? ExitCodes.OK : ExitCodes.RERUN_TESTS_OUTSTANDING;
		}
		if (finished.isEmpty() || finished.get().initialCount() == 0) {
			return selection.whenEmpty("run");
		}
		RunStats stats = finished.get();
		memory.print(System.out);
		boolean cancelled = signals.warnIfCancelled(stats);
		if (!cancelled) {
			notRun.warn(stats, System.err);
		}
		// Its settings were read before the run started: a finished run has its report.
		JUnitXmlReport report = result.junit().orElseThrow();
		if (report.failure().isPresent()) {
			System.err.println("error: failed to write JUnit XML to " + report.file() + ": " + report.failure().get());
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		if (!format.isJson() && report.written()) {
			// stderr, as nextest does, and only for people: a JSON run's stdout is the events alone.
			System.err.println("    JUnit XML written to " + reports.shown(report.file()));
		}
		if (openTest.failure().isPresent()) {
			System.err.println("error: failed to write Open Test Reporting XML to " + openTest.file() + ": "
					+ openTest.failure().get());
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		if (!format.isJson() && openTest.written()) {
			System.err.println("    Open Test Reporting XML written to " + reports.shown(openTest.file()));
		}
		HtmlReport html = result.html().orElseThrow();
		if (html.failure().isPresent()) {
			System.err.println("error: failed to write the HTML report to " + html.file() + ": " + html.failure().get());
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		if (!format.isJson() && html.written()) {
			System.err.println("    HTML report written to " + reports.shown(html.file()));
		}
		if (cancelled) {
			return ExitCodes.INCOMPLETE_RUN;
		}
		if (stats.failed() > 0) {
			return ExitCodes.TEST_RUN_FAILED;
		}
		if (stats.notRun() > 0) {
			return ExitCodes.INCOMPLETE_RUN;
		}
		return leftOut > 0 ? ExitCodes.RERUN_TESTS_OUTSTANDING : ExitCodes.OK;
	}

	/**
	 * {@code --debugger} takes a value only as {@code --debugger=ADDRESS}: {@code --debugger FooTest}
	 * names a test, not an address.
	 */
	static final class AttachedValueOnly implements CommandLine.IParameterPreprocessor {
		@Override
		public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec commandSpec,
				CommandLine.Model.ArgSpec argSpec, Map<String, Object> info) {
			if (" ".equals(info.get("separator"))) {
				args.push("");
			}
			return false;
		}
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = selection.parameters();
		Optional.ofNullable(testThreads).ifPresent(n -> parameters.put("solo.test-threads", String.valueOf(n)));
		Optional.ofNullable(retries).ifPresent(n -> parameters.put("solo.retries", String.valueOf(n)));
		Optional.ofNullable(maxFail).ifPresent(n -> parameters.put("solo.max-fail", n));
		Optional.ofNullable(testMemory).ifPresent(size -> parameters.put("solo.test-memory", size));
		if (failFast) {
			parameters.put("solo.fail-fast", "true");
		}
		if (noFailFast) {
			parameters.put("solo.fail-fast", "false");
			parameters.remove("solo.max-fail");
		}
		if (noCapture) {
			parameters.put("solo.no-capture", "true");
		}
		if (debugger != null) {
			// The engine checks that one test runs, once filters, partition and rerun have chosen.
			parameters.put("solo.debugger", "on");
			if (!debugger.isEmpty()) {
				parameters.put("solo.debugger.address", debugger);
			}
			parameters.put("solo.no-capture", "true");
			// Under the boot, solo is a process of its own and its input the user's, as a program's
			// under a debugger is; run in-process (the command's own tests, in a build tool's fork)
			// the input is the build tool's, which it may read for its own commands.
			if (selection.modules().boot().booted()) {
				parameters.put("solo.debugger.stdin", "true");
			}
		}
		if (tracer != null) {
			// The engine reads the value (and names it if unknown) and checks that one test runs.
			parameters.put("solo.tracer", tracer);
			parameters.put("solo.tracer.one-test", "true");
		}
		// The engine reads and checks them (a count, a duration, not both): the same in a host.
		Optional.ofNullable(stressCount).ifPresent(n -> parameters.put("solo.stress-count", n));
		Optional.ofNullable(stressDuration).ifPresent(d -> parameters.put("solo.stress-duration", d));
		// The engine picks the tests, from the store of the workspace it runs in.
		Optional.ofNullable(rerun).ifPresent(r -> parameters.put("solo.rerun", r));
		return parameters;
	}
}
