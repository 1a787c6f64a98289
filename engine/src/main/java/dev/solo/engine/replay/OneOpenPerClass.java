package dev.solo.engine.replay;

import dev.solo.engine.events.RunEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
	/** Units that ended while a container of their class was open elsewhere, in the order they ended. */
	private final List<RunEvent.TestFinished> waiting = new ArrayList<>();

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

	/** Keeps {@code finished} for later when its unit never started and starting it now is {@link #blocked}. */
	boolean holds(RunEvent.TestFinished finished, boolean started, Predicate<TestDescriptor> isStarted) {
		if (started || !blocked(finished.unit().descriptor(), isStarted)) {
			return false;
		}
		waiting.add(finished);
		return true;
	}

	/** The first unit kept that may start now, taken out of those kept. */
	Optional<RunEvent.TestFinished> nextReleased(Predicate<TestDescriptor> isStarted) {
		for (int i = 0; i < waiting.size(); i++) {
			if (!blocked(waiting.get(i).unit().descriptor(), isStarted)) {
				return Optional.of(waiting.remove(i));
			}
		}
		return Optional.empty();
	}

	/** Every unit still kept, taken out: the run is over, they go whatever is open. */
	List<RunEvent.TestFinished> releaseAll() {
		List<RunEvent.TestFinished> all = new ArrayList<>(waiting);
		waiting.clear();
		return all;
	}

	private static Optional<String> className(TestDescriptor descriptor) {
		return descriptor.isContainer() ? descriptor.getSource().filter(ClassSource.class::isInstance)
				.map(s -> ((ClassSource) s).getClassName()) : Optional.empty();
	}
}
