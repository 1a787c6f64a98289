package dev.solo.engine.replay;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.failure.PerTestIsolationException;

import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * What a child's report says of the host's containers above its unit (a class, a suite): which
 * it skipped or failed, and so whether they, not the unit, carry why the unit did not run.
 */
final class ContainersAbove {
	/** The host's descriptors by id, dynamic ones included as they are registered. */
	private final Map<UniqueId, TestDescriptor> byId;

	ContainersAbove(Map<UniqueId, TestDescriptor> byId) {
		this.byId = byId;
	}

	/** Notes in {@code ledger} each container above {@code unit} that its child skipped or failed. */
	void record(ForkUnit unit, ChildReport report, ContainerLedger ledger) {
		UniqueId unitId = unit.descriptor().delegateId();
		for (ChildReport.Entry entry : report.entries()) {
			if (entry.id().equals(unitId) || !unitId.hasPrefix(entry.id())) {
				continue;
			}
			TestDescriptor container = byId.get(unit.descriptor().soloIdOf(entry.id()));
			if (container == null) {
				continue;
			}
			if (entry instanceof ChildReport.Skipped skipped) {
				ledger.record(container, skipped.reason());
			}
			else if (entry instanceof ChildReport.Finished done
					&& done.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
				ledger.record(container, explainTeardown(container, unit, report, done.result()));
			}
		}
	}

	/**
	 * A class that failed after its test ran, in a JVM that ran only that test, failed in its
	 * class-level teardown: say that per-test isolation is why, and how to run it whole.
	 */
	private static TestExecutionResult explainTeardown(TestDescriptor container, ForkUnit unit, ChildReport report,
			TestExecutionResult result) {
		Optional<ClassSource> source = container.getSource().filter(ClassSource.class::isInstance)
				.map(ClassSource.class::cast);
		if (source.isEmpty() || unit.wholeReason().isPresent() || result.getStatus() != TestExecutionResult.Status.FAILED
				|| result.getThrowable().isEmpty() || !report.started(unit.descriptor().delegateId())) {
			return result;
		}
		return TestExecutionResult.failed(new PerTestIsolationException(source.get().getClassName(), unit.name(),
				result.getThrowable().get()));
	}

	/**
	 * Whether a container of the host's tree above the unit was skipped or failed in the child,
	 * and so reports why the unit did not run. A delegate engine's own root is in no host tree:
	 * when that failed, the unit reports it.
	 */
	boolean carry(ForkUnit unit, ChildReport report) {
		UniqueId unitId = unit.descriptor().delegateId();
		return report.entries().stream()
				.filter(e -> !e.id().equals(unitId) && unitId.hasPrefix(e.id()))
				.filter(e -> byId.containsKey(unit.descriptor().soloIdOf(e.id())))
				.anyMatch(e -> e instanceof ChildReport.Skipped || (e instanceof ChildReport.Finished done
						&& done.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL));
	}
}
