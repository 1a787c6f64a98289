package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

class CriticalIssuesTest {

	@Test
	void anIssueAtOrAboveTheCriticalSeverityIsFound() {
		assertEquals(Optional.of("private"), report("warning", DiscoveryIssue.Severity.WARNING));
		assertEquals(Optional.of("private"), report("WARNING", DiscoveryIssue.Severity.ERROR));
		assertEquals(Optional.of("private"), report(null, DiscoveryIssue.Severity.ERROR));
	}

	@Test
	void anIssueBelowItIsNot() {
		assertEquals(Optional.empty(), report(null, DiscoveryIssue.Severity.WARNING));
		assertEquals(Optional.empty(), report("error", DiscoveryIssue.Severity.INFO));
		assertEquals(Optional.empty(), report("no such severity", DiscoveryIssue.Severity.WARNING));
	}

	private static Optional<String> report(String critical, DiscoveryIssue.Severity severity) {
		LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request();
		if (critical != null) {
			builder.configurationParameter(CriticalIssues.CRITICAL_SEVERITY, critical);
		}
		EngineDiscoveryRequest request = builder.build();
		CriticalIssues issues = CriticalIssues.of(request.getConfigurationParameters());
		issues.watching(request).getDiscoveryListener().issueEncountered(UniqueId.forEngine("junit-jupiter"),
				DiscoveryIssue.create(severity, "private"));
		return issues.found();
	}
}
