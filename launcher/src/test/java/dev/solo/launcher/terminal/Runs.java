package dev.solo.launcher.terminal;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunStats;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** Synthetic Solo trees and attempts, to feed the reporter events without running anything. */
final class Runs {
	private static final String JUPITER = "org.junit.jupiter.engine.JupiterTestEngine";

	private Runs() {
	}

	/** A Solo tree of one class {@code com.example.<simpleName>} with these test methods. */
	static TestDescriptor classWith(String simpleName, String... methods) {
		EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		String className = "com.example." + simpleName;
		UniqueId delegate = UniqueId.forEngine("junit-jupiter").append("class", className);
		MirrorDescriptor cls = new MirrorDescriptor(root.getUniqueId().append("class", className), delegate, simpleName,
				className, TestDescriptor.Type.CONTAINER, ClassSource.from(className), Set.of(), false, JUPITER);
		root.addChild(cls);
		for (String method : methods) {
			MirrorDescriptor test = new MirrorDescriptor(cls.getUniqueId().append("method", method + "()"),
					delegate.append("method", method + "()"), method + "()", method + "()", TestDescriptor.Type.TEST,
					MethodSource.from(className, method, ""), Set.of(), false, JUPITER);
			cls.addChild(test);
		}
		return root;
	}

	/**
	 * A Solo tree of one class {@code com.example.<simpleName>} with one parameterized test
	 * {@code method(int)}: a container whose invocations only the child knows.
	 */
	static TestDescriptor parameterized(String simpleName, String method) {
		EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		String className = "com.example." + simpleName;
		UniqueId delegate = UniqueId.forEngine("junit-jupiter").append("class", className);
		// Solo's ids end with the delegate's, as the child's report names them.
		MirrorDescriptor cls = new MirrorDescriptor(root.getUniqueId().append("engine", "junit-jupiter")
				.append("class", className), delegate, simpleName, className, TestDescriptor.Type.CONTAINER,
				ClassSource.from(className), Set.of(), false, JUPITER);
		root.addChild(cls);
		cls.addChild(new MirrorDescriptor(cls.getUniqueId().append("test-template", method + "(int)"),
				delegate.append("test-template", method + "(int)"), method + "(int)", method + "(int)",
				TestDescriptor.Type.CONTAINER, MethodSource.from(className, method, "int"), Set.of(), true, JUPITER));
		return root;
	}

	/**
	 * What a child reports for a parameterized unit: each invocation registered, started and
	 * finished as {@code results} say ({@code null} passes), then the container.
	 */
	static ChildReport invocations(ForkUnit unit, Throwable... results) {
		ChildReport report = new ChildReport();
		MirrorDescriptor container = unit.descriptor();
		report.add(new ChildReport.Started(container.delegateId()));
		long at = 0;
		for (int i = 0; i < results.length; i++) {
			UniqueId id = container.delegateId().append("test-template-invocation", "#" + (i + 1));
			report.add(new ChildReport.Registered(id, container.delegateId(), "[" + (i + 1) + "] " + (i + 1),
					container.getLegacyReportingName() + "[" + (i + 1) + "]", TestDescriptor.Type.TEST,
					container.getSource().orElse(null), Set.of()), at);
			report.add(new ChildReport.Started(id), at);
			at += 100_000_000L;
			report.add(new ChildReport.Finished(id, results[i] == null ? TestExecutionResult.successful()
					: TestExecutionResult.failed(results[i])), at);
		}
		report.add(new ChildReport.Finished(container.delegateId(), TestExecutionResult.successful()), at);
		return report;
	}

	static List<ForkUnit> units(TestDescriptor root, Isolation isolation) {
		return ForkUnit.collect(root, isolation);
	}

	static Attempt attempt(int number, int total, AttemptStatus status, long millis) {
		return attempt(number, total, status, millis, new ChildReport());
	}

	static Attempt attempt(int number, int total, AttemptStatus status, long millis, ChildReport report) {
		Optional<Throwable> failure = status.isFailure() ? Optional.of(new AssertionError("boom")) : Optional.empty();
		return new Attempt(number, total, status, Duration.ofMillis(millis), failure, report, CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 4242, Optional.of(0), List.of(), List.of());
	}

	/** The engine's own counts: the reporter shows its own, in tests; only the time comes from here. */
	static RunStats stats(int units) {
		return new RunStats(units, units, units, 0, 0, 0, 0, 0, 0, 0, Duration.ofMillis(4210));
	}
}
