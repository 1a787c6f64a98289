package dev.solo.launcher.terminal;

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

	static List<ForkUnit> units(TestDescriptor root, ForkUnit.Isolation isolation) {
		return ForkUnit.collect(root, isolation);
	}

	static Attempt attempt(int number, int total, AttemptStatus status, long millis) {
		return attempt(number, total, status, millis, new ChildReport());
	}

	static Attempt attempt(int number, int total, AttemptStatus status, long millis, ChildReport report) {
		Optional<Throwable> failure = status.isFailure() ? Optional.of(new AssertionError("boom")) : Optional.empty();
		return new Attempt(number, total, status, Duration.ofMillis(millis), failure, report, CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 4242, Optional.of(0), List.of());
	}

	/** The engine's own counts: the reporter shows its own, in tests; only the time comes from here. */
	static RunStats stats(int units) {
		return new RunStats(units, units, units, 0, 0, 0, 0, 0, 0, 0, Duration.ofMillis(4210));
	}
}
