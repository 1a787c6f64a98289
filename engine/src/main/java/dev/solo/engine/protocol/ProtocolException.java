package dev.solo.engine.protocol;

/** The peer sent something that is not a valid frame. */
public final class ProtocolException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ProtocolException(String message) {
		super(message);
	}
}
