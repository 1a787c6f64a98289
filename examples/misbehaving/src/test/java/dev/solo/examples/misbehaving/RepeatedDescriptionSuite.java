package dev.solo.examples.misbehaving;

import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestSuite;

/**
 * A JUnit 3 {@code suite()} whose nested suites hold the same test twice, as generated suites
 * do: both tests have one description, so JUnit cannot run one without the other. Under Solo
 * the suite is one unit in one JVM and each of its three tests runs exactly once.
 */
public class RepeatedDescriptionSuite {

    public static Test suite() {
        TestSuite all = new TestSuite("RepeatedDescriptionSuite");
        TestSuite first = new TestSuite("first");
        first.addTest(new Case("testShared"));
        first.addTest(new Case("testOwn"));
        TestSuite second = new TestSuite("second");
        second.addTest(new Case("testShared"));
        all.addTest(first);
        all.addTest(second);
        return all;
    }

    public static final class Case extends TestCase {
        public Case(String name) {
            super(name);
        }

        public void testShared() {
            Pids.record("RepeatedDescriptionSuite.testShared");
        }

        public void testOwn() {
            Pids.record("RepeatedDescriptionSuite.testOwn");
        }
    }
}
