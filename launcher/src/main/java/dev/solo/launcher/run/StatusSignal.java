package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.status.LiveRuns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.apiguardian.api.API;

/**
 * SIGUSR1 to {@code solo run}, and SIGINFO (Ctrl-T) where the OS has it, as nextest takes them:
 * a status dump of the run, every running test with its last output and its JVM's threads,
 * printed through the reporter so the progress bar stays whole. The run goes on untouched. The
 * engine would take the signal itself in a host; here the CLI's handler is there first, and the
 * engine leaves it. See {@link SignalCancellation} for why {@code sun.misc.Signal}.
 */
@API(status = INTERNAL, since = "0.1")
public final class StatusSignal {
	private static final List<String> SIGNALS = List.of("USR1", "INFO");

	private StatusSignal() {
	}

	/** Takes the signals until the handle is closed, then gives them back. */
	static AutoCloseable install(Consumer<String> print) {
		Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
		SignalHandler handler = signal -> dump(print);
		for (String name : SIGNALS) {
			try {
				Signal signal = new Signal(name);
				previous.put(signal, Signal.handle(signal, handler));
			}
			catch (IllegalArgumentException refused) {
				// no SIGINFO on Linux; -Xrs
			}
		}
		return () -> previous.forEach(Signal::handle);
	}

	/** Off the signal's thread: a dump waits for the test JVMs to answer, and a second signal may come meanwhile. */
	public static void dump(Consumer<String> print) {
		Thread thread = new Thread(() -> print.accept(LiveRuns.text()), "solo-status-dump");
		thread.setDaemon(true);
		thread.start();
	}
}
