package dev.solo.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a record keeps of its host's environment and command line: never a secret. */
class RecordedHostTest {

	@Test
	void keepsTheBuildsVariablesAndLeavesOutEverySecretNamedOne() {
		Map<String, String> kept = RecordedHost.environment(Map.of(
				"SOLO_PROFILE", "ci", "JAVA_HOME", "/jdk", "MAVEN_OPTS", "-Xmx1g",
				"SOLO_UPLOAD_TOKEN", "t", "JAVA_DB_PASSWORD", "p", "MAVEN_SIGNING_KEY", "k", "SOLO_CLIENT_SECRET", "s",
				"MAVEN_CREDENTIALS_FILE", "c", "HOME", "/root", "GITHUB_TOKEN", "g"));
		assertEquals(Map.of("SOLO_PROFILE", "ci", "JAVA_HOME", "/jdk", "MAVEN_OPTS", "-Xmx1g"), kept);
	}

	@Test
	void masksSecretValuesInsideAVariableThatHoldsOptions() {
		Map<String, String> kept = RecordedHost.environment(Map.of(
				"MAVEN_CMD_LINE_ARGS", " -B test -Ddeploy.password=hunter2 -Dsolo.profile=ci  --token abc"));
		assertEquals(" -B test -Ddeploy.password=*** -Dsolo.profile=ci  --token ***", kept.get("MAVEN_CMD_LINE_ARGS"));
	}

	@Test
	void masksSecretValuesOnTheCommandLine() {
		assertEquals(List.of("java", "-Dapi.key=***", "-Dservice.password=***", "-Dplain=value", "--password", "***",
				"--db-token=***", "-jar", "solo.jar", "run"),
				RecordedHost.masked(List.of("java", "-Dapi.key=k1", "-Dservice.password=p1", "-Dplain=value", "--password",
						"p2", "--db-token=t1", "-jar", "solo.jar", "run")));
	}
}
