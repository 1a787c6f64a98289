package dev.solo.engine.scheduler;

import dev.solo.engine.discovery.ForkUnit;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Reads Jupiter's {@code @ResourceLock}, {@code @ResourceLocks} and {@code @Isolated} for a unit,
 * so that what Jupiter keeps apart between threads of one JVM Solo keeps apart between JVMs.
 * Reflective: the host may have no Jupiter at all, and then nothing is locked. Locks of the
 * method, of its class and superclasses, and of the classes enclosing a {@code @Nested} one
 * apply; a unit that runs a whole class also takes the locks of everything inside it.
 * {@code providers} (locks computed at run time by Jupiter) are not read: only the JVM that runs
 * the test could compute them.
 */
final class ResourceLocks {
	private static final String PACKAGE = "org.junit.jupiter.api.parallel.";

	private final Class<? extends Annotation> lockType;
	private final Class<? extends Annotation> isolatedType;
	private final ClassLoader loader;

	private ResourceLocks(ClassLoader loader, Class<? extends Annotation> lockType,
			Class<? extends Annotation> isolatedType) {
		this.loader = loader;
		this.lockType = lockType;
		this.isolatedType = isolatedType;
	}

	/** A reader for test classes of {@code loader}; never fails, it reads nothing when Jupiter is absent. */
	static ResourceLocks in(ClassLoader loader) {
		return new ResourceLocks(loader, annotation(loader, "ResourceLock"), annotation(loader, "Isolated"));
	}

	private static Class<? extends Annotation> annotation(ClassLoader loader, String simpleName) {
		try {
			return Class.forName(PACKAGE + simpleName, false, loader).asSubclass(Annotation.class);
		}
		catch (ClassNotFoundException | LinkageError | ClassCastException e) {
			return null;
		}
	}

	LockClaim of(ForkUnit unit) {
		if (lockType == null && isolatedType == null) {
			return LockClaim.NONE;
		}
		try {
			return of(unit.descriptor().getSource());
		}
		catch (RuntimeException | LinkageError e) {
			// a class that does not load here fails in its own JVM, with its own words
			return LockClaim.NONE;
		}
	}

	LockClaim of(Optional<TestSource> source) {
		if (source.isPresent() && source.get() instanceof MethodSource method) {
			Optional<Class<?>> type = load(method.getClassName());
			if (type.isEmpty()) {
				return LockClaim.NONE;
			}
			LockClaim claim = ofClass(type.get());
			for (Method candidate : methods(type.get(), method)) {
				claim = claim.and(read(candidate));
			}
			return claim;
		}
		if (source.isPresent() && source.get() instanceof ClassSource cls) {
			return load(cls.getClassName()).map(type -> ofClass(type).and(inside(type, new HashSet<>())))
					.orElse(LockClaim.NONE);
		}
		return LockClaim.NONE;
	}

	/** The class's own locks (inherited ones included) and those of the classes a {@code @Nested} class sits in. */
	private LockClaim ofClass(Class<?> type) {
		LockClaim claim = LockClaim.NONE;
		for (Class<?> c = type; c != null; c = Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass()) {
			for (Class<?> s = c; s != null && s != Object.class; s = s.getSuperclass()) {
				claim = claim.and(read(s));
			}
		}
		return claim;
	}

	/** Everything a whole-class unit runs: its methods and its inner ({@code @Nested}) classes. */
	private LockClaim inside(Class<?> type, Set<Class<?>> seen) {
		LockClaim claim = LockClaim.NONE;
		if (!seen.add(type)) {
			return claim;
		}
		for (Class<?> s = type; s != null && s != Object.class; s = s.getSuperclass()) {
			for (Method method : s.getDeclaredMethods()) {
				claim = claim.and(read(method));
			}
			for (Class<?> inner : s.getDeclaredClasses()) {
				if (!Modifier.isStatic(inner.getModifiers())) {
					claim = claim.and(ofClassOnly(inner)).and(inside(inner, seen));
				}
			}
		}
		return claim;
	}

	private LockClaim ofClassOnly(Class<?> type) {
		LockClaim claim = LockClaim.NONE;
		for (Class<?> s = type; s != null && s != Object.class; s = s.getSuperclass()) {
			claim = claim.and(read(s));
		}
		return claim;
	}

	private static List<Method> methods(Class<?> type, MethodSource source) {
		List<Method> named = new ArrayList<>();
		for (Class<?> s = type; s != null && s != Object.class; s = s.getSuperclass()) {
			for (Method m : s.getDeclaredMethods()) {
				if (m.getName().equals(source.getMethodName())) {
					named.add(m);
				}
			}
		}
		List<Method> exact = named.stream().filter(m -> parameters(m).equals(source.getMethodParameterTypes()))
				.collect(Collectors.toList());
		// overloads whose parameter names cannot be matched all count: one lock too many is safe
		return exact.isEmpty() ? named : exact.subList(0, 1);
	}

	private static String parameters(Method method) {
		return Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(", "));
	}

	private Optional<Class<?>> load(String className) {
		try {
			// not initialised: reading annotations must not run a test class's static code in the host
			return Optional.of(Class.forName(className, false, loader));
		}
		catch (ClassNotFoundException | LinkageError e) {
			return Optional.empty();
		}
	}

	private LockClaim read(AnnotatedElement element) {
		boolean isolated = false;
		Map<String, Boolean> keys = new LinkedHashMap<>();
		for (Annotation annotation : annotations(element, new HashSet<>())) {
			if (annotation.annotationType() == isolatedType) {
				isolated = true;
			}
			else if (annotation.annotationType() == lockType) {
				String key = (String) attribute(annotation, "value");
				Object mode = attribute(annotation, "mode");
				boolean writes = mode == null || !"READ".equals(((Enum<?>) mode).name());
				if (key != null && !key.isEmpty()) {
					keys.merge(key, writes, Boolean::logicalOr);
				}
			}
		}
		return isolated || !keys.isEmpty() ? new LockClaim(isolated, keys) : LockClaim.NONE;
	}

	/** Direct annotations, those in a {@code @ResourceLocks} container, and those of composed annotations. */
	private List<Annotation> annotations(AnnotatedElement element, Set<Class<?>> seen) {
		List<Annotation> found = new ArrayList<>();
		if (lockType != null) {
			found.addAll(Arrays.asList(element.getAnnotationsByType(lockType)));
		}
		if (isolatedType != null) {
			found.addAll(Arrays.asList(element.getAnnotationsByType(isolatedType)));
		}
		for (Annotation annotation : element.getAnnotations()) {
			Class<? extends Annotation> type = annotation.annotationType();
			if (!type.getName().startsWith("java.lang.") && !type.getName().startsWith(PACKAGE) && seen.add(type)) {
				found.addAll(annotations(type, seen));
			}
		}
		return found;
	}

	private static Object attribute(Annotation annotation, String name) {
		try {
			return annotation.annotationType().getMethod(name).invoke(annotation);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
