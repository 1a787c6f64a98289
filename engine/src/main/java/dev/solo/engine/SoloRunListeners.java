package dev.solo.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunEventSink;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Lets a program that drives the JUnit Launcher (the {@code solo} CLI) see Solo's own event
 * stream: SLOW, TRY n, FLAKY, LEAK and the rest, which a JUnit listener never sees. Sinks are
 * attached to one run, which the request names ({@value #PARAMETER}): a configuration parameter
 * carries text only, so the sinks wait here under its value. Another Solo run in the same JVM,
 * one a test starts, say, is not theirs to hear.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SoloRunListeners implements AutoCloseable {
	/** The configuration parameter that names a run's listeners. */
	public static final String PARAMETER = "solo.run-listeners";
	private static final Map<String, List<RunEventSink>> BY_RUN = new ConcurrentHashMap<>();

	private final String name = UUID.randomUUID().toString();

	private SoloRunListeners() {
		BY_RUN.put(name, new CopyOnWriteArrayList<>());
	}

	/** Listeners for one run: put {@link #parameter()} in its request; close them when it is over. */
	public static SoloRunListeners forOneRun() {
		return new SoloRunListeners();
	}

	/** The run's parameter, {@value #PARAMETER}, naming these listeners. */
	public Map.Entry<String, String> parameter() {
		return Map.entry(PARAMETER, name);
	}

	/** Attaches a sink to the run until the returned handle is closed. */
	public AutoCloseable attach(RunEventSink sink) {
		List<RunEventSink> sinks = BY_RUN.get(name);
		if (sinks == null) {
			throw new IllegalStateException("the run's listeners are closed");
		}
		sinks.add(sink);
		return () -> sinks.remove(sink);
	}

	@Override
	public void close() {
		BY_RUN.remove(name);
	}

	/** The sinks attached to the run the parameters name; none for a run nobody named (a host's). */
	static List<RunEventSink> attachedTo(ConfigurationParameters parameters) {
		return parameters.get(PARAMETER).map(BY_RUN::get).map(List::copyOf).orElse(List.of());
	}
}
