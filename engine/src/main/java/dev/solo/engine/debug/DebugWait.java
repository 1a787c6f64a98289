package dev.solo.engine.debug;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One test JVM's wait for a debugger, as the host's console shows it: the JVM's own
 * {@code Listening for transport dt_socket at address: N} line on the host's standard output as
 * soon as the JVM prints it (IntelliJ turns it into an attach), then once, on standard error,
 * which test waits on which port and for how long; and if nobody attached in time, why the test
 * did not run.
 */
@API(status = INTERNAL, since = "0.1")
public final class DebugWait {
	private final Debugger debugger;
	private final String testName;
	private final PrintStream hostOut;
	private final PrintStream hostErr;
	private volatile String port;

	public DebugWait(Debugger debugger, String testName, PrintStream hostOut, PrintStream hostErr) {
		this.debugger = debugger;
		this.testName = testName;
		this.hostOut = hostOut;
		this.hostErr = hostErr;
		this.port = portOf(debugger.address());
	}

	/** The JVM's standard output without its listening line, which this passes on to the host as it comes. */
	public InputStream watch(InputStream childStdout) {
		return new ListeningLineFilter(childStdout, this::listening);
	}

	private void listening(String line) {
		port = portOf(line);
		synchronized (hostOut) {
			hostOut.println(line);
			hostOut.flush();
		}
		hostErr.println("solo: test JVM for " + testName + " waits for a debugger on port " + port
				+ " (attach within " + shown(debugger.attachTimeout()) + ", solo.debugger.attach-timeout)");
		hostErr.flush();
	}

	/**
	 * Why the test never ran, when that is that no debugger attached: its JVM ended without ever
	 * getting as far as the host, after at least the attach timeout (JDWP's own timeout ends it).
	 *
	 * @param reachedHost the JVM connected back, so something attached and let it run
	 * @param ran how long the JVM lived
	 */
	public Optional<String> unattached(boolean reachedHost, Duration ran) {
		if (reachedHost || ran.compareTo(debugger.attachTimeout()) < 0) {
			return Optional.empty();
		}
		return Optional.of("no debugger attached to the test JVM for " + testName + " on port " + port + " within "
				+ shown(debugger.attachTimeout()) + " (solo.debugger.attach-timeout); the test did not run");
	}

	/** The port of {@code [host:]port}, or of the listening line's {@code ...address: [host:]port}. */
	static String portOf(String address) {
		String text = address.strip();
		int colon = text.lastIndexOf(':');
		return colon < 0 ? text : text.substring(colon + 1).strip();
	}

	/** As the settings are written: {@code 250ms}, {@code 30s}, {@code 5m}. */
	static String shown(Duration duration) {
		long millis = duration.toMillis();
		if (millis != 0 && millis % 60_000 == 0) {
			return millis / 60_000 + "m";
		}
		return millis % 1_000 == 0 ? millis / 1_000 + "s" : millis + "ms";
	}
}
