package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.descriptor.PackageSource;
import org.junit.platform.engine.support.descriptor.UriSource;

/** A module's tree crosses from its own Platform to the run's as values: every field must survive. */
class MirrorDataTest {
	private static final UniqueId MODULE = UniqueId.forEngine("solo").append("module", "m");

	@Test
	void everyFieldOfEveryDescriptorSurvivesTheCrossing() {
		EngineDescriptor original = new EngineDescriptor(MODULE, "m");
		MirrorDescriptor type = mirror("[class:a.B]", "B", TestDescriptor.Type.CONTAINER,
				ClassSource.from("a.B", FilePosition.from(3, 4)), Set.of(TestTag.create("slow")), false);
		type.markIndivisible("a runner that cannot filter");
		MirrorDescriptor method = mirror("[class:a.B]/[test-template:t(int)]", "t(int)", TestDescriptor.Type.CONTAINER,
				MethodSource.from("a.B", "t", "int"), Set.of(), true);
		method.restrictToIterations(List.of(1, 3));
		type.addChild(method);
		original.addChild(type);
		List<TestSource> sources = List.of(PackageSource.from("a"),
				ClasspathResourceSource.from("features/x.feature", FilePosition.from(7)),
				FileSource.from(new File("/tmp/x.feature"), FilePosition.from(1, 2)), DirectorySource.from(new File("/tmp")),
				UriSource.from(URI.create("https://example.org/spec")),
				CompositeTestSource.from(List.of(ClassSource.from("a.C"), MethodSource.from("a.C", "m", ""))));
		for (int i = 0; i < sources.size(); i++) {
			original.addChild(mirror("[scenario:" + i + "]", "s" + i, TestDescriptor.Type.TEST, sources.get(i), Set.of(),
					false));
		}

		List<Map<String, Object>> data = MirrorData.childrenOf(original);
		EngineDescriptor rebuilt = new EngineDescriptor(MODULE, "m");
		MirrorData.addChildren(rebuilt, data);

		assertEquals(describe(original), describe(rebuilt));
		MirrorDescriptor rebuiltType = (MirrorDescriptor) rebuilt.getChildren().iterator().next();
		assertEquals("a runner that cannot filter", rebuiltType.indivisible().orElseThrow());
		MirrorDescriptor rebuiltMethod = (MirrorDescriptor) rebuiltType.getChildren().iterator().next();
		assertEquals(List.of(1, 3), rebuiltMethod.iterations());
		assertTrue(rebuiltMethod.mayRegisterTests());
		assertEquals(UniqueId.parse("[engine:junit-jupiter]/[class:a.B]/[test-template:t(int)]"),
				rebuiltMethod.delegateId());
	}

	private static MirrorDescriptor mirror(String delegatePath, String name, TestDescriptor.Type type,
			TestSource source, Set<TestTag> tags, boolean mayRegister) {
		UniqueId delegate = UniqueId.parse("[engine:junit-jupiter]/" + delegatePath);
		return new MirrorDescriptor(SoloIds.toSolo(MODULE, delegate), delegate, name, name + "-legacy", type, source, tags,
				mayRegister, "org.junit.jupiter.engine.JupiterTestEngine");
	}

	/** Everything a descriptor says of itself, its subtree's too, in order. */
	private static String describe(TestDescriptor descriptor) {
		StringBuilder text = new StringBuilder();
		descriptor.accept(d -> {
			text.append(d.getUniqueId()).append(' ').append(d.getDisplayName()).append(' ')
					.append(d.getLegacyReportingName()).append(' ').append(d.getType()).append(' ')
					.append(d.getSource().orElse(null)).append(' ').append(d.getTags()).append(' ')
					.append(d.mayRegisterTests());
			if (d instanceof MirrorDescriptor mirror) {
				text.append(' ').append(mirror.delegateId()).append(' ').append(mirror.engineClass()).append(' ')
						.append(mirror.iterations()).append(' ').append(mirror.indivisible());
			}
			text.append('\n');
		});
		return text.toString();
	}
}
