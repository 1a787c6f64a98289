package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.function.Predicate;

import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * A request's engine filters as a test of an engine's id: the one launcher type discovery
 * needs, kept apart so that discovery itself also loads where no launcher is (a module's own
 * Platform, which a module on JUnit 5.10 brings without one).
 */
@API(status = INTERNAL, since = "0.1")
public final class EngineFilters {
	private EngineFilters() {
	}

	/** Which engine ids the request's engine filters ({@code --include-engine} …) let through. */
	public static Predicate<String> included(EngineDiscoveryRequest request) {
		List<EngineFilter> filters = request instanceof LauncherDiscoveryRequest
				? ((LauncherDiscoveryRequest) request).getEngineFilters()
				: List.of();
		return id -> filters.stream().allMatch(filter -> filter.apply(named(id)).included());
	}

	/** An engine as an engine filter sees it: by its id alone. */
	private static TestEngine named(String id) {
		return new TestEngine() {
			@Override
			public String getId() {
				return id;
			}

			@Override
			public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
				throw new UnsupportedOperationException(id);
			}

			@Override
			public void execute(ExecutionRequest request) {
				throw new UnsupportedOperationException(id);
			}
		};
	}
}
