package dev.solo.engine.partition;

/** A partition that cannot be used; its message names the spec or the variable and what is wrong. */
public final class PartitionException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	PartitionException(String message) {
		super(message);
	}

	PartitionException(String message, Throwable cause) {
		super(message, cause);
	}
}
