package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * The units that hold several tests in one JVM, grouped by class and reason, so that each is
 * said once: a JUnit 4 {@code Parameterized} class whose every parameter set is a whole unit
 * would otherwise fill a console with the same class and reason, once per set. Units under
 * {@code solo.isolation=class} are one group of their own.
 */
@API(status = INTERNAL, since = "0.1", consumers = {"dev.solo.engine.report", "dev.solo.launcher"})
public final class WholeUnits {
	/**
	 * One class's whole units for one reason: {@code units} JVMs, {@code tests} tests known before
	 * the run; {@code module} is empty in a class-path run.
	 */
	public record Group(String module, String className, String reason, int units, long tests) {
		/** {@code runs as one unit, its 3 tests in one JVM}, the words both the host's console and the CLI's use. */
		public String describe() {
			String count = tests == 0 ? "" : tests + (tests == 1 ? " test" : " tests");
			if (units == 1) {
				return "runs as one unit, its " + (tests == 0 ? "tests" : count) + " in one JVM";
			}
			return "runs as " + units + " units" + (tests == 0 ? "" : " of " + count + " in all")
					+ ", each unit's tests in one JVM";
		}
	}

	private WholeUnits() {
	}

	/** The groups of every unit with a reason but {@link ForkUnit#WHOLE_CLASS}, in the units' order. */
	public static List<Group> of(List<ForkUnit> units) {
		Map<List<String>, Group> groups = new LinkedHashMap<>();
		for (ForkUnit unit : units) {
			String reason = unit.wholeReason().orElse(null);
			if (reason == null || reason.equals(ForkUnit.WHOLE_CLASS)) {
				continue;
			}
			String module = SoloIds.moduleOf(unit.descriptor().getUniqueId()).orElse("");
			String className = classOf(unit.name());
			groups.merge(List.of(module, className, reason), new Group(module, className, reason, 1, unit.testCount()),
					(a, b) -> new Group(a.module(), a.className(), a.reason(), a.units() + b.units(),
							a.tests() + b.tests()));
		}
		return new ArrayList<>(groups.values());
	}

	/** How many top-level classes run whole under {@code solo.isolation=class}. */
	public static long wholeClasses(List<ForkUnit> units) {
		return units.stream().filter(u -> u.wholeReason().filter(ForkUnit.WHOLE_CLASS::equals).isPresent()).count();
	}

	private static String classOf(String unitName) {
		int hash = unitName.indexOf('#');
		return hash < 0 ? unitName : unitName.substring(0, hash);
	}
}
