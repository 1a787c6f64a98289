package dev.solo.engine.record;

import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;

/**
 * One attempt as the event log holds it: everything a reporter reads of it, the child's own
 * JUnit events included (they say which of a unit's tests passed). Each output stream is kept
 * up to {@link #OUTPUT_CAP} bytes, its head and tail, with the cut counted as the live run counts it.
 */
final class AttemptJson {
	/** Per stream: a test that prints more keeps its first and last 5 MB, and says how much was cut. */
	static final int OUTPUT_CAP = 10 * 1024 * 1024;

	private AttemptJson() {
	}

	static void write(JsonGenerator json, Attempt attempt) throws IOException {
		json.writeStartObject();
		json.writeNumberField("number", attempt.number());
		json.writeNumberField("total", attempt.totalAttempts());
		json.writeStringField("status", attempt.status().name());
		json.writeNumberField("duration-ns", attempt.duration().toNanos());
		if (attempt.failure().isPresent()) {
			json.writeFieldName("failure");
			ThrowableJson.write(json, attempt.failure().get());
		}
		writeOutput(json, "stdout", attempt.stdout());
		writeOutput(json, "stderr", attempt.stderr());
		if (attempt.threadDump().isPresent()) {
			json.writeStringField("thread-dump", attempt.threadDump().get());
		}
		if (!attempt.leakedProcesses().isEmpty()) {
			json.writeArrayFieldStart("leaked-processes");
			for (String process : attempt.leakedProcesses()) {
				json.writeString(process);
			}
			json.writeEndArray();
		}
		if (attempt.leaked()) {
			json.writeBooleanField("leaked", true);
		}
		json.writeNumberField("pid", attempt.pid());
		if (attempt.exitCode().isPresent()) {
			json.writeNumberField("exit-code", attempt.exitCode().get());
		}
		if (!attempt.slowReports().isEmpty()) {
			json.writeArrayFieldStart("slow-ns");
			for (Duration slow : attempt.slowReports()) {
				json.writeNumber(slow.toNanos());
			}
			json.writeEndArray();
		}
		StoredArtifacts.write(json, attempt.artifacts());
		MemoryJson.write(json, attempt.memory());
		json.writeArrayFieldStart("report");
		List<ChildReport.Entry> entries = attempt.report().entries();
		List<Long> arrivals = attempt.report().arrivals();
		for (int i = 0; i < entries.size(); i++) {
			// Offsets from the first entry: the time each test took is their difference.
			writeEntry(json, entries.get(i), i < arrivals.size() ? arrivals.get(i) - arrivals.get(0) : -1);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	static Attempt read(JsonNode node) {
		List<Duration> slow = new ArrayList<>();
		node.path("slow-ns").forEach(n -> slow.add(Duration.ofNanos(n.asLong())));
		List<String> leaked = new ArrayList<>();
		node.path("leaked-processes").forEach(n -> leaked.add(n.asText()));
		ChildReport report = new ChildReport();
		// A record without offsets (an older Solo's) reads as entries that took no time.
		node.path("report").forEach(entry -> report.add(readEntry(entry), entry.path("at-ns").asLong(0)));
		return new Attempt(node.path("number").asInt(1), node.path("total").asInt(1),
				AttemptStatus.valueOf(node.path("status").asText()), Duration.ofNanos(node.path("duration-ns").asLong()),
				Optional.ofNullable(node.get("failure")).map(ThrowableJson::read), report,
				readOutput(node.get("stdout")), readOutput(node.get("stderr")),
				Optional.ofNullable(node.get("thread-dump")).map(JsonNode::asText), leaked,
				node.path("leaked").asBoolean(false), node.path("pid").asLong(),
				node.has("exit-code") ? Optional.of(node.get("exit-code").asInt()) : Optional.empty(), slow,
				StoredArtifacts.read(node.path("artifacts")), MemoryJson.read(node));
	}

	private static void writeOutput(JsonGenerator json, String field, CapturedOutput output) throws IOException {
		if (output.isEmpty()) {
			return;
		}
		byte[] head = output.head();
		byte[] tail = output.tail();
		long dropped = output.droppedBytes();
		int half = OUTPUT_CAP / 2;
		if (head.length > half) {
			dropped += head.length - half;
			head = Arrays.copyOf(head, half);
		}
		if (tail.length > OUTPUT_CAP - half) {
			dropped += tail.length - (OUTPUT_CAP - half);
			tail = Arrays.copyOfRange(tail, tail.length - (OUTPUT_CAP - half), tail.length);
		}
		json.writeObjectFieldStart(field);
		writeBytes(json, "head", head);
		if (tail.length > 0) {
			writeBytes(json, "tail", tail);
		}
		if (dropped > 0) {
			json.writeNumberField("dropped", dropped);
		}
		json.writeEndObject();
	}

	/** UTF-8 text when it is that, so the log stays readable and compresses well; base64 otherwise. */
	private static void writeBytes(JsonGenerator json, String field, byte[] bytes) throws IOException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			json.writeStringField(field, text);
		}
		catch (CharacterCodingException binary) {
			json.writeStringField(field + "-base64", Base64.getEncoder().encodeToString(bytes));
		}
	}

