package dev.solo.engine.record;

import dev.solo.engine.protocol.RemoteException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An exception as the event log holds it: its type, message, every stack frame with its
 * loader and module (so a replayed trace prints as the original did, {@code app//} included),
 * its causes and suppressed exceptions. Read back as {@link RemoteException}, which prints
 * under the original type's name.
 */
final class ThrowableJson {
	private static final int MAX_DEPTH = 16;

	private ThrowableJson() {
	}

	static void write(JsonGenerator json, Throwable throwable) throws IOException {
		write(json, throwable, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static void write(JsonGenerator json, Throwable throwable, int depth, Set<Throwable> seen)
			throws IOException {
		seen.add(throwable);
		json.writeStartObject();
		json.writeStringField("type", throwable instanceof RemoteException remote ? remote.originalType()
				: throwable.getClass().getName());
		if (throwable.getMessage() != null) {
			json.writeStringField("message", throwable.getMessage());
		}
		json.writeArrayFieldStart("stack");
		for (StackTraceElement frame : throwable.getStackTrace()) {
			// The JVM leaves built-in loaders' names and the JDK's module versions out of a frame's
			// text; a frame made from parts would print them. Keep only what the original printed.
			String printed = frame.toString();
			json.writeStartArray();
			json.writeString(frame.getClassLoaderName() != null && printed.startsWith(frame.getClassLoaderName() + "/")
					? frame.getClassLoaderName() : null);
			json.writeString(frame.getModuleName());
			json.writeString(frame.getModuleVersion() != null
					&& printed.contains(frame.getModuleName() + "@" + frame.getModuleVersion()) ? frame.getModuleVersion() : null);
			json.writeString(frame.getClassName());
			json.writeString(frame.getMethodName());
			json.writeString(frame.getFileName());
			json.writeNumber(frame.getLineNumber());
			json.writeEndArray();
		}
		json.writeEndArray();
		Throwable cause = throwable.getCause();
		if (cause != null && depth < MAX_DEPTH && !seen.contains(cause)) {
			json.writeFieldName("cause");
			write(json, cause, depth + 1, seen);
		}
		Throwable[] suppressed = throwable.getSuppressed();
		if (suppressed.length > 0 && depth < MAX_DEPTH) {
			json.writeArrayFieldStart("suppressed");
			for (Throwable each : suppressed) {
				if (!seen.contains(each)) {
					write(json, each, depth + 1, seen);
				}
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	static Throwable read(JsonNode node) {
		Throwable cause = node.hasNonNull("cause") ? read(node.get("cause")) : null;
		RemoteException throwable = new RemoteException(node.path("type").asText("java.lang.Throwable"),
				node.hasNonNull("message") ? node.get("message").asText() : null, cause);
		List<StackTraceElement> frames = new ArrayList<>();
		for (JsonNode frame : node.path("stack")) {
			frames.add(new StackTraceElement(text(frame.get(0)), text(frame.get(1)), text(frame.get(2)),
					frame.path(3).asText(), frame.path(4).asText(), text(frame.get(5)), frame.path(6).asInt(-1)));
		}
		throwable.setStackTrace(frames.toArray(StackTraceElement[]::new));
		for (JsonNode each : node.path("suppressed")) {
			throwable.addSuppressed(read(each));
		}
		return throwable;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asText();
	}
}
