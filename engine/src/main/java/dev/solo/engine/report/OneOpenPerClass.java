package dev.solo.engine.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * Keeps two containers of one class from being open in the host at once. Surefire reports by
 * class: a class's container starts and completes a "test set", and tests of two sets of the same
 * class open together are counted as reruns of each other. A class reached twice, directly and
 * through a suite, is replayed one after the other, as it runs in-process; the second waits.
 */
final class OneOpenPerClass {
	private final Map<String, TestDescriptor> open = new HashMap<>();

	void started(TestDescriptor container) {
		className(container).ifPresent(name -> open.putIfAbsent(name, container));
	}

	void finished(TestDescriptor container) {
		className(container).ifPresent(name -> open.remove(name, container));
	}

	/**
	 * Whether starting {@code unit} now would open a second container of a class: it, or one of
	 * its parents not yet started, is a class whose other container is open.
	 */
	boolean blocked(TestDescriptor unit, Predicate<TestDescriptor> isStarted) {
		for (Optional<TestDescriptor> node = Optional.of(unit); node.isPresent(); node = node.get().getParent()) {
			TestDescriptor each = node.get();
			if (each != unit && isStarted.test(each)) {
				return false;
			}
			Optional<String> name = className(each);
			if (name.isPresent() && open.containsKey(name.get()) && open.get(name.get()) != each) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> className(TestDescriptor descriptor) {
		return descriptor.isContainer() ? descriptor.getSource().filter(ClassSource.class::isInstance)
				.map(s -> ((ClassSource) s).getClassName()) : Optional.empty();
	}
}
