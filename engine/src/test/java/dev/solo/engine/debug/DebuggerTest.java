package dev.solo.engine.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DebuggerTest {
	private static final List<String> INTELLIJ_DEBUG = List.of("-ea",
			"-agentlib:jdwp=transport=dt_socket,address=127.0.0.1:39877,suspend=y,server=n",
			"-javaagent:/opt/idea/plugins/java/lib/rt/debugger-agent.jar", "-Dfile.encoding=UTF-8");
	private static final List<String> ECLIPSE_DEBUG = List.of(
			"-agentlib:jdwp=transport=dt_socket,suspend=y,address=localhost:41233", "-ea");

	@Test
	void autoDebugsWhenTheHostRunsUnderJdwpAsIdesStartIt() {
		Duration wait = Duration.ofMinutes(5);
		assertEquals(Optional.of(new Debugger("0", wait, false)),
				Debugger.decide(Debugger.Mode.AUTO, "0", wait, INTELLIJ_DEBUG));
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait, ECLIPSE_DEBUG).isPresent());
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-Xdebug", "-Xrunjdwp:transport=dt_socket,server=y,suspend=y,address=5005")).isPresent());
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-agentpath:/usr/lib/jvm/jdk/lib/libjdwp.so=transport=dt_socket")).isPresent());
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait, List.of("-ea", "-Xmx1g")).isEmpty());
		// A profiler's agent is not a debugger.
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-agentpath:/opt/async-profiler/libasyncProfiler.so=start")).isEmpty());
	}

	/** A build that keeps an agent for attaching on demand would stall on every test JVM's wait. */
	@Test
	void autoLeavesAHostListeningWithoutWaitingUndebugged() {
		Duration wait = Duration.ofMinutes(5);
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005")).isEmpty());
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-Xrunjdwp:transport=dt_socket,server=y,suspend=n")).isEmpty());
		// Either default back (connecting out, or waiting) is a debugger that attends.
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-agentlib:jdwp=transport=dt_socket,suspend=n,address=localhost:5005")).isPresent());
		assertTrue(Debugger.decide(Debugger.Mode.AUTO, "0", wait,
				List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")).isPresent());
		assertTrue(Debugger.decide(Debugger.Mode.ON, "0", wait,
				List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n")).isPresent());
	}

	@Test
	void offNeverDebugsAndOnAlwaysDoesAskingForOneTest() {
		Duration wait = Duration.ofSeconds(30);
		assertTrue(Debugger.decide(Debugger.Mode.OFF, "0", wait, INTELLIJ_DEBUG).isEmpty());
		assertEquals(Optional.of(new Debugger("5006", wait, true)),
				Debugger.decide(Debugger.Mode.ON, "5006", wait, List.of()));
	}

	@Test
	void theTestJvmListensSuspendedAndJdwpEndsAWaitNobodyAttachesTo() {
		assertEquals(List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=*:5006,timeout=90000"),
				new Debugger("*:5006", Duration.ofSeconds(90), true).jvmOptions());
	}

	@Test
	void anAddressIsAPortOrHostAndPortAndAddsNoOtherAgentOption() {
		for (String good : List.of("0", "5005", "localhost:5005", "*:5005", "127.0.0.1:0", "[::1]:5005")) {
			assertTrue(Debugger.isAddress(good), good);
		}
		for (String bad : List.of("", "port", "5005,suspend=n", "localhost:", "123456", "host:50 05")) {
			assertFalse(Debugger.isAddress(bad), bad);
		}
	}

	@Test
	void theHostsOwnAgentsAreRecognisedToBeLeftOffTestJvms() {
		for (String agent : INTELLIJ_DEBUG.subList(1, 3)) {
			assertTrue(JdwpAgents.isDebugAgent(agent), agent);
		}
		assertTrue(JdwpAgents.isDebugAgent("-Xdebug"));
		assertTrue(JdwpAgents.isDebugAgent("-Xnoagent"));
		assertFalse(JdwpAgents.isDebugAgent("-ea"));
		assertFalse(JdwpAgents.isDebugAgent("-javaagent:/m2/mockito-core.jar"));
	}
}
