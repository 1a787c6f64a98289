package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The frames exchanged between the parent and a child JVM over the child's private socket.
 * Each frame is {@code [type byte][payload length int][payload]}, so a reader can skip a
 * frame it does not understand and a torn frame is detected, never misread.
 */
@API(status = INTERNAL, since = "0.1")
public enum MessageType {
	// child -> parent
	HELLO,
	DYNAMIC_REGISTERED,
	STARTED,
	SKIPPED,
	FINISHED,
	REPORT_ENTRY,
	FILE_ENTRY,
	THREAD_DUMP,
	DONE,
	// parent -> child
	/** What to run; the child prepares (discovers) it at once. */
	RUN,
	/** Start the prepared test: children are launched ahead, and wait for this. */
	GO,
	DUMP_THREADS;

	private static final MessageType[] VALUES = values();

	public static MessageType of(int ordinal) {
		if (ordinal < 0 || ordinal >= VALUES.length) {
			throw new ProtocolException("unknown frame type " + ordinal);
		}
		return VALUES[ordinal];
	}
}
