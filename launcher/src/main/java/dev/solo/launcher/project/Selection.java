package dev.solo.launcher.project;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * What a command selects, as the Platform session and the project's modules take it. The
 * command's picocli options implement it: this package reads a selection, never parses one.
 */
@API(status = INTERNAL, since = "0.1")
public interface Selection {
	/** The project the selection is made in. */
	ProjectModules modules();

	/** The test class path entries ({@code -cp}) as absolute paths, in order. */
	Set<Path> roots();

	/** What a class-path run discovers, as {@code SelectorText}. */
	List<String> selectors();

	/** Applied to the discovered tests, as console-standalone applies its tag filters. */
	List<PostDiscoveryFilter> tagFilters();

	/** Applied by every engine while it discovers. */
	List<DiscoveryFilter<?>> classNameFilters();

	/** Whether {@code key} was set with {@code --config}, rather than by a flag of its own. */
	boolean configured(String key);

	/** What an empty selection exits with, after the message that says so. */
	int whenEmpty(String what);
}
