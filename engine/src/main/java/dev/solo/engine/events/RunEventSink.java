package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A consumer of the run's event stream. Called from scheduler threads, one event at a time. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public interface RunEventSink {
	void on(RunEvent event);
}
