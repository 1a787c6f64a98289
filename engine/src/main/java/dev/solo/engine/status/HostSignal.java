package dev.solo.engine.status;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGUSR1 (and SIGINFO, Ctrl-T, where the OS has it) to a host JVM prints the status dump on its
 * stderr while a run is under way. Only a signal nobody handles yet is taken: the JVM's own, or a
 * program's that drives the Launcher (the {@code solo} CLI prints through its reporter) stay; and
 * the JVM's default is back once the run ends. A JVM started with {@code -Xrs}, or an OS without
 * the signal, refuses it; {@code solo status} still reaches the run.
 */
final class HostSignal implements AutoCloseable {
	private static final List<String> SIGNALS = List.of("USR1", "INFO");

	private final Map<Signal, SignalHandler> taken = new LinkedHashMap<>();

	static HostSignal install(Supplier<String> status, PrintStream err) {
		HostSignal signals = new HostSignal();
		SignalHandler print = signal -> {
			// Off the signal thread: a dump waits for the test JVMs, and another signal may come meanwhile.
			Thread thread = new Thread(() -> {
				err.print(status.get());
				err.flush();
			}, "solo-status-signal");
			thread.setDaemon(true);
			thread.start();
		};
		for (String name : SIGNALS) {
			try {
				Signal signal = new Signal(name);
				SignalHandler previous = Signal.handle(signal, print);
				if (previous == SignalHandler.SIG_DFL) {
					signals.taken.put(signal, previous);
				}
				else {
					Signal.handle(signal, previous);
				}
			}
			catch (IllegalArgumentException | UnsupportedOperationException refused) {
				// no such signal here, the VM uses it, or -Xrs
			}
		}
		return signals;
	}

	@Override
	public void close() {
		taken.forEach((signal, previous) -> {
			try {
				Signal.handle(signal, previous);
			}
			catch (IllegalArgumentException ignored) {
				// it was ours a moment ago
			}
		});
		taken.clear();
	}
}
