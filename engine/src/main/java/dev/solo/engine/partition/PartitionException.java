package dev.solo.engine.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A partition that cannot be used; its message names the spec or the variable and what is wrong. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class PartitionException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	PartitionException(String message) {
		super(message);
	}

	PartitionException(String message, Throwable cause) {
		super(message, cause);
	}
}
