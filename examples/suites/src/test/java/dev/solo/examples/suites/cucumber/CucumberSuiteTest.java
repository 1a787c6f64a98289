package dev.solo.examples.suites.cucumber;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Cucumber the way Maven projects run it: a suite class Surefire finds by name, whose features
 * are no Java methods: the package of class-path resources src/test/resources/features. Not
 * by file: a relative file is read from the discovering JVM's directory, which is the module
 * under Surefire but the directory it was started in under `solo run`.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
public class CucumberSuiteTest {
}
