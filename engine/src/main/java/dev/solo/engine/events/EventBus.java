package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apiguardian.api.API;

/**
 * Delivers each event to every sink, one event at a time, so sinks need no locking of their
 * own and see events in one global order. A failing sink never stops the run.
 */
@API(status = INTERNAL, since = "0.1")
public final class EventBus implements RunEventSink {
	private static final Logger LOG = Logger.getLogger(EventBus.class.getName());

	private final List<RunEventSink> sinks;

	public EventBus(List<RunEventSink> sinks) {
		this.sinks = List.copyOf(sinks);
	}

	@Override
	public synchronized void on(RunEvent event) {
		for (RunEventSink sink : sinks) {
			try {
				sink.on(event);
			}
			// A sink's LinkageError too (a launcher built against another engine): thrown on, it would
			// end the worker that published the event, and the run would wait for that worker forever.
			catch (RuntimeException | LinkageError e) {
				LOG.log(Level.WARNING, e, () -> "solo: event sink " + sink.getClass().getName() + " failed");
			}
		}
	}
}
