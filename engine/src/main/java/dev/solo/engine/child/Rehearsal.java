package dev.solo.engine.child;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.protocol.FrameWriter;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * Runs one unit the way a test JVM does, its events written to nowhere: the AOT cache's training
 * ({@code startup.training}) goes through the child's own path, so that the cache holds what a
 * test JVM loads and links, without the training reaching into this package's internals.
 */
@API(status = INTERNAL, since = "0.1")
public final class Rehearsal {
	private Rehearsal() {
	}

	public static void run(String engineClass, String uniqueId) throws ReflectiveOperationException {
		ChildMain.RunRequest request = new ChildMain.RunRequest(engineClass, uniqueId, null, List.of(), Map.of(),
				Map.of());
		UnitRunner.Prepared prepared = new UnitRunner(request).prepare();
		prepared.execute(new EventForwarder(new FrameWriter(OutputStream.nullOutputStream())));
		// The management beans take a test JVM milliseconds to set up; with the cache, a fraction.
		MemoryProbe memory = new MemoryProbe(true);
		memory.prepare();
		memory.measure(List.of());
	}
}
