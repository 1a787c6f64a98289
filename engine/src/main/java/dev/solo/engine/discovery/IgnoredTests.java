package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * nextest's "ignored" tests for the JVM: those an annotation disables, Jupiter's
 * {@code @Disabled} or JUnit 4's {@code @Ignore}, on the method, its class or an enclosing
 * class, directly or through one composed annotation. Read by name, so that neither JUnit API
 * needs to be on the class path; a class that cannot be loaded counts as not ignored (its
 * engine will say what is wrong with it).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class IgnoredTests {
	private static final Set<String> DISABLING = Set.of("org.junit.jupiter.api.Disabled", "org.junit.Ignore");

	private IgnoredTests() {
	}

	public static boolean isIgnored(TestDescriptor unit) {
		try {
			Optional<MethodSource> method = unit.getSource().filter(MethodSource.class::isInstance)
					.map(MethodSource.class::cast);
			if (method.isPresent()) {
				return disables(method.get().getJavaMethod()) || disablesClass(method.get().getJavaClass());
			}
			Optional<ClassSource> cls = unit.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast);
			return cls.isPresent() && disablesClass(cls.get().getJavaClass());
		}
		catch (RuntimeException | LinkageError e) {
			return false;
		}
	}

	private static boolean disablesClass(Class<?> type) {
		for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
			if (disables(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean disables(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			Class<? extends Annotation> type = annotation.annotationType();
			if (DISABLING.contains(type.getName())) {
				return true;
			}
			for (Annotation meta : type.getAnnotations()) {
				if (DISABLING.contains(meta.annotationType().getName())) {
					return true;
				}
			}
		}
		return false;
	}
}