	private static CapturedOutput readOutput(JsonNode node) {
		if (node == null) {
			return CapturedOutput.EMPTY;
		}
		return new CapturedOutput(readBytes(node, "head"), readBytes(node, "tail"), node.path("dropped").asLong(0));
	}

	private static byte[] readBytes(JsonNode node, String field) {
		if (node.has(field)) {
			return node.get(field).asText().getBytes(StandardCharsets.UTF_8);
		}
		if (node.has(field + "-base64")) {
			return Base64.getDecoder().decode(node.get(field + "-base64").asText());
		}
		return new byte[0];
	}

	private static void writeEntry(JsonGenerator json, ChildReport.Entry entry, long atNanos) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", entry.id().toString());
		if (atNanos >= 0) {
			json.writeNumberField("at-ns", atNanos);
		}
		if (entry instanceof ChildReport.Registered registered) {
			json.writeStringField("kind", "registered");
			json.writeStringField("parent", registered.parentId().toString());
			json.writeStringField("name", registered.displayName());
			json.writeStringField("legacy", registered.legacyName());
			json.writeStringField("type", registered.type().name());
			DescriptorJson.writeSource(json, Optional.ofNullable(registered.source()));
			json.writeArrayFieldStart("tags");
			for (String tag : registered.tags()) {
				json.writeString(tag);
			}
			json.writeEndArray();
		}
		else if (entry instanceof ChildReport.Started) {
			json.writeStringField("kind", "started");
		}
		else if (entry instanceof ChildReport.Skipped skipped) {
			json.writeStringField("kind", "skipped");
			json.writeStringField("reason", skipped.reason());
		}
		else if (entry instanceof ChildReport.Finished finished) {
			json.writeStringField("kind", "finished");
			json.writeStringField("status", finished.result().getStatus().name());
			if (finished.result().getThrowable().isPresent()) {
				json.writeFieldName("throwable");
				ThrowableJson.write(json, finished.result().getThrowable().get());
			}
		}
		else if (entry instanceof ChildReport.Published published) {
			json.writeStringField("kind", "published");
			json.writeObjectFieldStart("values");
			for (Map.Entry<String, String> value : published.values().entrySet()) {
				json.writeStringField(value.getKey(), value.getValue());
			}
			json.writeEndObject();
		}
		else if (entry instanceof ChildReport.FilePublished file) {
			json.writeStringField("kind", "file");
			json.writeStringField("path", file.path());
			json.writeStringField("media-type", file.mediaType());
		}
		json.writeEndObject();
	}

	private static ChildReport.Entry readEntry(JsonNode node) {
		UniqueId id = UniqueId.parse(node.path("id").asText());
		return switch (node.path("kind").asText()) {
			case "registered" -> {
				Set<String> tags = new LinkedHashSet<>();
				node.path("tags").forEach(tag -> tags.add(tag.asText()));
				yield new ChildReport.Registered(id, UniqueId.parse(node.path("parent").asText()),
						node.path("name").asText(), node.path("legacy").asText(),
						TestDescriptor.Type.valueOf(node.path("type").asText()),
						DescriptorJson.readSource(node.get("source")), tags);
			}
			case "started" -> new ChildReport.Started(id);
			case "skipped" -> new ChildReport.Skipped(id, node.path("reason").asText());
			case "finished" -> new ChildReport.Finished(id, result(node));
			case "published" -> {
				Map<String, String> values = new LinkedHashMap<>();
				node.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
				yield new ChildReport.Published(id, values);
			}
			case "file" -> new ChildReport.FilePublished(id, node.path("path").asText(),
					node.path("media-type").asText(null));
			default -> throw new IllegalArgumentException("unknown report entry '" + node.path("kind").asText() + "'");
		};
	}

	private static TestExecutionResult result(JsonNode node) {
		Throwable thrown = node.has("throwable") ? ThrowableJson.read(node.get("throwable")) : null;
		return switch (TestExecutionResult.Status.valueOf(node.path("status").asText())) {
			case SUCCESSFUL -> TestExecutionResult.successful();
			case ABORTED -> TestExecutionResult.aborted(thrown);
			case FAILED -> TestExecutionResult.failed(thrown);
		};
	}
}
