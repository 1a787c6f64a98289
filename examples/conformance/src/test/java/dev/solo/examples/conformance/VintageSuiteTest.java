package dev.solo.examples.conformance;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/** JUnit 4's {@code Suite}: its members' tests again, under the suite. */
@RunWith(Suite.class)
@Suite.SuiteClasses({VintagePlainTest.class, VintageTheoriesTest.class})
public class VintageSuiteTest {
}
