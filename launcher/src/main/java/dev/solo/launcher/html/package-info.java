/**
 * {@code report.html}: one run, or any recorded run, as one self-contained page: the timeline of
 * every test JVM on its slot, the failures, flaky, slow and skipped tests, per-class totals and
 * each test's history from the store. The page's data is the run's JSON; ECharts, vendored
 * at build time, draws it.
 */
package dev.solo.launcher.html;
