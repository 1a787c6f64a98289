package dev.solo.launcher.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PathRemapTest {
	private final PathRemap remap = new PathRemap(Map.of(
			"/build/ws", "/here/ws",
			"/build/ws/lib/agent.jar", "/tmp/x/workspace/lib/agent.jar",
			"/home/ci/.m2/mockito.jar", "/tmp/x/lib/ab12/mockito.jar"));

	@Test
	void theLongestPathWinsAndIsNotRewrittenAgain() {
		assertEquals("-javaagent:/tmp/x/workspace/lib/agent.jar", remap.apply("-javaagent:/build/ws/lib/agent.jar"));
		assertEquals("-Ddata=/here/ws/data/file.txt", remap.apply("-Ddata=/build/ws/data/file.txt"));
		assertEquals("-javaagent:/tmp/x/lib/ab12/mockito.jar=opt", remap.apply("-javaagent:/home/ci/.m2/mockito.jar=opt"));
	}

	@Test
	void aPathIsReplacedOnlyWhereItEnds() {
		assertEquals("/build/wsx/file", remap.apply("/build/wsx/file"));
		assertEquals("/here/ws", remap.apply("/build/ws"));
		assertEquals("a:/here/ws:b", remap.apply("a:/build/ws:b"));
		assertEquals("\"/here/ws\" '/here/ws/x'", remap.apply("\"/build/ws\" '/build/ws/x'"));
	}

	@Test
	void everyOccurrenceInListsAndMapsAndNothingElse() {
		assertEquals(List.of("-Da=/here/ws", "-Xmx1g"), remap.apply(List.of("-Da=/build/ws", "-Xmx1g")));
		assertEquals(Map.of("ROOT", "/here/ws/x:/here/ws/y"), remap.apply(Map.of("ROOT", "/build/ws/x:/build/ws/y")));
		assertEquals("$1 \\ /here/ws", new PathRemap(Map.of("/build/ws", "/here/ws")).apply("$1 \\ /build/ws"));
		assertEquals("/build/ws", new PathRemap(Map.of()).apply("/build/ws"));
	}
}
