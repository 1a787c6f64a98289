package dev.solo.engine.store;

import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link RunSummary} as {@code run.json} and the index write it: kebab-case keys, instants as
 * ISO-8601 text, durations in milliseconds, an empty {@code Optional} as an absent key. Keys it
 * does not know are ignored, so an older Solo reads what a newer one adds.
 */
final class SummaryJson {
	static final int FORMAT_VERSION = 1;

	private SummaryJson() {
	}

	static ObjectNode write(RunSummary run) {
		ObjectNode node = JsonTrees.NODES.objectNode();
		node.put("run-id", run.runId().toString());
		run.rerunOf().ifPresent(of -> node.put("rerun-of", of.toString()));
		node.put("solo-version", run.soloVersion());
		node.put("host", run.host());
		ArrayNode command = node.putArray("command");
		run.command().forEach(command::add);
		ObjectNode environment = node.putObject("environment");
		new TreeMap<>(run.environment()).forEach(environment::put);
		node.put("profile", run.profile());
		node.put("started", run.started().toString());
		node.put("last-written", run.lastWritten().toString());
		node.put("status", run.status().name().toLowerCase(Locale.ROOT));
		run.exitCode().ifPresent(code -> node.put("exit-code", code));
		run.duration().ifPresent(duration -> node.put("duration-ms", duration.toMillis()));
		ObjectNode counts = node.putObject("counts");
		counts.put("passed", run.counts().passed());
		counts.put("failed", run.counts().failed());
		counts.put("flaky", run.counts().flaky());
		counts.put("skipped", run.counts().skipped());
		counts.put("not-run", run.counts().notRun());
		counts.put("leaky", run.counts().leaky());
		node.put("compressed-bytes", run.compressedBytes());
		node.put("uncompressed-bytes", run.uncompressedBytes());
		run.partition().ifPresent(partition -> node.put("partition", partition));
		return node;
	}

	/** The summary {@code node} holds; an {@code IOException} naming the key where it is not one. */
	static RunSummary read(JsonNode node) throws IOException {
		if (node == null || !node.isObject()) {
			throw new IOException("expected an object, found " + (node == null ? "nothing" : node.getNodeType()));
		}
		JsonNode counts = required(node, "counts");
		return new RunSummary(
				uuid(node, "run-id"),
				node.has("rerun-of") ? Optional.of(uuid(node, "rerun-of")) : Optional.empty(),
				text(node, "solo-version"),
				text(node, "host"),
				strings(node, "command"),
				environment(node),
				text(node, "profile"),
				instant(node, "started"),
				instant(node, "last-written"),
				status(node),
				node.has("exit-code") ? Optional.of(number(node, "exit-code").intValue()) : Optional.empty(),
				node.has("duration-ms") ? Optional.of(Duration.ofMillis(number(node, "duration-ms").longValue()))
						: Optional.empty(),
				new TestCounts(number(counts, "passed").intValue(), number(counts, "failed").intValue(),
						number(counts, "flaky").intValue(), number(counts, "skipped").intValue(),
						number(counts, "not-run").intValue(),
						// Runs recorded before leaks were counted have no count of them.
						counts.has("leaky") ? number(counts, "leaky").intValue() : 0),
				number(node, "compressed-bytes").longValue(),
				number(node, "uncompressed-bytes").longValue(),
				node.has("partition") ? Optional.of(text(node, "partition")) : Optional.empty());
	}

	/** A file's format version: 0 where it names none, which no reader accepts. */
	static int formatVersion(JsonNode file) {
		JsonNode version = file.get("format-version");
		return version != null && version.canConvertToInt() ? version.intValue() : 0;
	}

	private static JsonNode required(JsonNode node, String key) throws IOException {
		JsonNode value = node.get(key);
		if (value == null || value.isNull()) {
			throw new IOException("missing " + key);
		}
		return value;
	}

	private static String text(JsonNode node, String key) throws IOException {
		JsonNode value = required(node, key);
		if (!value.isTextual()) {
			throw new IOException(key + ": expected a string, found " + value);
		}
		return value.textValue();
	}

	private static Number number(JsonNode node, String key) throws IOException {
		JsonNode value = required(node, key);
		if (!value.isIntegralNumber()) {
			throw new IOException(key + ": expected a whole number, found " + value);
		}
		return value.numberValue();
	}

	private static UUID uuid(JsonNode node, String key) throws IOException {
		String text = text(node, key);
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new IOException(key + ": not a run id: " + text);
		}
	}

	private static Instant instant(JsonNode node, String key) throws IOException {
		String text = text(node, key);
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IOException(key + ": not an ISO-8601 instant: " + text);
		}
	}

	private static RunStatus status(JsonNode node) throws IOException {
		String text = text(node, "status");
		try {
			return RunStatus.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IOException("status: unknown status " + text);
		}
	}

	private static List<String> strings(JsonNode node, String key) throws IOException {
		JsonNode value = required(node, key);
		if (!value.isArray()) {
			throw new IOException(key + ": expected an array, found " + value);
		}
		List<String> strings = new ArrayList<>();
		for (JsonNode element : value) {
			if (!element.isTextual()) {
				throw new IOException(key + ": expected strings, found " + element);
			}
			strings.add(element.textValue());
		}
		return strings;
	}

	private static Map<String, String> environment(JsonNode node) throws IOException {
		JsonNode value = required(node, "environment");
		if (!value.isObject()) {
			throw new IOException("environment: expected an object, found " + value);
		}
		Map<String, String> environment = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isTextual()) {
				throw new IOException("environment: " + entry.getKey() + ": expected a string");
			}
			environment.put(entry.getKey(), entry.getValue().textValue());
		}
		return environment;
	}
}
