package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * What one child JVM runs: a test, or a container whose tests only exist at run time
 * ({@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory}).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class ForkUnit {
	private final MirrorDescriptor descriptor;
	private final String name;
	private final List<Integer> iterations;
	private final String wholeReason;
	/** Present on a copy of a unit a stress run repeats; the same JUnit tests, run again in a JVM of their own. */
	private final StressIndex stress;

	ForkUnit(MirrorDescriptor descriptor, List<Integer> iterations, String wholeReason) {
		this(descriptor, nameOf(descriptor), iterations, wholeReason, null);
	}

	private ForkUnit(MirrorDescriptor descriptor, String name, List<Integer> iterations, String wholeReason,
			StressIndex stress) {
		this.descriptor = descriptor;
		this.name = name;
		this.iterations = List.copyOf(iterations);
		this.wholeReason = wholeReason;
		this.stress = stress;
	}

	/**
	 * Run {@code index} of this unit in a stress run: a unit of its own (the scheduler, the reports
	 * and the record tell copies apart by identity, as they tell units apart), running the same tests.
	 */
	public ForkUnit stressCopy(StressIndex index) {
		return new ForkUnit(descriptor, name, iterations, wholeReason, index);
	}

	/** Which run of a stress run this unit is; empty outside a stress run. */
	public Optional<StressIndex> stressIndex() {
		return Optional.ofNullable(stress);
	}

	/**
	 * A unit rebuilt from a record of it (a replay): {@code descriptor} carries the recorded
	 * names and ids, attached to its recorded parents.
	 */
	public static ForkUnit recorded(MirrorDescriptor descriptor, List<Integer> iterations, Optional<String> wholeReason) {
		return new ForkUnit(descriptor, iterations, wholeReason.orElse(null));
	}

	/** The units of a Solo tree in discovery order. */
	public static List<ForkUnit> collect(TestDescriptor root, Isolation isolation) {
		return collect(root, topLevelClass -> isolation);
	}

	/** The units of a Solo tree in discovery order, each top-level class isolated as {@code isolationOf} says. */
	public static List<ForkUnit> collect(TestDescriptor root, Function<TestDescriptor, Isolation> isolationOf) {
		List<ForkUnit> units = new ArrayList<>();
		collect(root, isolationOf, units);
		return units;
	}

	private static void collect(TestDescriptor node, Function<TestDescriptor, Isolation> isolationOf,
			List<ForkUnit> units) {
		if (node instanceof MirrorDescriptor mirror) {
			if (IndivisibleClasses.isTopLevelClass(node) && isolationOf.apply(node) == Isolation.CLASS) {
				units.add(new ForkUnit(mirror, mirror.iterations(), WHOLE_CLASS));
				return;
			}
			if (mirror.indivisible().isPresent()) {
				units.add(new ForkUnit(mirror, mirror.iterations(), mirror.indivisible().get()));
				return;
			}
			if (isUnit(node)) {
				units.add(new ForkUnit(mirror, mirror.iterations(), isClassTemplate(node) ? CLASS_TEMPLATE : null));
				return;
			}
		}
		for (TestDescriptor child : node.getChildren()) {
			collect(child, isolationOf, units);
		}
	}

	/** The reason every class under {@code solo.isolation=class} gives. */
	public static final String WHOLE_CLASS = "solo.isolation=class";

	/**
	 * The reason a class template ({@code @ParameterizedClass}, any {@code @ClassTemplate}) gives:
	 * the Platform can select one of its invocations only by an index known once it has run.
	 */
	public static final String CLASS_TEMPLATE = "a class template's invocations exist only when it runs";

	/** A class whose tests its engine registers as it runs: JUnit 5.13's class templates. */
	private static boolean isClassTemplate(TestDescriptor node) {
		return node.isContainer() && node.mayRegisterTests()
				&& node.getSource().filter(ClassSource.class::isInstance).isPresent();
	}

	static boolean isUnit(TestDescriptor node) {
		return node.isTest() || (node.mayRegisterTests() && node.getChildren().isEmpty());
	}

	public MirrorDescriptor descriptor() {
		return descriptor;
	}

	/** nextest-style name: {@code com.example.FooTest#bar()}, or the display path when there is no method. */
	public String name() {
		return name;
	}

	public List<Integer> iterations() {
		return iterations;
	}

	/**
	 * Why this unit runs several tests in one JVM, when that is not the plain case of a
	 * parameterized or dynamic test: an indivisible class, or {@code solo.isolation=class}.
	 */
	public Optional<String> wholeReason() {
		return Optional.ofNullable(wholeReason);
	}

	/** How many tests known before the run this unit holds (dynamic ones come on top). */
	public long testCount() {
		return count(descriptor);
	}

	private static long count(TestDescriptor node) {
		long own = node.isTest() ? 1 : 0;
		return own + node.getChildren().stream().mapToLong(ForkUnit::count).sum();
	}

	/** For iteration selectors, the method selector the child must wrap ({@code com.Foo#bar(int)}). */
	public Optional<String> iterationMethod() {
		return descriptor.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
				.map(m -> m.getClassName() + "#" + m.getMethodName() + "(" + m.getMethodParameterTypes() + ")");
	}

	/** The name a test of the tree has, as a unit of its own would: {@code com.example.FooTest#bar()}. */
	public static String testName(MirrorDescriptor descriptor) {
		return nameOf(descriptor);
	}

	static String nameOf(MirrorDescriptor descriptor) {
		Optional<MethodSource> method = descriptor.getSource().filter(MethodSource.class::isInstance)
				.map(MethodSource.class::cast);
		if (method.isPresent()) {
			String methodName = method.get().getMethodName();
			String signature = methodName + "(" + method.get().getMethodParameterTypes() + ")";
			String legacy = descriptor.getLegacyReportingName();
			// A JUnit 4 Parameterized test names its method alone in its source; only its reporting
			// name, small[0: 1], tells its parameter sets apart, as Surefire's report does.
			boolean ownName = legacy != null && legacy.length() > methodName.length() && legacy.startsWith(methodName)
					&& legacy.charAt(methodName.length()) != '(';
			return method.get().getClassName() + "#" + (ownName ? legacy : signature);
		}
		StringBuilder path = new StringBuilder(descriptor.getDisplayName());
		Optional<ClassSource> own = descriptor.getSource().filter(ClassSource.class::isInstance)
				.map(ClassSource.class::cast);
		if (own.isPresent()) {
			return own.get().getClassName();
		}
		Optional<? extends TestDescriptor> parent = descriptor.getParent();
		while (parent.isPresent() && parent.get() instanceof MirrorDescriptor) {
			Optional<ClassSource> cls = parent.get().getSource().filter(ClassSource.class::isInstance)
					.map(ClassSource.class::cast);
			if (cls.isPresent()) {
				return cls.get().getClassName() + "#" + path;
			}
			path.insert(0, parent.get().getDisplayName() + " > ");
			parent = parent.get().getParent();
		}
		return path.toString();
	}

	@Override
	public String toString() {
		return name;
	}
}
