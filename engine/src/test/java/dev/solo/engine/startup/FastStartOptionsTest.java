package dev.solo.engine.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FastStartOptionsTest {

	@Test
	void addsC1CompilingLaterAndNoPerfDataButNeverAGarbageCollector() {
		List<String> added = FastStartOptions.forOptions(List.of());
		assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=10", "-XX:-UsePerfData"), added);
		assertTrue(added.stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC")),
				"a collector other than the host's changes what the heap can hold: " + added);
	}

	@Test
	void leavesAloneWhatTheUserChose() {
		assertEquals(List.of("-XX:-UsePerfData"), FastStartOptions.forOptions(List.of("-XX:-TieredCompilation")));
		assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=10"),
				FastStartOptions.forOptions(List.of("-XX:+UsePerfData")));
		assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData"),
				FastStartOptions.forOptions(List.of("-XX:CompileThresholdScaling=0.5")));
		assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData"),
				FastStartOptions.forOptions(List.of("-XX:Tier3InvocationThreshold=100")));
		assertEquals(List.of(), FastStartOptions.forOptions(List.of("-Xint", "-XX:-UsePerfData")));
	}

	@Test
	void givesALongUnitTheCompilersFastStartTookAway() {
		assertEquals(List.of("-XX:TieredStopAtLevel=4", "-XX:CompileThresholdScaling=1"),
				FastStartOptions.forLongUnits(FastStartOptions.forOptions(List.of())));
		assertEquals(List.of("-XX:TieredStopAtLevel=4"),
				FastStartOptions.forLongUnits(FastStartOptions.forOptions(List.of("-XX:CompileThresholdScaling=3"))));
		assertEquals(List.of(), FastStartOptions.forLongUnits(FastStartOptions.forOptions(List.of("-XX:TieredStopAtLevel=1"))),
				"the user's own choice of compilers holds for long units too");
	}
}
