package dev.solo.examples.suites.direct;

import io.cucumber.junit.platform.engine.Cucumber;

/**
 * Cucumber without a suite: the engine takes this class's package as the place of its features
 * (direct.feature beside it) when Surefire hands it the class.
 */
@Cucumber
public class RunCucumberTest {
}
