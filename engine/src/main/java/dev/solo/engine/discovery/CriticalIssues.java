package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.EngineDiscoveryRequest;

/**
 * Watches one engine's discovery for an issue the launcher counts as critical
 * ({@code junit.platform.discovery.issue.severity.critical}, {@code ERROR} unless set). Such an
 * engine fails as a whole in-process and runs none of its tests; under Solo its in-process twin
 * reports that failure, and its tests must not run in child JVMs either. Discovery issues exist
 * from Platform 1.13 on, so they are read reflectively; before that, none is ever seen.
 */
@API(status = INTERNAL, since = "0.1")
public final class CriticalIssues {
	static final String CRITICAL_SEVERITY = "junit.platform.discovery.issue.severity.critical";
	private static final List<String> SEVERITIES = List.of("INFO", "WARNING", "ERROR");

	private final int threshold;
	private volatile String first;

	private CriticalIssues(int threshold) {
		this.threshold = threshold;
	}

	static CriticalIssues of(ConfigurationParameters parameters) {
		String name = parameters.get(CRITICAL_SEVERITY).map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("ERROR");
		int threshold = SEVERITIES.indexOf(name);
		// An unknown severity fails the host's launcher itself, which says so; here it changes nothing.
		return new CriticalIssues(threshold < 0 ? SEVERITIES.indexOf("ERROR") : threshold);
	}

	/** Whether an issue of {@code severity} ({@code INFO}, {@code WARNING}, {@code ERROR}) is critical with {@code parameters}. */
	public static boolean isCritical(ConfigurationParameters parameters, String severity) {
		return SEVERITIES.indexOf(severity) >= of(parameters).threshold;
	}

	/** {@code request}, its discovery listener noting each issue before passing it on. */
	EngineDiscoveryRequest watching(EngineDiscoveryRequest request) {
		EngineDiscoveryListener original = request.getDiscoveryListener();
		EngineDiscoveryListener watching = (EngineDiscoveryListener) Proxy.newProxyInstance(
				EngineDiscoveryListener.class.getClassLoader(), new Class<?>[] { EngineDiscoveryListener.class },
				(proxy, method, args) -> {
					if (method.getName().equals("issueEncountered") && args != null && args.length == 2) {
						note(method.getParameterTypes()[1], args[1]);
					}
					return forward(method, original, args);
				});
		return (EngineDiscoveryRequest) Proxy.newProxyInstance(EngineDiscoveryRequest.class.getClassLoader(),
				new Class<?>[] { EngineDiscoveryRequest.class }, (proxy, method, args) -> {
					if (method.getName().equals("getDiscoveryListener") && method.getParameterCount() == 0) {
						return watching;
					}
					return forward(method, request, args);
				});
	}

	/** The message of the first critical issue seen, if any. */
	java.util.Optional<String> found() {
		return java.util.Optional.ofNullable(first);
	}

	private void note(Class<?> issueType, Object issue) {
		try {
			String severity = String.valueOf(issueType.getMethod("severity").invoke(issue));
			if (first == null && SEVERITIES.indexOf(severity) >= threshold) {
				first = String.valueOf(issueType.getMethod("message").invoke(issue));
			}
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			// an issue of a shape this Platform does not have: not one the launcher could judge either
		}
	}

	private static Object forward(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
