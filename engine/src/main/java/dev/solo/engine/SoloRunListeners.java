package dev.solo.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunEventSink;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apiguardian.api.API;

/**
 * Lets a program that drives the JUnit Launcher (the {@code solo} CLI) see Solo's own event
 * stream: SLOW, TRY n, FLAKY, LEAK and the rest, which a JUnit listener never sees.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SoloRunListeners {
	private static final List<RunEventSink> ATTACHED = new CopyOnWriteArrayList<>();

	private SoloRunListeners() {
	}

	/** Attaches a sink to every Solo run in this JVM until the returned handle is closed. */
	public static AutoCloseable attach(RunEventSink sink) {
		ATTACHED.add(sink);
		return () -> ATTACHED.remove(sink);
	}

	static List<RunEventSink> attached() {
		return List.copyOf(ATTACHED);
	}
}
