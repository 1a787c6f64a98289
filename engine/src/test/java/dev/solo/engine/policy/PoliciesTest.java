package dev.solo.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.TestParameters;
import dev.solo.engine.config.Isolation;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.scheduler.UnitPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

class PoliciesTest {
	private static final String CONFIG = """
			[profile.default]
			retries = 1
			slow-timeout = "5s"
			env = { REGION = "eu" }

			[[profile.default.overrides]]
			filter = 'class(NetTest)'
			retries = 3
			test-group = 'network'
			threads-required = 2
			priority = 10
			jvm-args = ["-Xmx64m"]
			env = { REGION = "us" }

			[[profile.default.overrides]]
			filter = 'class(NetTest) | method(=slow)'
			retries = 5
			slow-timeout = "1m"

			[[profile.default.overrides]]
			filter = 'class(SharedTest)'
			isolation = "class"

			[test-groups.network]
			max-threads = 1
			""";

	@TempDir
	Path workspace;

	@Test
	void theFirstMatchingOverrideWinsAndRanksBetweenParametersAndProfile() throws IOException {
		Policies policies = policies(CONFIG, Map.of("solo.slow-timeout", "9s"));
		TestPolicy net = policies.of(unit("com.example.NetTest", "fetch"));
		assertEquals(3, net.run().settings().retries().count(), "the first override, not the second");
		assertEquals(Optional.of(Duration.ofSeconds(9)), net.run().settings().slowTimeout(), "a parameter beats an override");
		assertEquals(new UnitPolicy("network", 2, 10), net.scheduling());
		assertEquals(List.of("-Xmx64m"), net.run().jvmArgs());
		assertEquals(Map.of("REGION", "us"), net.run().env());
		assertTrue(net.override().isPresent());

		TestPolicy slow = policies.of(unit("com.example.MathTest", "slow"));
		assertEquals(5, slow.run().settings().retries().count());
		assertEquals(UnitPolicy.DEFAULT, slow.scheduling());
		assertEquals(List.of(), slow.run().jvmArgs(), "no jvm-args of its own: the run's apply");

		TestPolicy plain = policies.of(unit("com.example.MathTest", "add"));
		assertTrue(plain.override().isEmpty());
		assertEquals(1, plain.run().settings().retries().count(), "the profile's");
		assertEquals(Map.of("REGION", "eu"), plain.run().env());
	}

	@Test
	void anOverrideCanRunAClassWhole() throws IOException {
		Policies policies = policies(CONFIG, Map.of());
		assertEquals(Isolation.CLASS, policies.isolationOf(unit("com.example.SharedTest", "a").descriptor()
				.getParent().get()));
		assertEquals(Isolation.TEST, policies.isolationOf(unit("com.example.MathTest", "a").descriptor()
				.getParent().get()));
	}

	@Test
	void aBadOverrideFailsBeforeAnyTestAtItsPlace() {
		SettingsException filter = assertThrows(SettingsException.class, () -> policies("""
				[[profile.default.overrides]]
				filter = 'clas(NetTest)'
				retries = 2
				""", Map.of()));
		assertTrue(filter.getMessage().startsWith(".config/solo.toml:1: filter: invalid filterset"), filter.getMessage());
		assertTrue(filter.getMessage().contains("did you mean `class`?"), filter.getMessage());
		SettingsException group = assertThrows(SettingsException.class, () -> policies("""
				[[profile.default.overrides]]
				filter = 'all()'
				test-group = 'nowhere'
				""", Map.of()));
		assertEquals(".config/solo.toml:1: test-group: unknown test group \"nowhere\"; no [test-groups] are defined",
				group.getMessage());
	}

	private Policies policies(String toml, Map<String, String> parameters) throws IOException {
		Path file = workspace.resolve(".config/solo.toml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, toml);
		Settings settings = Settings.from(parameters(parameters), workspace);
		return Policies.of(settings, parameters(parameters), workspace);
	}

	private static ForkUnit unit(String className, String method) {
		TestDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		UniqueId classId = UniqueId.forEngine("junit-jupiter").append("class", className);
		MirrorDescriptor cls = new MirrorDescriptor(SoloIds.toSolo(classId), classId, className, className,
				TestDescriptor.Type.CONTAINER, ClassSource.from(className), Set.of(), false, "Engine");
		UniqueId testId = classId.append("method", method + "()");
		MirrorDescriptor test = new MirrorDescriptor(SoloIds.toSolo(testId), testId, method + "()", method + "()",
				TestDescriptor.Type.TEST, MethodSource.from(className, method, ""), Set.of(), false, "Engine");
		root.addChild(cls);
		cls.addChild(test);
		return ForkUnit.collect(root, Isolation.TEST).get(0);
	}

	private static ConfigurationParameters parameters(Map<String, String> values) {
		return TestParameters.of(values);
	}

}
