package dev.solo.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.TestParameters;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

class StressRunTest {
	private final ForkUnit a = unit("a");
	private final ForkUnit b = unit("b");

	@Test
	void aCountQueuesEveryRunOfEveryUnitUpFrontInRounds() {
		StressRun.Plan plan = StressRun.of(parameters(Map.of("solo.stress-count", "3"))).orElseThrow().begin(List.of(a, b), 2);

		assertEquals(List.of("a 1/3", "b 1/3", "a 2/3", "b 2/3", "a 3/3", "b 3/3"),
				plan.first().stream().map(StressRunTest::describe).toList());
		assertTrue(plan.first().stream().allMatch(copy -> copy != a && copy != b), "copies are units of their own");
		assertEquals(List.of(), plan.more().next());
	}

	@Test
	void aDurationAddsTheNextRunsAFewAtATimeUntilTheTimeIsUp() {
		AtomicLong now = new AtomicLong(1_000);
		StressRun run = new StressRun(OptionalInt.empty(), Optional.of(Duration.ofSeconds(10)), now::get);
		StressRun.Plan plan = run.begin(List.of(a, b), 3);

		assertEquals(List.of("a 1", "b 1"), plan.first().stream().map(StressRunTest::describe).toList());
		now.addAndGet(Duration.ofSeconds(5).toNanos());
		assertEquals(List.of("a 2", "b 2", "a 3"), plan.more().next().stream().map(StressRunTest::describe).toList());
		now.addAndGet(Duration.ofSeconds(4).toNanos());
		assertEquals(List.of("b 3", "a 4", "b 4"), plan.more().next().stream().map(StressRunTest::describe).toList());
		now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertEquals(List.of(), plan.more().next());
	}

	@Test
	void noStressRunWithoutTheParameters() {
		assertEquals(Optional.empty(), StressRun.of(parameters(Map.of())));
	}

	@Test
	void badValuesFailNamingTheParameter() {
		for (String bad : List.of("0", "-2", "many")) {
			SettingsException e = assertThrows(SettingsException.class,
					() -> StressRun.of(parameters(Map.of("solo.stress-count", bad))));
			assertEquals("invalid value '" + bad + "' for solo.stress-count: expected a positive whole number", e.getMessage());
		}
		SettingsException duration = assertThrows(SettingsException.class,
				() -> StressRun.of(parameters(Map.of("solo.stress-duration", "soon"))));
		assertTrue(duration.getMessage().startsWith("invalid value 'soon' for solo.stress-duration"), duration.getMessage());
		SettingsException both = assertThrows(SettingsException.class,
				() -> StressRun.of(parameters(Map.of("solo.stress-count", "2", "solo.stress-duration", "1m"))));
		assertTrue(both.getMessage().startsWith("solo.stress-count: cannot be used with solo.stress-duration"),
				both.getMessage());
	}

	@Test
	void aStressRunRefusesWhatIsForOneTestAlone(@TempDir Path workspace) {
		StressRun run = StressRun.of(parameters(Map.of("solo.stress-count", "5"))).orElseThrow();
		Settings traced = Settings.from(parameters(Map.of("solo.tracer", "jfr", "solo.tracer.one-test", "true")), workspace);
		SettingsException e = assertThrows(SettingsException.class, () -> run.check(traced));
		assertEquals("solo.stress-count: cannot be used with --tracer, which is for one run of one test", e.getMessage());
		run.check(Settings.from(parameters(Map.of()), workspace));
	}

	private static String describe(ForkUnit unit) {
		return unit.descriptor().getDisplayName() + " " + unit.stressIndex().orElseThrow();
	}

	private static ForkUnit unit(String method) {
		UniqueId delegate = UniqueId.forEngine("junit-jupiter").append("class", "com.A").append("method", method + "()");
		UniqueId solo = UniqueId.forEngine("solo");
		for (UniqueId.Segment segment : delegate.getSegments()) {
			solo = solo.append(segment);
		}
		MirrorDescriptor mirror = new MirrorDescriptor(solo, delegate, method, method + "()", TestDescriptor.Type.TEST,
				MethodSource.from("com.A", method, ""), Set.of(), false, "org.junit.jupiter.engine.JupiterTestEngine");
		return ForkUnit.recorded(mirror, List.of(), Optional.empty());
	}

	private static ConfigurationParameters parameters(Map<String, String> values) {
		return TestParameters.of(values);
	}
}
