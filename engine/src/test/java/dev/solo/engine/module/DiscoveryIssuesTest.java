package dev.solo.engine.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.UniqueId;

/** A module's own-Platform discovery issues reach the run's listener as the run's own issues. */
class DiscoveryIssuesTest {
	@Test
	void warningsAndErrorsAreToldAsTheRunsOwnAndInfoIsLeftOut() {
		List<String> told = new ArrayList<>();
		EngineDiscoveryListener listener = new EngineDiscoveryListener() {
			@Override
			public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
				told.add(engineId + " " + issue.severity() + " " + issue.message() + " "
						+ issue.cause().map(Throwable::getMessage).orElse("-"));
			}
		};
		IllegalStateException cause = new IllegalStateException("why");
		DiscoveryIssues.forward(listener, List.of(
				Map.of("engine", "[engine:junit-jupiter]", "severity", "INFO", "message", "deprecated"),
				Map.of("engine", "[engine:junit-jupiter]", "severity", "WARNING", "message", "private @Test"),
				Map.of("engine", "[engine:junit-jupiter]", "severity", "ERROR", "message", "broken", "cause", cause)),
				none(), "on513", "1.13.4");
		assertEquals(List.of("[engine:junit-jupiter] WARNING private @Test -",
				"[engine:junit-jupiter] ERROR broken why"), told);
	}

	private static ConfigurationParameters none() {
		return new ConfigurationParameters() {
			@Override
			public Optional<String> get(String key) {
				return Optional.empty();
			}

			@Override
			public Optional<Boolean> getBoolean(String key) {
				return Optional.empty();
			}

			@Override
			public Set<String> keySet() {
				return Set.of();
			}
		};
	}
}
