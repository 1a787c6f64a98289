package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.filter.TestFacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Narrows Solo's tree to the tests a filterset ({@code solo.filter}, a profile's
 * {@code default-filter}) matches, as a JUnit discovery filter would: what does not match is
 * not in the test plan. A class that can only run whole stays whole if any of its tests
 * matches. Empty containers are left for the launcher to prune.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class UnitFilter {
	private UnitFilter() {
	}

	/** Removes from {@code root} every test the filterset does not match. */
	public static void apply(TestDescriptor root, Predicate<TestFacts> filterset) {
		for (TestDescriptor child : new ArrayList<>(root.getChildren())) {
			narrow(child, filterset);
		}
	}

	private static void narrow(TestDescriptor node, Predicate<TestFacts> filterset) {
		if (node instanceof MirrorDescriptor mirror && mirror.indivisible().isPresent()) {
			if (leaves(node).stream().noneMatch(leaf -> filterset.test(facts(leaf)))) {
				node.removeFromHierarchy();
			}
			return;
		}
		if (node instanceof MirrorDescriptor mirror && ForkUnit.isUnit(node)) {
			if (!filterset.test(facts(mirror))) {
				node.removeFromHierarchy();
			}
			return;
		}
		for (TestDescriptor child : new ArrayList<>(node.getChildren())) {
			narrow(child, filterset);
		}
	}

	/** What a filterset sees of one unit of Solo's tree. */
	public static TestFacts facts(MirrorDescriptor unit) {
		Optional<MethodSource> method = unit.getSource().filter(MethodSource.class::isInstance)
				.map(MethodSource.class::cast);
		String className = method.map(MethodSource::getClassName).orElseGet(() -> enclosingClass(unit));
		Set<String> tags = new LinkedHashSet<>();
		for (Optional<TestDescriptor> d = Optional.of(unit); d.isPresent(); d = d.get().getParent()) {
			d.get().getTags().stream().map(TestTag::getName).forEach(tags::add);
		}
		return new TestFacts(ForkUnit.nameOf(unit), className, method.map(MethodSource::getMethodName).orElse(null),
				tags, SoloIds.owningEngine(unit.delegateId()));
	}

	private static String enclosingClass(TestDescriptor unit) {
		for (Optional<TestDescriptor> d = Optional.of(unit); d.isPresent(); d = d.get().getParent()) {
			Optional<ClassSource> cls = d.get().getSource().filter(ClassSource.class::isInstance)
					.map(ClassSource.class::cast);
			if (cls.isPresent()) {
				return cls.get().getClassName();
			}
		}
		return "";
	}

	private static List<MirrorDescriptor> leaves(TestDescriptor node) {
		List<MirrorDescriptor> leaves = new ArrayList<>();
		collect(node, leaves);
		return leaves;
	}

	private static void collect(TestDescriptor node, List<MirrorDescriptor> leaves) {
		if (node instanceof MirrorDescriptor mirror && ForkUnit.isUnit(node)) {
			leaves.add(mirror);
			return;
		}
		node.getChildren().forEach(child -> collect(child, leaves));
	}
}
