package dev.solo.engine.events;

/** A consumer of the run's event stream. Called from scheduler threads, one event at a time. */
public interface RunEventSink {
	void on(RunEvent event);
}
