package dev.solo.examples.suites.jupiter;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Jupiter classes reached only through a suite: their names are not ones Surefire picks up alone. */
@Suite
@IncludeEngines("junit-jupiter")
@SelectClasses({PlainChecks.class, ParameterizedChecks.class})
public class JupiterSuiteTest {
}
