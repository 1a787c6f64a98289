package dev.solo.engine.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.CpuPriority;
import dev.solo.engine.config.Network;
import dev.solo.engine.config.ProcessSettings;
import dev.solo.engine.config.SettingsException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrappers a run's settings ask for, against a machine described by a PATH and a probe that answers as told. */
class ProcessWrapperTest {
	private static final ProcessSettings LOW = new ProcessSettings(CpuPriority.LOW, Network.SHARED);
	private static final ProcessSettings HIGH = new ProcessSettings(CpuPriority.HIGH, Network.SHARED);
	private static final ProcessSettings ISOLATED = new ProcessSettings(CpuPriority.NORMAL, Network.ISOLATED);

	@TempDir
	Path bin;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<List<String>> probed = new ArrayList<>();

	private Probe answering(int exitCode, String stderr) {
		return command -> {
			probed.add(command);
			return new Probe.Outcome(exitCode, stderr);
		};
	}

	private ProcessWrapper prepare(Map<ProcessSettings, String> used, String os, boolean root, Probe probe) {
		return ProcessWrapper.prepare(used, new PrintStream(err, true, StandardCharsets.UTF_8), os, bin.toString(), root,
				probe);
	}

	private String command(String name) throws Exception {
		Path file = bin.resolve(name);
		Files.writeString(file, "#!/bin/sh\n");
		assertTrue(file.toFile().setExecutable(true));
		return file.toString();
	}

	@Test
	void plainSettingsNeedNoWrapperAndNoProbe() {
		ProcessWrapper wrapper = prepare(Map.of(ProcessSettings.DEFAULT, "profile default"), "Linux", false,
				answering(1, "never asked"));
		assertSame(ProcessWrapper.NONE, wrapper);
		assertSame(Wrapping.NONE, wrapper.wrapping(ProcessSettings.DEFAULT));
		assertEquals(List.of(), probed);
	}

	@Test
	void lowerPriorityRunsTheJvmUnderNiceWithoutAskingTheMachine() throws Exception {
		String nice = command("nice");
		ProcessWrapper wrapper = prepare(Map.of(LOW, "profile default"), "Linux", false, answering(1, "never asked"));
		assertEquals(new Wrapping(List.of(nice, "-n", "10"), false), wrapper.wrapping(LOW));
		assertSame(Wrapping.NONE, wrapper.wrapping(ProcessSettings.DEFAULT));
		assertEquals(List.of(), probed);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void raisingPriorityWithoutPrivilegeIsSaidOnceAndTheJvmRunsAtNormalPriority() throws Exception {
		String nice = command("nice");
		ProcessWrapper wrapper = prepare(Map.of(HIGH, ".config/solo.toml:4"), "Linux", false,
				answering(0, "nice: cannot set niceness: Permission denied\n"));
		assertEquals(List.of(List.of(nice, "-n", "-10", "true")), probed);
		assertSame(Wrapping.NONE, wrapper.wrapping(HIGH));
		assertEquals("solo: warning: cpu-priority = \"high\" (.config/solo.toml:4) raises priority, which needs privilege"
				+ " (root or CAP_SYS_NICE) this run lacks (nice: nice: cannot set niceness: Permission denied): those tests"
				+ " run at normal priority\n", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void raisingPriorityWithPrivilegeRunsUnderNice() throws Exception {
		String nice = command("nice");
		ProcessWrapper wrapper = prepare(Map.of(HIGH, "profile default"), "Linux", true, answering(0, ""));
		assertEquals(new Wrapping(List.of(nice, "-n", "-10"), false), wrapper.wrapping(HIGH));
	}

	@Test
	void priorityWhereThereIsNoNiceIsSaidToHaveNoEffect() {
		ProcessWrapper wrapper = prepare(Map.of(LOW, "profile ci"), "Windows 11", false, answering(0, ""));
		assertSame(Wrapping.NONE, wrapper.wrapping(LOW));
		assertEquals("solo: warning: cpu-priority = \"low\" (profile ci) has no effect here: it runs test JVMs under"
				+ " nice, a Unix command, and this is Windows 11\n", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void anIsolatedNetworkIsANamespaceWithItsLoopbackUpThenTheJvm() throws Exception {
		String unshare = command("unshare");
		String ip = command("ip");
		ProcessWrapper wrapper = prepare(Map.of(ISOLATED, ".config/solo.toml:9"), "Linux", false, answering(0, ""));
		assertEquals(List.of(List.of(unshare, "--user", "--map-root-user", "--net", ip, "link", "set", "lo", "up")), probed);
		Wrapping wrapping = wrapper.wrapping(ISOLATED);
		assertTrue(wrapping.ownNetwork());
		assertEquals(List.of(unshare, "--user", "--map-root-user", "--net"), wrapping.prefix().subList(0, 4));
		assertEquals(List.of("-c", ProcessWrapper.LOOPBACK_UP, ip), wrapping.prefix().subList(5, 8));
	}

	@Test
	void rootNeedsNoUserNamespace() throws Exception {
		String unshare = command("unshare");
		command("ip");
		ProcessWrapper wrapper = prepare(Map.of(ISOLATED, "profile default"), "Linux", true, answering(0, ""));
		assertEquals(List.of(unshare, "--net"), wrapper.wrapping(ISOLATED).prefix().subList(0, 2));
	}

	@Test
	void anIsolatedNetworkTheMachineRefusesFailsTheRunNamingWhy() throws Exception {
		command("unshare");
		command("ip");
		SettingsException e = assertThrows(SettingsException.class, () -> prepare(Map.of(ISOLATED, ".config/solo.toml:9"),
				"Linux", false, answering(1, "unshare: unshare failed: Operation not permitted\n")));
		assertTrue(e.getMessage().startsWith(".config/solo.toml:9: network: \"isolated\" this machine refuses a network"
				+ " namespace to a user that is not root ("), e.getMessage());
		assertTrue(e.getMessage().endsWith(": unshare: unshare failed: Operation not permitted)"), e.getMessage());
		assertTrue(!e.getMessage().contains("\n"));
	}

	@Test
	void anIsolatedNetworkElsewhereThanLinuxFailsTheRunNamingWhy() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> prepare(Map.of(ISOLATED, ".config/solo.toml:9"), "Mac OS X", false, answering(0, "")));
		assertEquals(".config/solo.toml:9: network: \"isolated\" needs Linux network namespaces, and this is Mac OS X",
				e.getMessage());
	}

	@Test
	void anIsolatedNetworkWithoutIpFailsTheRunNamingIt() throws Exception {
		command("unshare");
		SettingsException e = assertThrows(SettingsException.class,
				() -> prepare(Map.of(ISOLATED, "profile default"), "Linux", false, answering(0, "")));
		assertTrue(e.getMessage().endsWith("and ip is not there"), e.getMessage());
	}
}
