package dev.solo.engine.module;

import dev.solo.engine.discovery.CriticalIssues;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.UniqueId;

/**
 * The discovery issues of a module discovered on its own Platform, told to the run's listener
 * as the run's own issues, so that the launcher judges and reports them as it does every other
 * module's. Issues exist from Platform 1.13 on and are built reflectively; on an older run
 * Platform, which cannot be told, an issue the launcher would count as critical fails the
 * discovery instead: the module's engine left its tests out, and that is never silent.
 */
final class DiscoveryIssues {
	private static final String ISSUE = "org.junit.platform.engine.DiscoveryIssue";
	private static final ClassLoader PLATFORM = EngineDiscoveryListener.class.getClassLoader();

	private DiscoveryIssues() {
	}

	static void forward(EngineDiscoveryListener listener, List<Map<String, Object>> issues,
			ConfigurationParameters configuration, String module, String platform) {
		for (Map<String, Object> issue : issues) {
			String severity = (String) issue.get("severity");
			if (severity.equals("INFO")) {
				// As for every module: the Platform would log each after the run, where they bury its summary.
				continue;
			}
			Optional<Object> built = build(issue);
			if (built.isPresent()) {
				tell(listener, UniqueId.parse((String) issue.get("engine")), built.get());
			}
			else if (CriticalIssues.isCritical(configuration, severity)) {
				throw new JUnitException("solo: module " + module + " (JUnit Platform " + platform + "), engine "
						+ issue.get("engine") + ": " + issue.get("message"), (Throwable) issue.get("cause"));
			}
		}
	}

	/** The issue as the run's Platform has it; empty on a Platform before 1.13, which has none. */
	private static Optional<Object> build(Map<String, Object> issue) {
		try {
			Class<?> severityType = Class.forName(ISSUE + "$Severity", false, PLATFORM);
			Object severity = severityType.getMethod("valueOf", String.class).invoke(null, issue.get("severity"));
			Method builder = Class.forName(ISSUE, false, PLATFORM).getMethod("builder", severityType, String.class);
			Object building = builder.invoke(null, severity, issue.get("message"));
			Class<?> builderType = builder.getReturnType();
			if (issue.get("cause") != null) {
				building = builderType.getMethod("cause", Throwable.class).invoke(building, issue.get("cause"));
			}
			return Optional.of(builderType.getMethod("build").invoke(building));
		}
		catch (ReflectiveOperationException | LinkageError e) {
			return Optional.empty();
		}
	}

	private static void tell(EngineDiscoveryListener listener, UniqueId engine, Object issue) {
		try {
			EngineDiscoveryListener.class.getMethod("issueEncountered", UniqueId.class,
					Class.forName(ISSUE, false, PLATFORM)).invoke(listener, engine, issue);
		}
		catch (InvocationTargetException e) {
			// The listener's own failure (a launcher failing on a critical issue) is the run's, as it is.
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new JUnitException("solo: " + e.getCause(), e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new JUnitException("solo: a discovery issue cannot be reported: " + e, e);
		}
	}
}
