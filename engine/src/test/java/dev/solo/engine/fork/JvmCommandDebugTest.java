package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.debug.Debugger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's debugger stays the host's; a debugged run's test JVMs get one of their own. */
class JvmCommandDebugTest {
	@TempDir
	Path workDir;

	@Test
	void theHostsDebugAgentsAreNotCopiedToTestJvms() {
		List<String> host = List.of("-Xmx512m", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=0",
				"-Xdebug", "-javaagent:/idea/lib/rt/debugger-agent.jar", "-Dfoo=bar", "-Djava.class.path=/x");
		assertEquals(List.of("-Xmx512m", "-Dfoo=bar"), JvmCommand.jvmOptions(host));
	}

	@Test
	void aDebuggedRunsTestJvmsListenSuspendedWhileJvmsSoloStartsForItselfDoNot() throws Exception {
		Debugger debugger = new Debugger("0", Duration.ofSeconds(30), true);
		JvmCommand command = JvmCommand.forModule("m", "the module", List.of("-Dx=1"),
				List.of(workDir.toString()), workDir,
				new JvmCommand.Tuning(false, false, List.of(), Optional.of(debugger)));
		try {
			List<String> line = command.prefix().line();
			assertEquals(1, line.stream().filter(o -> o.startsWith("-agentlib:jdwp")).count(), line.toString());
			assertTrue(line.contains(debugger.jvmOptions().get(0)), line.toString());
			assertEquals(Optional.of(debugger), command.debugger());
		}
		finally {
			command.close();
		}
		JvmCommand plain = JvmCommand.forModule("n", "the module", List.of(), List.of(workDir.toString()), workDir,
				new JvmCommand.Tuning(false, false, List.of(), Optional.empty()));
		try {
			assertFalse(plain.prefix().line().stream().anyMatch(o -> o.contains("jdwp")));
		}
		finally {
			plain.close();
		}
	}
}
