package dev.solo.engine.debug;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;

import org.apiguardian.api.API;

/** Recognises debugger agents among a JVM's input arguments. */
@API(status = INTERNAL, since = "0.1")
public final class JdwpAgents {
	private JdwpAgents() {
	}

	/**
	 * An option that belongs to the host's own debugger, never to be copied to a test JVM: a copy
	 * would listen on (or connect to) the host's address, and fail or steal the IDE's connection.
	 */
	public static boolean isDebugAgent(String argument) {
		return isJdwp(argument) || argument.equals("-Xdebug") || argument.startsWith("-Xnoagent")
				|| (argument.startsWith("-javaagent:") && argument.contains("debugger-agent"));
	}

	/** Whether a JVM with these input arguments runs under a JDWP agent: an IDE's Debug, Surefire's {@code -Dmaven.surefire.debug}. */
	public static boolean anyJdwp(List<String> inputArguments) {
		return inputArguments.stream().anyMatch(JdwpAgents::isJdwp);
	}

	private static boolean isJdwp(String argument) {
		return argument.startsWith("-agentlib:jdwp") || argument.startsWith("-Xrunjdwp")
				|| (argument.startsWith("-agentpath:")
						&& argument.toLowerCase(Locale.ROOT).replace('\\', '/').matches("-agentpath:(.*/)?(lib)?jdwp[.=,].*"));
	}
}
