package dev.solo.examples.misbehaving;

import org.junit.runner.Description;
import org.junit.runner.RunWith;
import org.junit.runner.Runner;
import org.junit.runner.notification.RunNotifier;

/**
 * A JUnit 4 class whose runner extends {@link Runner} directly: it is not {@code Filterable},
 * so JUnit can only run both of its tests together. Under Solo the class is one unit in one
 * JVM, each test runs exactly once, and none runs in the host.
 */
@RunWith(UnfilterableRunnerTest.TwoTestRunner.class)
public class UnfilterableRunnerTest {

    public static final class TwoTestRunner extends Runner {
        private final Description suite;
        private final Description one;
        private final Description two;

        public TwoTestRunner(Class<?> testClass) {
            suite = Description.createSuiteDescription(testClass);
            one = Description.createTestDescription(testClass, "one");
            two = Description.createTestDescription(testClass, "two");
            suite.addChild(one);
            suite.addChild(two);
        }

        @Override
        public Description getDescription() {
            return suite;
        }

        @Override
        public void run(RunNotifier notifier) {
            for (Description test : suite.getChildren()) {
                notifier.fireTestStarted(test);
                Pids.record("UnfilterableRunnerTest." + test.getMethodName());
                notifier.fireTestFinished(test);
            }
        }
    }
}
