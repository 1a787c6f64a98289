package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunStats;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.html.HtmlReport;
import dev.solo.launcher.output.JUnitXmlReport;

import java.util.Optional;
import java.util.OptionalInt;

import org.apiguardian.api.API;

/**
 * What one {@code solo run} hands back to its command, which decides the exit code from it.
 *
 * @param engineExitCode {@link ExitCodes#OK} once run, else the exit code of an engine that
 *        failed as a whole (a bad setting, discovery that failed), its error already printed
 * @param stats the run's counts, once it finished
 * @param junit the JUnit XML report, once the settings that name its file were read
 * @param html {@code report.html}, as {@code junit}
 * @param rerunLeftOut how many outstanding tests of the run {@code -R} continues this run left
 *        out; empty when the run is no rerun
 */
@API(status = INTERNAL, since = "0.1")
public record RunResult(int engineExitCode, Optional<RunStats> stats, Optional<JUnitXmlReport> junit,
		Optional<HtmlReport> html, OptionalInt rerunLeftOut) {
}
