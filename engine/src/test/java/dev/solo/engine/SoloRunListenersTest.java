package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.solo.engine.events.RunEventSink;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;

/** A program's sinks hear the run whose request names them, and no other Solo run in its JVM. */
class SoloRunListenersTest {

	@Test
	void aSinkHearsOnlyTheRunThatNamesItsListeners() throws Exception {
		RunEventSink sink = event -> { };
		try (SoloRunListeners mine = SoloRunListeners.forOneRun(); SoloRunListeners other = SoloRunListeners.forOneRun()) {
			AutoCloseable attached = mine.attach(sink);
			assertEquals(List.of(sink), SoloRunListeners.attachedTo(naming(mine)));
			assertEquals(List.of(), SoloRunListeners.attachedTo(naming(other)));
			assertEquals(List.of(), SoloRunListeners.attachedTo(parameters(Map.of())), "a host's run names none");
			attached.close();
			assertEquals(List.of(), SoloRunListeners.attachedTo(naming(mine)));
		}
	}

	@Test
	void closedListenersHearNothingAndTakeNoSink() {
		SoloRunListeners closed = SoloRunListeners.forOneRun();
		closed.attach(event -> { });
		closed.close();
		assertEquals(List.of(), SoloRunListeners.attachedTo(naming(closed)));
		assertThrows(IllegalStateException.class, () -> closed.attach(event -> { }));
	}

	private static ConfigurationParameters naming(SoloRunListeners listeners) {
		return parameters(Map.of(listeners.parameter().getKey(), listeners.parameter().getValue()));
	}

	private static ConfigurationParameters parameters(Map<String, String> values) {
		return TestParameters.of(values);
	}
}
