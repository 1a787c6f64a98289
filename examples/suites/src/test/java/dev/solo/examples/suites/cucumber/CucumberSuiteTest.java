package dev.solo.examples.suites.cucumber;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.SelectFile;
import org.junit.platform.suite.api.Suite;

/**
 * Cucumber the way Maven projects run it: a suite class Surefire finds by name, whose features
 * are no Java methods. One feature by class-path resource, the other by file, so both kinds of
 * source Cucumber gives a scenario are in the run (the file is relative to the project, which
 * is where Surefire and the integration tests start the JVM).
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features/belly.feature")
@SelectFile("src/test/resources/features/basket.feature")
public class CucumberSuiteTest {
}
