package dev.solo.launcher;

/** nextest's exit codes, shared by every command (PRODUCT.md). */
final class ExitCodes {
	static final int OK = 0;
	static final int UNEXPECTED_ERROR = 1;
	static final int NO_TESTS_RUN = 4;
	static final int INVALID_FILTERSET = 94;
	static final int SETUP_ERROR = 96;
	static final int TEST_RUN_FAILED = 100;
	static final int TEST_LIST_CREATION_FAILED = 104;
	static final int INCOMPLETE_RUN = 106;
	/** A report (the JUnit XML) could not be written. */
	static final int WRITE_OUTPUT_ERROR = 110;

	private ExitCodes() {
	}
}
