package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Stands in for an exception from a child JVM that could not be recreated in the parent.
 * It prints as the original would: its type name, message and stack.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RemoteException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final String originalType;

	public RemoteException(String originalType, String message, Throwable cause) {
		super(message, cause, true, true);
		this.originalType = originalType;
	}

	/** The fully qualified class name of the exception thrown in the child. */
	public String originalType() {
		return originalType;
	}

	@Override
	public String toString() {
		String message = getLocalizedMessage();
		return message == null ? originalType : originalType + ": " + message;
	}
}
