package dev.solo.launcher.store;

import dev.solo.launcher.ExitCodes;

import java.io.IOException;

/** How the store commands fail: one line on stderr, and nextest's setup error. */
final class StoreErrors {
	private StoreErrors() {
	}

	/** A run that cannot be named ({@code RecordException}'s message names it). */
	static int error(String message) {
		System.err.println("error: " + message);
		return ExitCodes.SETUP_ERROR;
	}

	static int unreadable(IOException e) {
		return error("cannot read the recorded runs: " + e.getMessage());
	}
}
