package dev.solo.examples.suites.steps;

/** Whether the run asked for the one failing scenario and test (environment, so Solo's child JVMs see it too). */
public final class Failure {
    private Failure() {
    }

    public static boolean wanted() {
        return "1".equals(System.getenv("SUITES_FAIL"));
    }
}
