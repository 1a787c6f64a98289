package dev.solo.examples.it.support;

/** One {@code <testcase>} of a JUnit XML report (console launcher legacy format or Surefire). */
public record TestCaseResult(
        String className,
        String name,
        Status status,
        String failureType,
        String message,
        String details,
        String systemOut,
        String systemErr,
        /** The report's {@code time} attribute in seconds; NaN when it has none. */
        double time,
        /** Every {@code <system-out>}: the console launcher's report entries (Solo's LEAK) are in a second one. */
        String allSystemOut) {

    public enum Status { PASSED, FAILED, SKIPPED }

    /** {@code name} without a trailing {@code ()}: Surefire and the console launcher differ there. */
    public String bareName() {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Message, type and stack trace together, for "contains" checks. */
    public String everything() {
        return String.join("\n", nz(failureType), nz(message), nz(details));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        String text = className + "#" + name + " " + status;
        if (status != Status.PASSED && message != null) {
            String shortMessage = message.length() > 300 ? message.substring(0, 300) + "…" : message;
            text += " (" + nz(failureType) + ": " + shortMessage + ")";
        }
        return text;
    }
}
