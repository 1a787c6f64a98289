package dev.solo.launcher.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.StoreWorkspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

import org.apiguardian.api.API;

/**
 * Whose recorded runs a command reads: the workspace the engine records a run started here under
 * ({@link StoreWorkspace}: the folder holding {@code .config/solo.toml}, else the top of the Maven
 * project, else the working directory); {@code --workspace DIR} (or {@code --maven DIR}, as
 * {@code solo run} takes a project) looks from there instead.
 */
@API(status = INTERNAL, since = "0.1")
public final class Workspace {
	@Option(names = { "--workspace", "--maven" }, paramLabel = "DIR",
			description = "Read the runs recorded in DIR (a Maven project's root, say) instead of the working directory.")
	Path dir;

	/** The workspace's canonical path: the store is found by it, whichever way it was reached. */
	public Path root() throws IOException {
		Path start = dir != null ? dir : Path.of(System.getProperty("user.dir"));
		if (!Files.isDirectory(start)) {
			throw new IOException("no such folder: " + start);
		}
		return StoreWorkspace.from(start);
	}

	public RunStore store() throws IOException {
		return RunStore.forWorkspace(root());
	}

	/** A recorded run, with the store that holds it. */
	public record Selected(RunStore store, RunSummary run) {
	}

	/**
	 * The run {@code runId} names ({@code -R}: an id, a prefix of one, {@code latest}) in this
	 * workspace's store; empty once the one-line reason it cannot be read is said on {@code err}.
	 */
	public Optional<Selected> select(String runId, PrintStream err) {
		try {
			RunStore store = store();
			return Optional.of(new Selected(store, store.resolve(runId, any -> true)));
		}
		catch (RecordException e) {
			err.println("error: " + e.getMessage());
		}
		catch (IOException e) {
			err.println("error: cannot read the recorded runs: " + e.getMessage());
		}
		return Optional.empty();
	}
}
