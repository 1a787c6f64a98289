package dev.solo.engine;

import dev.solo.engine.config.Settings;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.record.Recorder;
import dev.solo.engine.replay.StressFold;
import dev.solo.engine.replay.JUnitReplay;
import dev.solo.engine.replay.RerunNotices;
import dev.solo.engine.replay.UnitNotices;

import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;

/**
 * The one place a run's sinks are put together, in the order they hear each event: the host's
 * (its JUnit listener, Solo's notices on its console, the recorder) and then those a program
 * driving the Launcher attached to this run ({@link SoloRunListeners}: the CLI's terminal reporter and
 * reports). The scheduler publishes to them all through one bus and knows none of them.
 */
final class RunSinks {
	private RunSinks() {
	}

	static List<RunEventSink> of(SoloEngineDescriptor solo, EngineExecutionListener listener,
			ConfigurationParameters parameters) {
		Settings settings = solo.settings();
		List<RunEventSink> sinks = new ArrayList<>();
		if (settings.hostOutput() && solo.rerun().isPresent()) {
			// Before the host hears of the skipped tests, so that its console says why first.
			sinks.add(new RerunNotices(System.err));
		}
		sinks.add(new StressFold(new JUnitReplay(listener, solo, settings.hostOutput())));
		if (settings.hostOutput()) {
			sinks.add(new UnitNotices(System.err));
		}
		Recorder.start(settings, solo.rerun(), solo.partition().map(Partition::spec), System.getenv(), System.err)
				.ifPresent(sinks::add);
		sinks.addAll(SoloRunListeners.attachedTo(parameters));
		return sinks;
	}
}
