package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The peer sent something that is not a valid frame. */
@API(status = INTERNAL, since = "0.1")
public final class ProtocolException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ProtocolException(String message) {
		super(message);
	}
}
