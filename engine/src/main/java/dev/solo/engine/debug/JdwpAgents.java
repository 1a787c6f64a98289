package dev.solo.engine.debug;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/**
	 * Whether a JVM with these input arguments runs under a debugger that is there now: a JDWP
	 * agent that connects out to one ({@code server=n}, how IntelliJ and Eclipse start a Debug) or
	 * waits for one ({@code suspend=y}, Surefire's {@code -Dmaven.surefire.debug}); both are JDWP's
	 * defaults. An agent that listens without waiting ({@code server=y,suspend=n}) is kept by builds
	 * for attaching on demand: test JVMs that each waited for a debugger would stall such a build.
	 */
	public static boolean debuggerAttends(List<String> inputArguments) {
		return inputArguments.stream().filter(JdwpAgents::isJdwp).anyMatch(a -> {
			Map<String, String> options = options(a);
			return !"y".equals(options.get("server")) || !"n".equals(options.get("suspend"));
		});
	}

	/** JDWP's {@code key=value} options: after {@code jdwp=} (or the library's {@code =}), or {@code -Xrunjdwp:}. */
	private static Map<String, String> options(String argument) {
		int start = argument.startsWith("-Xrunjdwp") ? argument.indexOf(':') : argument.indexOf('=');
		Map<String, String> options = new HashMap<>();
		if (start < 0) {
			return options;
		}
		for (String option : argument.substring(start + 1).split(",")) {
			int equals = option.indexOf('=');
			if (equals > 0) {
				options.put(option.substring(0, equals).trim().toLowerCase(Locale.ROOT),
						option.substring(equals + 1).trim().toLowerCase(Locale.ROOT));
			}
		}
		return options;
	}

	private static boolean isJdwp(String argument) {
		return argument.startsWith("-agentlib:jdwp") || argument.startsWith("-Xrunjdwp")
				|| (argument.startsWith("-agentpath:")
						&& argument.toLowerCase(Locale.ROOT).replace('\\', '/').matches("-agentpath:(.*/)?(lib)?jdwp[.=,].*"));
	}
}
