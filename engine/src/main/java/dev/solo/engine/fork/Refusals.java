package dev.solo.engine.fork;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Tells the host about connections the fork server refused: something on this machine tried to
 * speak for a test. One line each, never the token it sent; after {@link #PRINTED} lines they
 * are only counted, so a storm of them can neither flood the host's output nor slow the run.
 */
final class Refusals {
	static final int PRINTED = 10;

	private final Consumer<String> warnings;
	private final AtomicInteger count = new AtomicInteger();

	Refusals(Consumer<String> warnings) {
		this.warnings = warnings;
	}

	/** Numbering and printing at once, so the line that says further refusals are only counted is the last. */
	synchronized void refused(SocketAddress from, String reason) {
		int n = count.incrementAndGet();
		if (n <= PRINTED) {
			warnings.accept("solo: refused a connection to the test JVM server from " + describe(from) + ": " + reason
					+ (n == PRINTED ? " (further refusals are only counted)" : ""));
		}
	}

	int count() {
		return count.get();
	}

	/** The count of those not printed, once the server is closed. */
	void close() {
		int unprinted = count.get() - PRINTED;
		if (unprinted > 0) {
			warnings.accept("solo: refused " + unprinted + " more connections to the test JVM server");
		}
	}

	private static String describe(SocketAddress address) {
		if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
			return inet.getAddress().getHostAddress() + ":" + inet.getPort();
		}
		return String.valueOf(address);
	}
}
