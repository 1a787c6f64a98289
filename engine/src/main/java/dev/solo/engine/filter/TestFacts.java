package dev.solo.engine.filter;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import java.util.Set;

import org.apiguardian.api.API;

/** What a filterset can see of one test: its Solo name, class, method, tags and engine. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestFacts(String name, String className, String methodName, Set<String> tags, String engineId) {

	public TestFacts {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(className, "className");
		Objects.requireNonNull(engineId, "engineId");
		// methodName stays null for a test without a method (a class-level container, a
		// non-Java engine's test); method() then never matches it.
		tags = tags == null ? Set.of() : Set.copyOf(tags);
	}

	/** The package of {@link #className()}, or {@code ""} for the default package. */
	public String packageName() {
		int dot = className.lastIndexOf('.');
		return dot < 0 ? "" : className.substring(0, dot);
	}
}
