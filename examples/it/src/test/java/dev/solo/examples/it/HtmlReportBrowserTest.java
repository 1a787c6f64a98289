package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.launcher.html.History;
import dev.solo.launcher.html.HtmlPage;
import dev.solo.launcher.html.ReportModel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * {@code report.html} as a person sees it: {@code solo run} on fixtures with failing, flaky and
 * skipped tests, its page opened from disk in Debian's Chromium (headless, driven by its
 * ChromeDriver; {@code .ci/run} installs both), the lanes, the failing test's bar, its output on a
 * click, the counts, and no error in the browser's console. The page of each is kept as a
 * screenshot under {@code target/html-report/}.
 */
@Tag("cli")
@Tag("browser")
class HtmlReportBrowserTest {
	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path ARTIFACTS = Path.of("target", "html-report").toAbsolutePath();
	private static final Pattern RUN_ID = Pattern.compile("HTML report of run ([0-9a-f-]{36})");

	@Test
	void aRunsReportShowsEveryJvmOnItsSlotAndTheFailingTestsOutputOnAClick() throws Exception {
		Path work = ItEnv.newWorkDir("html-report");
		HostRun run = solo("html-report-run", work, "run", "-j", "2", "--retries", "1", "-cp", fixtureClassPath(),
				"--select-class", "dev.solo.examples.misbehaving.OutcomesTest",
				"--select-class", "dev.solo.examples.misbehaving.FlakyTest", "--color", "never");
		assertEquals(100, run.exitCode(), run.describe());
		assertTrue(run.stderrText().contains("HTML report written to target/solo/default/report.html"), run.describe());
		Path report = work.resolve("target/solo/default/report.html");

		try (Browser browser = Browser.start(work.resolve("chromium-profile"))) {
			browser.open(report);
			WebDriver page = browser.driver;
			// The counts, as the summary line has them: 9 tests run: 7 passed (1 flaky), 2 failed, 2 skipped.
			assertEquals(List.of("11", "7", "2", "1", "2"), Stream.of("total", "passed", "failed", "flaky", "skipped")
					.map(id -> page.findElement(By.id("count-" + id)).getText()).toList());
			// One lane per slot: -j 2.
			List<String> lanes = page.findElements(By.cssSelector("#timeline svg text")).stream()
					.map(WebElement::getText).filter(text -> text.startsWith("slot ")).toList();
			assertEquals(List.of("slot 0", "slot 1"), lanes, "the timeline's lane labels");
			assertEquals(2, page.findElements(By.cssSelector("#failures tbody tr")).size(), "two tests failed");
			assertEquals(1, page.findElements(By.cssSelector("#flaky tbody tr")).size(), "one was flaky");

			// The failing test's first bar: where ECharts drew it, red, and a click there shows its output.
			Map<?, ?> bar = browser.barOf("failsWithMessage()", 0);
			assertEquals("rgb(207, 34, 46)", bar.get("fill"), "the failing test's bar is red: " + bar);
			WebElement timeline = page.findElement(By.id("timeline"));
			new Actions(page).moveToElement(timeline, offset(bar.get("x"), timeline.getSize().getWidth()),
					offset(bar.get("y"), timeline.getSize().getHeight())).click().perform();
			WebElement detail = page.findElement(By.id("detail"));
			assertTrue(detail.isDisplayed(), "the click opens the panel");
			assertTrue(page.findElement(By.id("detail-title")).getText().contains("OutcomesTest failsWithMessage()"),
					page.findElement(By.id("detail-title")).getText());
			assertTrue(page.findElement(By.id("detail-meta")).getText().startsWith("attempt 1 of 2 · failed"),
					page.findElement(By.id("detail-meta")).getText());
			assertTrue(page.findElement(By.id("detail-output")).getText().contains("TEST=OutcomesTest.failsWithMessage"),
					page.findElement(By.id("detail-output")).getText());
			assertTrue(page.findElement(By.id("detail-failure")).getText()
					.contains("deliberate failure: the answer was wrong"), page.findElement(By.id("detail-failure")).getText());

			// The text filter narrows the tables to what matches.
			page.findElement(By.id("filter-text")).sendKeys("FlakyTest");
			browser.waitFor("document.querySelectorAll('#failures tbody tr').length === 0");
			assertEquals("1 of 9 tests match", page.findElement(By.id("filter-count")).getText());
			browser.screenshot(ARTIFACTS.resolve("run-report.png"));
			browser.assertNoConsoleErrors();
		}

		// The same run from the store: solo report html, then a run id no run has.
		HostRun again = solo("html-report-recorded", work, "report", "html", "-o", "recorded.html");
		assertEquals(0, again.exitCode(), again.describe());
		Matcher id = RUN_ID.matcher(again.stderrText());
		assertTrue(id.find(), again.describe());
		assertTrue(Files.readString(work.resolve("recorded.html")).contains(id.group(1)));
		HostRun missing = solo("html-report-missing", work, "report", "html", "-R", "ffffffff");
		assertEquals(96, missing.exitCode(), missing.describe());
		assertTrue(missing.stderrText().contains("error: no recorded run has an id starting with 'ffffffff'"),
				missing.describe());
	}

