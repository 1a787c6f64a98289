package dev.solo.engine.record;

import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.ScriptOutcome;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/** A setup or teardown script's events in the run's event log: {@code script-started}, {@code script-finished}. */
final class ScriptJson {
	static final String STARTED = "script-started";
	static final String FINISHED = "script-finished";

	private ScriptJson() {
	}

	static void write(JsonGenerator json, RunEvent.ScriptStarted started) throws IOException {
		json.writeStringField("type", STARTED);
		json.writeStringField("name", started.name());
		json.writeStringField("kind", started.kind());
		strings(json, "command", started.command());
	}

	static void write(JsonGenerator json, ScriptOutcome outcome) throws IOException {
		json.writeStringField("type", FINISHED);
		json.writeStringField("name", outcome.name());
		json.writeStringField("kind", outcome.kind());
		strings(json, "command", outcome.command());
		json.writeStringField("status", outcome.status().name());
		json.writeNumberField("duration-ns", outcome.duration().toNanos());
		if (outcome.exitCode().isPresent()) {
			json.writeNumberField("exit-code", outcome.exitCode().get());
		}
		json.writeStringField("message", outcome.message());
		json.writeStringField("stdout", outcome.stdout().text());
		json.writeStringField("stderr", outcome.stderr().text());
		strings(json, "exported", outcome.exported());
		strings(json, "left-running", outcome.leftRunning());
		json.writeBooleanField("junit-output", outcome.junitOutput());
	}

	static RunEvent.ScriptStarted readStarted(JsonNode line) {
		return new RunEvent.ScriptStarted(line.path("name").asText(), line.path("kind").asText(),
				strings(line.path("command")));
	}

	static RunEvent.ScriptFinished readFinished(JsonNode line) throws IOException {
		ScriptOutcome.Status status;
		try {
			status = ScriptOutcome.Status.valueOf(line.path("status").asText());
		}
		catch (IllegalArgumentException e) {
			throw new IOException("unknown script status '" + line.path("status").asText() + "'");
		}
		Optional<Integer> exitCode = line.has("exit-code") ? Optional.of(line.path("exit-code").asInt())
				: Optional.empty();
		return new RunEvent.ScriptFinished(new ScriptOutcome(line.path("name").asText(), line.path("kind").asText(),
				strings(line.path("command")), status, Duration.ofNanos(line.path("duration-ns").asLong()), exitCode,
				line.path("message").asText(), output(line.path("stdout")), output(line.path("stderr")),
				strings(line.path("exported")), strings(line.path("left-running")),
				line.path("junit-output").asBoolean(status.failed())));
	}

	private static CapturedOutput output(JsonNode text) {
		String value = text.asText("");
		return value.isEmpty() ? CapturedOutput.EMPTY
				: new CapturedOutput(value.getBytes(Charset.defaultCharset()), new byte[0], 0);
	}

	private static void strings(JsonGenerator json, String field, List<String> items) throws IOException {
		json.writeArrayFieldStart(field);
		for (String item : items) {
			json.writeString(item);
		}
		json.writeEndArray();
	}

	private static List<String> strings(JsonNode array) {
		List<String> items = new ArrayList<>();
		array.forEach(item -> items.add(item.asText()));
		return items;
	}
}
