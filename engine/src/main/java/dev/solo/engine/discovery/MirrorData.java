package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * A tree of mirrored descriptors as plain values (strings, numbers, lists, maps) and back. A
 * module on a JUnit Platform other than the run's is discovered in a class loader of its own
 * Platform, whose descriptors are other classes than the run's: its tree crosses as these
 * values, and is rebuilt as the run's own {@link MirrorDescriptor}s, each what it was.
 */
@API(status = INTERNAL, since = "0.1")
public final class MirrorData {
	private MirrorData() {
	}

	/** The mirrored children of {@code parent}, each with its subtree. */
	public static List<Map<String, Object>> childrenOf(TestDescriptor parent) {
		List<Map<String, Object>> children = new ArrayList<>();
		for (TestDescriptor child : parent.getChildren()) {
			if (child instanceof MirrorDescriptor mirror) {
				children.add(toData(mirror));
			}
		}
		return children;
	}

	/** Rebuilds {@code children} (as {@link #childrenOf} gave them) under {@code parent}. */
	@SuppressWarnings("unchecked")
	public static void addChildren(TestDescriptor parent, List<Map<String, Object>> children) {
		for (Map<String, Object> data : children) {
			Set<TestTag> tags = new LinkedHashSet<>();
			((List<String>) data.get("tags")).stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
			MirrorDescriptor mirror = new MirrorDescriptor(UniqueId.parse((String) data.get("id")),
					UniqueId.parse((String) data.get("delegate-id")), (String) data.get("display-name"),
					(String) data.get("legacy-name"), TestDescriptor.Type.valueOf((String) data.get("type")),
					SourceData.fromData((Map<String, Object>) data.get("source")), tags,
					(Boolean) data.get("may-register-tests"), (String) data.get("engine-class"));
			mirror.restrictToIterations((List<Integer>) data.get("iterations"));
			String indivisible = (String) data.get("indivisible");
			if (indivisible != null) {
				mirror.markIndivisible(indivisible);
			}
			parent.addChild(mirror);
			addChildren(mirror, (List<Map<String, Object>>) data.get("children"));
		}
	}

	private static Map<String, Object> toData(MirrorDescriptor mirror) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", mirror.getUniqueId().toString());
		data.put("delegate-id", mirror.delegateId().toString());
		data.put("display-name", mirror.getDisplayName());
		data.put("legacy-name", mirror.getLegacyReportingName());
		data.put("type", mirror.getType().name());
		data.put("source", mirror.getSource().map(SourceData::toData).orElse(Map.of()));
		data.put("tags", mirror.getTags().stream().map(TestTag::getName).toList());
		data.put("may-register-tests", mirror.mayRegisterTests());
		data.put("engine-class", mirror.engineClass());
		data.put("iterations", List.copyOf(mirror.iterations()));
		mirror.indivisible().ifPresent(reason -> data.put("indivisible", reason));
		data.put("children", childrenOf(mirror));
		return data;
	}
}