	@Test
	void aFiveThousandTestRunsPageRendersInAFewSeconds() throws Exception {
		Path work = ItEnv.newWorkDir("html-report-5000");
		Path report = work.resolve("report.html");
		HtmlPage.write(fiveThousandTests(), History.NONE, report);
		assertTrue(Files.size(report) < 4_000_000, Files.size(report) + " bytes");

		try (Browser browser = Browser.start(work.resolve("chromium-profile"))) {
			long start = System.nanoTime();
			browser.open(report);
			Duration rendered = Duration.ofNanos(System.nanoTime() - start);
			assertTrue(rendered.compareTo(Duration.ofSeconds(5)) < 0, "rendered in " + rendered);
			assertEquals("5000", browser.driver.findElement(By.id("count-total")).getText());
			assertEquals(100, browser.driver.findElements(By.cssSelector("#failures tbody tr")).size());
			browser.screenshot(ARTIFACTS.resolve("5000-tests.png"));
			browser.assertNoConsoleErrors();
		}
	}

	/** An offset from the element's centre, where Selenium's moves start. */
	private static int offset(Object pixel, int size) {
		return (int) Math.round(((Number) pixel).doubleValue() - size / 2.0);
	}

	private static HostRun solo(String name, Path directory, String... args) {
		return Host.solo(name, List.of(args)).directory(directory)
				.env("SOLO_CACHE_DIR", directory.resolve("solo-cache").toString()).timeout(Duration.ofMinutes(4)).run();
	}

	/** The fixtures and JUnit, as a console-standalone user passes them; Solo is solo.jar's own. */
	private static String fixtureClassPath() {
		return Stream.concat(ItEnv.fixtureClasspath().stream().map(Path::toString)
				.filter(p -> !p.contains("solo-engine") && !p.contains("solo-launcher")), ItEnv.junitJars().stream())
				.collect(Collectors.joining(File.pathSeparator));
	}

