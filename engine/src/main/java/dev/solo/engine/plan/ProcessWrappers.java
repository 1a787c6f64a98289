package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.ProcessSettings;
import dev.solo.engine.config.SettingValue;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.policy.Policies;
import dev.solo.engine.policy.TestPolicy;
import dev.solo.engine.wrap.ProcessWrapper;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * Before any JVM starts: the {@code cpu-priority} and {@code network} settings the run's tests
 * start under, checked once against the machine ({@link ProcessWrapper}), each named by where it
 * was written for what the check says.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessWrappers {
	private ProcessWrappers() {
	}

	public static ProcessWrapper prepare(List<ForkUnit> units, Policies policies, PrintStream err) {
		Map<ProcessSettings, String> used = new LinkedHashMap<>();
		for (ForkUnit unit : units) {
			TestPolicy policy = policies.of(unit);
			ProcessSettings settings = policy.run().settings().process();
			if (!settings.isPlain()) {
				used.putIfAbsent(settings, where(policy));
			}
		}
		return ProcessWrapper.prepare(used, err);
	}

	/** The override's value's {@code file:line} when an override set it; else the profile, whose origin show-config gives. */
	private static String where(TestPolicy policy) {
		Optional<String> fromOverride = policy.override().flatMap(o -> Optional.ofNullable(o.settings().get("network"))
				.or(() -> Optional.ofNullable(o.settings().get("cpu-priority")))).map(SettingValue.File::where);
		return fromOverride.orElse("profile " + policy.profile());
	}
}
