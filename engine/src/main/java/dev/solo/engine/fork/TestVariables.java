package dev.solo.engine.fork;

import dev.solo.engine.fork.TestJvm.Launch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a test sees of Solo in its JVM (PRODUCT.md, "What a test sees"): the {@code SOLO_*}
 * environment variables of its attempt, each also a system property ({@code solo.run.id}).
 */
final class TestVariables {
	private TestVariables() {
	}

	/** The attempt's variables, in the order PRODUCT.md lists them. */
	static Map<String, String> of(Launch launch) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("SOLO", "1");
		variables.put("SOLO_EXECUTION_MODE", "process-per-test");
		variables.put("SOLO_RUN_ID", launch.runId());
		variables.put("SOLO_PROFILE", launch.profile());
		variables.put("SOLO_TEST_ID", launch.unit().descriptor().getUniqueId().toString());
		variables.put("SOLO_TEST_NAME", launch.unit().name());
		variables.put("SOLO_ATTEMPT", String.valueOf(launch.attempt()));
		variables.put("SOLO_TOTAL_ATTEMPTS", String.valueOf(launch.totalAttempts()));
		variables.put("SOLO_WORKSPACE_ROOT", launch.workspaceRoot());
		variables.put("SOLO_TEST_GROUP", launch.testGroup());
		variables.put("SOLO_GLOBAL_SLOT", String.valueOf(launch.globalSlot()));
		variables.put("SOLO_GROUP_SLOT", String.valueOf(launch.groupSlot()));
		variables.put("SOLO_ARTIFACT_DIR", launch.artifactFolder().toString());
		launch.unit().stressIndex().ifPresent(stress -> {
			// Which run of a stress run this is; the count only when the run repeats a number of times.
			variables.put("SOLO_STRESS_INDEX", String.valueOf(stress.index()));
			stress.count().ifPresent(count -> variables.put("SOLO_STRESS_COUNT", String.valueOf(count)));
		});
		return variables;
	}

	/** {@code SOLO_RUN_ID} becomes {@code solo.run.id}. */
	static String propertyName(String variable) {
		return variable.toLowerCase(Locale.ROOT).replace('_', '.');
	}
}
