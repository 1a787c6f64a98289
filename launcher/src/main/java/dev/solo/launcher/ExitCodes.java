package dev.solo.launcher;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** nextest's exit codes, shared by every command (PRODUCT.md). */
@API(status = INTERNAL, since = "0.1")
public final class ExitCodes {
	public static final int OK = 0;
	public static final int UNEXPECTED_ERROR = 1;
	public static final int NO_TESTS_RUN = 4;
	/** A rerun ({@code -R}) passed, but tests it left out are still outstanding: advisory, as nextest's. */
	public static final int RERUN_TESTS_OUTSTANDING = 5;
	public static final int INVALID_FILTERSET = 94;
	public static final int SETUP_ERROR = 96;
	public static final int TEST_RUN_FAILED = 100;
	/** {@code solo archive} could not write its archive. */
	public static final int ARCHIVE_CREATION_FAILED = 103;
	public static final int TEST_LIST_CREATION_FAILED = 104;
	/** A setup script ({@code [scripts.setup.NAME]}) failed or timed out: nextest's {@code SETUP_SCRIPT_FAILED}. */
	public static final int SETUP_SCRIPT_FAILED = 105;
	public static final int INCOMPLETE_RUN = 106;
	/** A report (the JUnit XML) could not be written. */
	public static final int WRITE_OUTPUT_ERROR = 110;

	private ExitCodes() {
	}
}
