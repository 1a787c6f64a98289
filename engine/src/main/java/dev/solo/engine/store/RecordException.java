package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A recorded run that cannot be used: no such run, an ambiguous prefix, a store that cannot be
 * read. Its message is one line, naming the run or the file.
 */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RecordException extends Exception {
	private static final long serialVersionUID = 1L;

	public RecordException(String message) {
		super(message);
	}

	public RecordException(String message, Throwable cause) {
		super(message, cause);
	}
}
