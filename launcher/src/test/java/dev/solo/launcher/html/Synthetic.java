package dev.solo.launcher.html;

import dev.solo.launcher.html.ReportModel.Bar;
import dev.solo.launcher.html.ReportModel.Counts;
import dev.solo.launcher.html.ReportModel.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A large run as a report sees it: tests on lanes end to end, a few failing with a stack trace. */
final class Synthetic {
	private Synthetic() {
	}

	static ReportModel run(int tests, int lanes) {
		long[] laneEnd = new long[lanes];
		List<Test> all = new ArrayList<>();
		String stack = "org.opentest4j.AssertionFailedError: expected: <42> but was: <41>\n"
				+ "\tat com.example.module.SomeServiceTest.check(SomeServiceTest.java:42)\n".repeat(30);
		for (int i = 0; i < tests; i++) {
			int lane = i % lanes;
			long ms = 200 + (i * 7919L) % 3000;
			boolean fails = i % 50 == 7;
			String status = fails ? "failed" : "passed";
			Bar bar = new Bar(1, 1, status, laneEnd[lane], laneEnd[lane] + ms, ms, lane, false,
					"PID=" + (10000 + i) + " TEST=Service" + (i / 20) + "Test.case" + i + " ATTEMPT=1\n",
					fails ? Optional.of(stack) : Optional.empty(), OptionalLong.empty());
			laneEnd[lane] += ms + 30;
			all.add(new Test("[engine:solo]/[class:com.example.module.Service" + (i / 20) + "Test]/[method:case" + i + "()]",
					"com.example.module.Service" + (i / 20) + "Test", "case" + i + "()", Optional.empty(), status,
					Optional.empty(), List.of(bar), new ReportModel.Results(fails ? 0 : 1, fails ? 1 : 0, 0, 0, 0)));
		}
		long end = 0;
		for (long laneTime : laneEnd) {
			end = Math.max(end, laneTime);
		}
		int failed = tests / 50;
		return new ReportModel("5000-tests", "default", lanes, 0, end, false, false, all,
				new Counts(tests, tests, tests - failed, failed, 0, 0, 0, 0));
	}
}
