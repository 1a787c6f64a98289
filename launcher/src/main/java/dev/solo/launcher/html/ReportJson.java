package dev.solo.launcher.html;

import dev.solo.launcher.html.ReportModel.Bar;
import dev.solo.launcher.html.ReportModel.Counts;
import dev.solo.launcher.html.ReportModel.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The page's data: the run as JSON, format {@value #FORMAT}. Tests in queue order, each with its
 * attempts ({@code slot}, {@code start} and {@code end} in ms from the run's start, {@code status},
 * {@code attempt}, {@code output}, {@code failure}), its JUnit tests' results ({@code junit}:
 * passed, failed, skipped, not run, flaky) and its history; class and module names once,
 * in tables the tests point into, so that a 5,000-test run's page stays small. Every {@code <}
 * is escaped, so the JSON can sit in a {@code <script>} element whatever the tests printed.
 */
final class ReportJson {
	static final int FORMAT = 1;
	private static final JsonFactory FACTORY = new JsonFactory();

	private ReportJson() {
	}

	static String of(ReportModel model, History history) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = FACTORY.createGenerator(text)) {
			write(json, model, history);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot write to a string", e);
		}
		return text.toString().replace("<", "\\u003c");
	}

	private static void write(JsonGenerator json, ReportModel model, History history) throws IOException {
		Map<String, Integer> classes = new LinkedHashMap<>();
		Map<String, Integer> modules = new LinkedHashMap<>();
		for (Test test : model.tests()) {
			classes.putIfAbsent(test.className(), classes.size());
			test.module().ifPresent(module -> modules.putIfAbsent(module, modules.size()));
		}
		json.writeStartObject();
		json.writeNumberField("format", FORMAT);
		json.writeObjectFieldStart("run");
		json.writeStringField("id", model.runId());
		json.writeStringField("profile", model.profile());
		json.writeNumberField("threads", model.testThreads());
		json.writeNumberField("lanes", model.lanes());
		json.writeNumberField("started", model.startedEpochMs());
		json.writeNumberField("elapsed", model.elapsedMs());
		json.writeBooleanField("cancelled", model.cancelled());
		json.writeBooleanField("estimated", model.timesEstimated());
		json.writeEndObject();
		writeCounts(json, model.counts());
		writeNames(json, "classes", classes);
		writeNames(json, "modules", modules);
		json.writeArrayFieldStart("tests");
		for (Test test : model.tests()) {
			json.writeStartObject();
			json.writeStringField("name", test.name());
			json.writeNumberField("class", classes.get(test.className()));
			if (test.module().isPresent()) {
				json.writeNumberField("module", modules.get(test.module().get()));
			}
			json.writeStringField("status", test.status());
			if (test.reason().isPresent()) {
				json.writeStringField("reason", test.reason().get());
			}
			ReportModel.Results results = test.results();
			json.writeArrayFieldStart("junit");
			for (int count : new int[] { results.passed(), results.failed(), results.skipped(), results.notRun(),
					results.flaky() }) {
				json.writeNumber(count);
			}
			json.writeEndArray();
			String past = history.results().get(test.id());
			if (past != null) {
				json.writeStringField("history", past);
			}
			json.writeArrayFieldStart("attempts");
			for (Bar bar : test.attempts()) {
				writeBar(json, bar);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("history");
		for (History.Run run : history.runs()) {
			json.writeStartObject();
			json.writeStringField("id", run.id());
			json.writeNumberField("started", run.started().toEpochMilli());
			json.writeStringField("status", run.status());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void writeBar(JsonGenerator json, Bar bar) throws IOException {
		json.writeStartObject();
		json.writeNumberField("attempt", bar.number());
		json.writeNumberField("of", bar.total());
		json.writeStringField("status", bar.status());
		json.writeNumberField("slot", bar.lane());
		json.writeNumberField("start", bar.startMs());
		json.writeNumberField("end", bar.endMs());
		json.writeNumberField("ms", bar.durationMs());
		if (bar.slow()) {
			json.writeBooleanField("slow", true);
		}
		if (!bar.output().isEmpty()) {
			json.writeStringField("output", bar.output());
		}
		if (bar.failure().isPresent()) {
			json.writeStringField("failure", bar.failure().get());
		}
		if (bar.peakMemoryBytes().isPresent()) {
			json.writeNumberField("memory", bar.peakMemoryBytes().getAsLong());
		}
		json.writeEndObject();
	}

	private static void writeCounts(JsonGenerator json, Counts counts) throws IOException {
		json.writeObjectFieldStart("counts");
		json.writeNumberField("total", counts.total());
		json.writeNumberField("ran", counts.ran());
		json.writeNumberField("passed", counts.passed());
		json.writeNumberField("failed", counts.failed());
		json.writeNumberField("flaky", counts.flaky());
		json.writeNumberField("skipped", counts.skipped());
		json.writeNumberField("notRun", counts.notRun());
		json.writeNumberField("timedOut", counts.timedOut());
		json.writeEndObject();
	}

	private static void writeNames(JsonGenerator json, String field, Map<String, Integer> names) throws IOException {
		json.writeArrayFieldStart(field);
		for (String name : names.keySet()) {
			json.writeString(name);
		}
		json.writeEndArray();
	}
}
