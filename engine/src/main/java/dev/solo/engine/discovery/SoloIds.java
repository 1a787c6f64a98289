package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;

/**
 * Translates between a delegate engine's unique ids ({@code [engine:junit-jupiter]/…}) and
 * Solo's ({@code [engine:solo]/[engine:junit-jupiter]/…}).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SoloIds {
	public static final String ENGINE_ID = "solo";

	private SoloIds() {
	}

	/** The segment type of a Maven module (a "binary" in nextest's words) under the Solo root, in the CLI. */
	public static final String MODULE_SEGMENT = "module";

	public static UniqueId toSolo(UniqueId delegate) {
		return toSolo(UniqueId.forEngine(ENGINE_ID), delegate);
	}

	/** {@code delegate} mirrored under {@code prefix}: the Solo root, or one of its modules. */
	public static UniqueId toSolo(UniqueId prefix, UniqueId delegate) {
		UniqueId id = prefix;
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
		int engine = 1;
		if (segments.get(1).getType().equals(MODULE_SEGMENT)) {
			engine = 2;
		}
		if (segments.size() <= engine || !segments.get(engine).getType().equals("engine")) {
			return Optional.empty();
		}
		UniqueId delegate = UniqueId.forEngine(segments.get(engine).getValue());
		for (UniqueId.Segment segment : segments.subList(engine + 1, segments.size())) {
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

	/** The module an id belongs to, in a CLI run over several: empty for an id with no module segment. */
	public static Optional<String> moduleOf(UniqueId id) {
		List<UniqueId.Segment> segments = id.getSegments();
		return segments.size() > 1 && segments.get(1).getType().equals(MODULE_SEGMENT)
				? Optional.of(segments.get(1).getValue())
				: Optional.empty();
	}

	public static boolean isSolo(UniqueId id) {
		return id.getEngineId().map(ENGINE_ID::equals).orElse(false);
	}
}
