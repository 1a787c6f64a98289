package dev.solo.launcher.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.apiguardian.api.API;

/**
 * The options of a command that reads one recorded run ({@code replay}, {@code report html}):
 * which run, whose store, and a JUnit Platform to read it with.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordedRunOptions {
	@Option(names = { "-R", "--run-id" }, paramLabel = "RUN", defaultValue = "latest",
			description = "latest (the default), or a prefix of the run's id (solo store list highlights it).")
	String runId;

	@Mixin
	Workspace workspace = new Workspace();

	/**
	 * Declared for the help and the parser: the boot reads {@code -cp} from the arguments before
	 * picocli runs, since the Platform it names must be on the class path first.
	 */
	@Option(names = { "-cp", "--class-path", "--classpath" }, split = "[:;]", paramLabel = "PATH",
			description = "A JUnit Platform (1.10+) to read the record with, when the local Maven repository has none.")
	List<String> classPath = new ArrayList<>();

	/** The run {@code -R} names in the workspace's store; empty once why not is said on {@code err}. */
	public Optional<Workspace.Selected> select(PrintStream err) {
		return workspace.select(runId, err);
	}
}
