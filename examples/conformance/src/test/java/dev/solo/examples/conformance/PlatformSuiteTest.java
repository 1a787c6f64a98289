package dev.solo.examples.conformance;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The Suite engine selecting a Jupiter class and a JUnit 4 class: both engines reached through it. */
@Suite
@SelectClasses({SuiteMemberTest.class, VintagePlainTest.class})
class PlatformSuiteTest {
}
