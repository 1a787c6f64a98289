package dev.solo.engine.debug;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apiguardian.api.API;

/**
 * The host's standard input passed on to the test JVM being debugged, as a program run under a
 * debugger reads its terminal: a test that asks for a line gets the one typed. One relay per host
 * JVM, read by one thread: a debugged run starts one test JVM at a time, and two readers of the
 * host's input would each get half of it. What is typed while no test JVM is being debugged is
 * dropped, not held for the next.
 */
@API(status = INTERNAL, since = "0.1")
public final class StdinRelay {
	private static final Object LOCK = new Object();
	private static InputStream source;
	private static OutputStream target;
	private static boolean reading;

	private StdinRelay() {
	}

	/**
	 * Sends what the host reads from now on to {@code childStdin} (closed when the host's input
	 * ends, or when the next debugged JVM takes the relay over).
	 */
	public static void relayTo(OutputStream childStdin) {
		relay(System.in, childStdin);
	}

	static void relay(InputStream from, OutputStream childStdin) {
		OutputStream previous;
		synchronized (LOCK) {
			previous = target;
			target = childStdin;
			if (!reading || source != from) {
				source = from;
				reading = true;
				Thread thread = new Thread(() -> pump(from), "solo-stdin-relay");
				thread.setDaemon(true);
				thread.start();
			}
		}
		closeQuietly(previous);
	}

	private static void pump(InputStream from) {
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = from.read(buffer)) >= 0;) {
				OutputStream to;
				synchronized (LOCK) {
					if (source != from) {
						return;
					}
					to = target;
				}
				if (to != null) {
					try {
						to.write(buffer, 0, n);
						to.flush();
					}
					catch (IOException e) {
						// that JVM has ended: its input goes nowhere
						forget(to);
					}
				}
			}
		}
		catch (IOException e) {
			// the host's input is unreadable: as if it ended
		}
		OutputStream last;
		synchronized (LOCK) {
			if (source != from) {
				return;
			}
			reading = false;
			last = target;
			target = null;
		}
		closeQuietly(last);
	}

	private static void forget(OutputStream stream) {
		synchronized (LOCK) {
			if (target == stream) {
				target = null;
			}
		}
	}

	private static void closeQuietly(OutputStream stream) {
		if (stream != null) {
			try {
				stream.close();
			}
			catch (IOException e) {
				// already closed by its JVM's end
			}
		}
	}
}
