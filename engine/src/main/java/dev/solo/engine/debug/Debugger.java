package dev.solo.engine.debug;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

/**
 * A run whose test JVMs each wait for a debugger: JDWP, listening at {@code address}, suspended
 * until a debugger attaches, for at most {@code attachTimeout}.
 *
 * @param address JDWP's {@code address}: {@code [host:]port}; port 0 lets each JVM pick a free one
 * @param asked {@code solo.debugger=on} (the CLI's {@code --debugger}), which debugs exactly one test;
 *        false when the host runs under JDWP, which debugs what the IDE selected, one test at a time
 * @param relaysInput {@code solo.debugger.stdin}: the host's standard input goes on to the test JVM
 *        (the CLI's {@code --debugger}); off by default, as a build tool's fork may read its own
 *        standard input for commands (Surefire's does)
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Debugger(String address, Duration attachTimeout, boolean asked, boolean relaysInput) {
	/** A free port, chosen by each test JVM and printed in its {@code Listening for transport} line. */
	public static final String ANY_PORT = "0";
	public static final Duration DEFAULT_ATTACH_TIMEOUT = Duration.ofMinutes(5);

	private static final Pattern ADDRESS = Pattern.compile("(\\*:|[A-Za-z0-9.\\-]+:|\\[[0-9A-Fa-f:.]+\\]:)?\\d{1,5}");

	/** What {@code solo.debugger} says: {@code auto} (the default), {@code off} or {@code on}. */
	public enum Mode { AUTO, OFF, ON }

	public Debugger(String address, Duration attachTimeout, boolean asked) {
		this(address, attachTimeout, asked, false);
	}

	/** The same debugger, passing the host's standard input on to the test JVM or not. */
	public Debugger relayingInput(boolean relay) {
		return new Debugger(address, attachTimeout, asked, relay);
	}

	/** Whether JDWP takes {@code text} as a listening address; no comma, so it adds no other agent option. */
	public static boolean isAddress(String text) {
		return ADDRESS.matcher(text).matches();
	}

	/** The run's debugger given how the JVM running it started: {@code auto} debugs when the host runs under a debugger that attends (see {@link JdwpAgents#debuggerAttends}). */
	public static Optional<Debugger> forThisJvm(Mode mode, String address, Duration attachTimeout) {
		return decide(mode, address, attachTimeout,
				mode == Mode.AUTO ? ManagementFactory.getRuntimeMXBean().getInputArguments() : List.of());
	}

	static Optional<Debugger> decide(Mode mode, String address, Duration attachTimeout, List<String> hostArguments) {
		return switch (mode) {
			case OFF -> Optional.empty();
			case ON -> Optional.of(new Debugger(address, attachTimeout, true));
			case AUTO -> JdwpAgents.debuggerAttends(hostArguments)
					? Optional.of(new Debugger(address, attachTimeout, false))
					: Optional.empty();
		};
	}

	/**
	 * The test JVM's agent. JDWP itself ends the wait ({@code timeout}): it measures what the
	 * setting means, until a debugger attaches, not until it lets the JVM go on; a JVM nobody
	 * attached to then exits without running anything.
	 */
	public List<String> jvmOptions() {
		long millis = Math.min(Integer.MAX_VALUE, Math.max(1, attachTimeout.toMillis()));
		return List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=" + address + ",timeout=" + millis);
	}
}
