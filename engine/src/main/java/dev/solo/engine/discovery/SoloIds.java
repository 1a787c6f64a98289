package dev.solo.engine.discovery;

import java.util.List;
import java.util.Optional;

import org.junit.platform.engine.UniqueId;

/**
 * Translates between a delegate engine's unique ids ({@code [engine:junit-jupiter]/…}) and
 * Solo's ({@code [engine:solo]/[engine:junit-jupiter]/…}).
 */
public final class SoloIds {
	public static final String ENGINE_ID = "solo";

	private SoloIds() {
	}

	public static UniqueId toSolo(UniqueId delegate) {
		UniqueId id = UniqueId.forEngine(ENGINE_ID);
		for (UniqueId.Segment segment : delegate.getSegments()) {
			id = id.append(segment);
		}
		return id;
	}

	/** The delegate id inside a Solo id, or empty for {@code [engine:solo]} itself or a foreign id. */
	public static Optional<UniqueId> toDelegate(UniqueId id) {
		List<UniqueId.Segment> segments = id.getSegments();
		if (segments.size() < 2 || !segments.get(0).getValue().equals(ENGINE_ID)
				|| !segments.get(0).getType().equals("engine")) {
			return Optional.empty();
		}
		UniqueId delegate = UniqueId.forEngine(segments.get(1).getValue());
		for (UniqueId.Segment segment : segments.subList(2, segments.size())) {
			delegate = delegate.append(segment);
		}
		return Optional.of(delegate);
	}

	/** The innermost engine of an id: under the suite engine, the engine the suite delegates to. */
	public static String owningEngine(UniqueId id) {
		String engine = "";
		for (UniqueId.Segment segment : id.getSegments()) {
			if (segment.getType().equals("engine")) {
				engine = segment.getValue();
			}
		}
		return engine;
	}

	public static boolean isSolo(UniqueId id) {
		return id.getEngineId().map(ENGINE_ID::equals).orElse(false);
	}
}