	/** 5,000 tests on 8 lanes, one in 50 failing with a stack trace, each with a line of output. */
	private static ReportModel fiveThousandTests() {
		long[] laneEnd = new long[8];
		List<ReportModel.Test> tests = new ArrayList<>();
		String stack = "org.opentest4j.AssertionFailedError: expected: <42> but was: <41>\n"
				+ "\tat com.example.orders.OrderServiceTest.check(OrderServiceTest.java:42)\n".repeat(30);
		for (int i = 0; i < 5_000; i++) {
			int lane = i % laneEnd.length;
			long ms = 200 + (i * 7919L) % 3000;
			boolean fails = i % 50 == 7;
			String className = "com.example.orders.Service" + (i / 20) + "Test";
			ReportModel.Bar bar = new ReportModel.Bar(1, 1, fails ? "failed" : "passed", laneEnd[lane],
					laneEnd[lane] + ms, ms, lane, false, "PID=" + (10_000 + i) + " TEST=case" + i + "\n",
					fails ? Optional.of(stack) : Optional.empty(), OptionalLong.empty());
			laneEnd[lane] += ms + 30;
			tests.add(new ReportModel.Test("[engine:solo]/[class:" + className + "]/[method:case" + i + "()]", className,
					"case" + i + "()", Optional.empty(), fails ? "failed" : "passed", Optional.empty(), List.of(bar),
					new ReportModel.Results(fails ? 0 : 1, fails ? 1 : 0, 0, 0, 0)));
		}
		long end = Stream.of(laneEnd).flatMapToLong(java.util.Arrays::stream).max().orElse(0);
		return new ReportModel("5000-tests", "default", laneEnd.length, System.currentTimeMillis(), end, false, false,
				tests, new ReportModel.Counts(5_000, 5_000, 4_900, 100, 0, 0, 0, 0));
	}

	/** Headless Chromium with a fresh profile, its processes gone when closed. */
	private static final class Browser implements AutoCloseable {
		final WebDriver driver;
		private final Path profile;

		private Browser(WebDriver driver, Path profile) {
			this.driver = driver;
			this.profile = profile;
		}

		static Browser start(Path profile) throws IOException {
			assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
					"Debian's chromium and chromium-driver are needed (apt-get install chromium chromium-driver; .ci/run does)");
			Files.createDirectories(profile);
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1800",
					"--user-data-dir=" + profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder()
					.usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
			return new Browser(new ChromeDriver(service, options), profile);
		}

		void open(Path file) {
			driver.get(file.toUri().toString());
			waitFor("document.body.getAttribute('data-rendered') === 'true'");
		}

		void waitFor(String condition) {
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return " + condition))) {
				assertTrue(System.nanoTime() < deadline, "the page never got to " + condition);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
		}

		/**
		 * Where the timeline drew attempt {@code attempt} of the test named {@code name}, in pixels
		 * within the chart, and the colour the page shows there: read through ECharts' own API
		 * from the page's data, as a person reads the bar off the screen.
		 */
		Map<?, ?> barOf(String name, int attempt) {
			return (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
					const data = JSON.parse(document.getElementById('solo-data').textContent);
					const test = data.tests.find(t => t.name === arguments[0]);
					const a = test.attempts[arguments[1]];
					const node = document.getElementById('timeline');
					const [x, y] = echarts.getInstanceByDom(node).convertToPixel({ seriesIndex: 0 }, [(a.start + a.end) / 2, a.slot]);
					const box = node.getBoundingClientRect();
					const hit = document.elementFromPoint(box.left + x, box.top + y);
					return { x: x, y: y, fill: hit ? getComputedStyle(hit).fill : 'nothing there' };
					""", name, attempt);
		}

		void screenshot(Path file) throws IOException {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}

		void assertNoConsoleErrors() {
			List<String> errors = new ArrayList<>();
			for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
				if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
					errors.add(entry.getLevel() + " " + entry.getMessage());
				}
			}
			assertEquals(List.of(), errors, "the browser's console");
		}

		@Override
		public void close() throws Exception {
			driver.quit();
			// Chromium's processes are gone with the session: none is left holding the profile.
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (ProcessHandle.allProcesses().anyMatch(this::usesProfile)) {
				assertTrue(System.nanoTime() < deadline, "a Chromium process outlived the session");
				Thread.sleep(100);
			}
		}

		private boolean usesProfile(ProcessHandle process) {
			return process.info().commandLine().map(line -> line.contains("--user-data-dir=" + profile)).orElse(false);
		}
	}
}
