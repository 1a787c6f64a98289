package dev.solo.engine.child;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * A test's source as the parent can read it without the test's classes. The Platform's class and
 * method sources serialize the {@code Class} they were made from, so a parent that cannot load it
 * (the solo command line, whose own class path has no test classes) reads none at all; made again
 * from names, they carry only names and load the class lazily where it is asked for.
 */
final class PortableSource {
	private PortableSource() {
	}

	static TestSource of(TestSource source) {
		if (source instanceof MethodSource method) {
			return MethodSource.from(method.getClassName(), method.getMethodName(), method.getMethodParameterTypes());
		}
		if (source instanceof ClassSource cls) {
			return ClassSource.from(cls.getClassName(), cls.getPosition().orElse(null));
		}
		return source;
	}
}
