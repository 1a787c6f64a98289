package dev.solo.engine.cancel;

import java.util.function.BooleanSupplier;

import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.ExecutionRequest;

/**
 * The host's cancellation request (Platform 6's {@link CancellationToken}). Kept in a class of
 * its own: on Platform 1.x the token type does not exist, and only this class fails to link.
 */
final class HostCancellation {
	private HostCancellation() {
	}

	static BooleanSupplier of(ExecutionRequest request) {
		try {
			CancellationToken token = request.getCancellationToken();
			return token::isCancellationRequested;
		}
		catch (LinkageError beforePlatform6) {
			return () -> false;
		}
	}
}
