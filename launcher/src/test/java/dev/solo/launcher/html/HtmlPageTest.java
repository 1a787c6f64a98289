package dev.solo.launcher.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.html.ReportModel.Bar;
import dev.solo.launcher.html.ReportModel.Counts;
import dev.solo.launcher.html.ReportModel.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.io.TempDir;

/** The page as a file: one, self-contained, its data the run's JSON, small for a large run. */
class HtmlPageTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern DATA = Pattern.compile(
			"<script type=\"application/json\" id=\"solo-data\">(.*?)</script>", Pattern.DOTALL);

	@TempDir
	Path dir;

	@org.junit.jupiter.api.Test
	void theDataIsTheRunsJsonWhateverTheTestsPrinted() throws IOException {
		Bar failed = new Bar(1, 2, "failed", 10, 300, 290, 1, true, "</script><script>alert(1)</script>\n",
				Optional.of("java.lang.AssertionError: <b>no</b>\n\tat com.example.A.b(A.java:3)\n"), OptionalLong.empty());
		Bar retried = new Bar(2, 2, "passed", 310, 400, 90, 0, false, "", Optional.empty(), OptionalLong.of(64L << 20));
		ReportModel model = new ReportModel("run-1", "ci", 2, 1_000, 400, false, false, List.of(
				new Test("[engine:solo]/[module:core]/[class:com.example.A]/[method:b()]", "com.example.A", "b()",
						Optional.of("core"), "flaky", Optional.empty(), List.of(failed, retried),
						new ReportModel.Results(1, 0, 0, 0, 1)),
				new Test("[engine:solo]/[class:com.example.B]/[method:c()]", "com.example.B", "c()", Optional.empty(),
						"skipped", Optional.of("@Disabled"), List.of(), new ReportModel.Results(0, 0, 1, 0, 0))),
				new Counts(2, 1, 1, 0, 1, 1, 0, 0));
		History history = new History(List.of(new History.Run("r0", Instant.ofEpochMilli(5), "completed")),
				Map.of("[engine:solo]/[module:core]/[class:com.example.A]/[method:b()]", "f250"));
		Path file = dir.resolve("target/solo/ci/report.html");

		HtmlPage.write(model, history, file);

		String page = Files.readString(file, StandardCharsets.UTF_8);
		assertFalse(page.contains("<script>alert(1)"), "a test's output must not end the data's script element");
		assertFalse(page.contains("<script src"), "the page loads nothing");
		assertFalse(page.contains("/*SOLO_"), "every placeholder is filled");
		assertTrue(page.contains("echarts"), "ECharts is inlined");
		Matcher data = DATA.matcher(page);
		assertTrue(data.find());
		JsonNode json = JSON.readTree(data.group(1));
		assertEquals(1, json.get("format").asInt());
		assertEquals(2, json.get("run").get("lanes").asInt());
		assertEquals(List.of("com.example.A", "com.example.B"), texts(json.get("classes")));
		assertEquals(List.of("core"), texts(json.get("modules")));
		JsonNode first = json.get("tests").get(0);
		assertEquals("b()", first.get("name").asText());
		assertEquals(0, first.get("module").asInt());
		assertEquals("f250", first.get("history").asText());
		assertEquals("[1,0,0,0,1]", first.get("junit").toString());
		JsonNode attempt = first.get("attempts").get(0);
		assertEquals(List.of(1, 2, 1, 10, 300, 290), List.of(attempt.get("attempt").asInt(), attempt.get("of").asInt(),
				attempt.get("slot").asInt(), attempt.get("start").asInt(), attempt.get("end").asInt(), attempt.get("ms").asInt()));
		assertEquals("failed", attempt.get("status").asText());
		assertTrue(attempt.get("slow").asBoolean());
		assertEquals(failed.output(), attempt.get("output").asText());
		assertEquals(failed.failure().get(), attempt.get("failure").asText());
		assertFalse(attempt.has("memory"));
		assertEquals(64L << 20, first.get("attempts").get(1).get("memory").asLong());
		JsonNode skipped = json.get("tests").get(1);
		assertFalse(skipped.has("module"));
		assertEquals("@Disabled", skipped.get("reason").asText());
		assertEquals("r0", json.get("history").get(0).get("id").asText());
		try (var left = Files.list(file.getParent())) {
			assertEquals(List.of(file), left.toList(), "no partial file is left");
		}
	}

	@org.junit.jupiter.api.Test
	void aFiveThousandTestRunsPageStaysSmall() {
		ReportModel model = Synthetic.run(5_000, 8);
		String page = HtmlPage.render(model, History.NONE);
		int bytes = page.getBytes(StandardCharsets.UTF_8).length;
		assertTrue(bytes < 3_500_000, bytes + " bytes");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}
}
