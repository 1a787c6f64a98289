package dev.solo.launcher.output;

import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.protocol.RemoteException;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Kind;
import dev.solo.launcher.output.JUnitXmlWriter.Problem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;

/**
 * The {@code <testcase>} of one test of a unit that held several, in Surefire's rerun shape: its
 * own failure in each attempt that failed it, as its own attempts' reports say, not its unit's.
 */
final class TestCases {
	private TestCases() {
	}

	static Case of(TestResult test, TestOutcome outcome, String stdout, String stderr) {
		String name = JUnitXmlReport.caseName(test);
		List<Problem> failures = failures(test, outcome);
		return switch (test.status()) {
			case PASSED -> new Case(test.className(), name, test.duration(), Optional.empty(), Optional.empty(),
					List.of(), failures, stdout, stderr);
			case FAILED -> new Case(test.className(), name, test.duration(),
					Optional.of(failures.isEmpty() ? problem(test.failure().orElse(null), false) : failures.get(0)),
					Optional.empty(), failures.isEmpty() ? List.of() : failures.subList(1, failures.size()), List.of(),
					stdout, stderr);
			case SKIPPED, NOT_RUN -> new Case(test.className(), name, test.duration(), Optional.empty(),
					Optional.of(test.reason().orElse("skipped")), List.of(), List.of(), stdout, stderr);
		};
	}

	/** Each attempt's failure of this test, in order: the earlier attempts' from their reports, the last one's as derived. */
	private static List<Problem> failures(TestResult test, TestOutcome outcome) {
		List<Problem> failures = new ArrayList<>();
		List<Attempt> attempts = outcome.attempts();
		for (Attempt earlier : attempts.subList(0, attempts.size() - 1)) {
			Optional<TestExecutionResult> result = earlier.report().finished(test.delegateId())
					.map(ChildReport.Finished::result);
			if (result.isPresent() && result.get().getStatus() == TestExecutionResult.Status.FAILED) {
				failures.add(problem(result.get().getThrowable().orElse(null), true));
			}
			else if (result.isEmpty() && earlier.isFailure() && earlier.report().started(test.delegateId())) {
				failures.add(JUnitXmlReport.problem(earlier)); // its JVM ended while it ran
			}
		}
		if (test.status() == TestResult.Status.FAILED) {
			failures.add(problem(test.failure().orElse(null), !test.interrupted()));
		}
		return failures;
	}

	/** @param byTest whether the test threw it (an assertion then fails it), not Solo's account of its JVM */
	private static Problem problem(Throwable thrown, boolean byTest) {
		if (thrown == null) {
			return new Problem(Kind.ERROR, "dev.solo.engine.SoloFailure", Optional.of("test failed"), "test failed", "",
					"");
		}
		String type = thrown instanceof RemoteException remote ? remote.originalType() : thrown.getClass().getName();
		Kind kind = byTest && JUnitXmlReport.isAssertion(thrown, type) ? Kind.FAILURE : Kind.ERROR;
		StringWriter stack = new StringWriter();
		thrown.printStackTrace(new PrintWriter(stack));
		return new Problem(kind, type, Optional.ofNullable(thrown.getMessage()), stack.toString(), "", "");
	}
}
