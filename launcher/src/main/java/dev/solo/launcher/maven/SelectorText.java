package dev.solo.launcher.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.function.UnaryOperator;

import org.apiguardian.api.API;

/**
 * A discovery selector as text, {@code kind:value}, for a module that names what it discovers
 * (a {@code -cp} run's {@code --scan-class-path} and {@code --select-*}) instead of scanning its
 * test classes with Surefire's patterns. The kinds and their prefixes are JUnit's own selector
 * identifiers', but a class path root is a plain path, not a URI, so that an archive can store it
 * as it stores the class path. Kept as text, with no JUnit type, because the Maven extension
 * loads this package where there is no JUnit; and the kinds are mapped here rather than through
 * {@code DiscoverySelectors.parse}, which Platform 1.10 does not have.
 */
@API(status = INTERNAL, since = "0.1")
public final class SelectorText {
	public static final String CLASSPATH_ROOT = "classpath-root";
	public static final String CLASS = "class";
	public static final String METHOD = "method";
	public static final String PACKAGE = "package";

	private static final List<String> KINDS = List.of(CLASSPATH_ROOT, CLASS, METHOD, PACKAGE);

	private SelectorText() {
	}

	public static String of(String kind, String value) {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("a selector of an unknown kind: " + kind);
		}
		return kind + ":" + value;
	}

	/**
	 * The kind of {@code selector}.
	 *
	 * @throws IllegalArgumentException for a kind this Solo does not know: a newer Solo's, which
	 *                                  must be refused rather than skipped, or the run would select less
	 */
	public static String kind(String selector) {
		int colon = selector.indexOf(':');
		String kind = colon < 0 ? "" : selector.substring(0, colon);
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("a selector of an unknown kind: '" + selector + "'");
		}
		return kind;
	}

	public static String value(String selector) {
		kind(selector);
		return selector.substring(selector.indexOf(':') + 1);
	}

	/** {@code selector} with its path replaced, when it is a class path root; any other unchanged. */
	public static String mapPath(String selector, UnaryOperator<String> path) {
		return kind(selector).equals(CLASSPATH_ROOT) ? of(CLASSPATH_ROOT, path.apply(value(selector))) : selector;
	}
}
