package dev.solo.launcher.merge;

/** A report that cannot be read, or is not JUnit XML; the message names the file and, where known, the place. */
final class ReportException extends Exception {
	private static final long serialVersionUID = 1L;

	ReportException(String message) {
		super(message);
	}
}
