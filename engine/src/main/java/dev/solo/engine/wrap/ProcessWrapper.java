package dev.solo.engine.wrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.CpuPriority;
import dev.solo.engine.config.Network;
import dev.solo.engine.config.ProcessSettings;
import dev.solo.engine.config.SettingsException;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * A run's test JVM wrappers, checked once before the run for every setting its tests use.
 *
 * <p>{@code cpu-priority}: {@code nice -n N java …} on Unix (nice execs the JVM: same process,
 * no extra one left). Lowering needs no privilege; raising does, and where the machine refuses it
 * the run says so once and its tests run at Solo's own priority. Elsewhere the setting is said
 * once to have no effect.
 *
 * <p>{@code network = "isolated"}: {@code unshare --net} (with {@code --user --map-root-user}
 * when Solo is not root, so no privilege is needed where user namespaces are allowed), then a
 * shell brings the namespace's loopback up ({@code ip link set lo up}) and execs the JVM. Where
 * that cannot work (not Linux, no {@code unshare} or {@code ip}, namespaces refused) the run does
 * not start: a one-line error says why.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessWrapper {
	/** The shell line that brings the loopback up, then becomes the JVM; the JVM's command comes as arguments. */
	static final String LOOPBACK_UP = "\"$0\" link set lo up && exec \"$@\"";

	private final Optional<String> nice;
	private final boolean mayRaise;
	private final List<String> unshare;

	private ProcessWrapper(Optional<String> nice, boolean mayRaise, List<String> unshare) {
		this.nice = nice;
		this.mayRaise = mayRaise;
		this.unshare = List.copyOf(unshare);
	}

	/** For a run that uses no wrapper: every test JVM starts plain. */
	public static final ProcessWrapper NONE = new ProcessWrapper(Optional.empty(), false, List.of());

	/**
	 * Checks what {@code used} needs of this machine, once each.
	 *
	 * @param used each setting the run's tests start under, with where it was set, for messages
	 * @throws SettingsException when a test asks for an isolated network this machine cannot give
	 */
	public static ProcessWrapper prepare(Map<ProcessSettings, String> used, PrintStream err) {
		// ip lives in sbin, which a user's PATH often lacks.
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator
				+ String.join(File.pathSeparator, "/usr/bin", "/bin", "/usr/sbin", "/sbin");
		return prepare(used, err, System.getProperty("os.name"), path, isRoot(), Probe.PROCESS);
	}

	static ProcessWrapper prepare(Map<ProcessSettings, String> used, PrintStream err, String osName, String path,
			boolean root, Probe probe) {
		if (used.keySet().stream().allMatch(ProcessSettings::isPlain)) {
			return NONE;
		}
		boolean unix = !osName.toLowerCase(Locale.ROOT).startsWith("windows");
		Optional<String> nice = Optional.empty();
		boolean mayRaise = false;
		Optional<Map.Entry<ProcessSettings, String>> prioritised = first(used, s -> s.cpuPriority() != CpuPriority.NORMAL);
		if (prioritised.isPresent()) {
			nice = unix ? find("nice", path) : Optional.empty();
			if (nice.isEmpty()) {
				err.println("solo: warning: cpu-priority = \"" + prioritised.get().getKey().cpuPriority().written() + "\" ("
						+ prioritised.get().getValue() + ") has no effect here: it runs test JVMs under nice, "
						+ (unix ? "which is not on the PATH" : "a Unix command, and this is " + osName));
			}
		}
		Optional<Map.Entry<ProcessSettings, String>> raised = first(used, s -> s.cpuPriority().niceIncrement() < 0);
		if (nice.isPresent() && raised.isPresent()) {
			CpuPriority highest = used.keySet().stream().map(ProcessSettings::cpuPriority)
					.min(java.util.Comparator.comparingInt(CpuPriority::niceIncrement)).orElseThrow();
			Probe.Outcome tried = probe.run(List.of(nice.get(), "-n", String.valueOf(highest.niceIncrement()), "true"));
			mayRaise = tried.clean();
			if (!mayRaise) {
				err.println("solo: warning: cpu-priority = \"" + highest.written() + "\" (" + raised.get().getValue()
						+ ") raises priority, which needs privilege (root or CAP_SYS_NICE) this run lacks (nice: "
						+ tried.said() + "): those tests run at normal priority");
			}
		}
		List<String> unshare = List.of();
		Optional<Map.Entry<ProcessSettings, String>> isolated = first(used, s -> s.network() == Network.ISOLATED);
		if (isolated.isPresent()) {
			unshare = isolatedNetwork(isolated.get().getValue(), osName, path, root, probe);
		}
		return new ProcessWrapper(nice, mayRaise, unshare);
	}

	private static List<String> isolatedNetwork(String where, String osName, String path, boolean root, Probe probe) {
		if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
			throw refused(where, "needs Linux network namespaces, and this is " + osName);
		}
		Optional<String> unshareCommand = find("unshare", path);
		Optional<String> ip = find("ip", path);
		Optional<String> shell = Files.isExecutable(Path.of("/bin/sh")) ? Optional.of("/bin/sh") : find("sh", path);
		if (unshareCommand.isEmpty() || ip.isEmpty() || shell.isEmpty()) {
			throw refused(where, "needs unshare (util-linux) and ip (iproute2) on the PATH, and "
					+ (unshareCommand.isEmpty() ? "unshare" : ip.isEmpty() ? "ip" : "sh") + " is not there");
		}
		List<String> line = new ArrayList<>(List.of(unshareCommand.get()));
		if (!root) {
			line.addAll(List.of("--user", "--map-root-user"));
		}
		line.add("--net");
		List<String> tried = new ArrayList<>(line);
		tried.addAll(List.of(ip.get(), "link", "set", "lo", "up"));
		Probe.Outcome outcome = probe.run(tried);
		if (outcome.exitCode() != 0) {
			throw refused(where, "this machine refuses a network namespace" + (root ? "" : " to a user that is not root")
					+ " (" + String.join(" ", tried) + ": " + outcome.said() + ")");
		}
		line.addAll(List.of(shell.get(), "-c", LOOPBACK_UP, ip.get()));
		return line;
	}

	private static SettingsException refused(String where, String why) {
		return SettingsException.located(where, "network", "\"isolated\" " + why);
	}

	/** What {@code settings}' test JVMs start with. */
	public Wrapping wrapping(ProcessSettings settings) {
		List<String> prefix = new ArrayList<>();
		int increment = settings.cpuPriority().niceIncrement();
		if (nice.isPresent() && increment != 0 && (increment > 0 || mayRaise)) {
			prefix.addAll(List.of(nice.get(), "-n", String.valueOf(increment)));
		}
		boolean ownNetwork = settings.network() == Network.ISOLATED;
		if (ownNetwork) {
			if (unshare.isEmpty()) {
				throw new IllegalStateException("network = \"isolated\" was not checked before the run");
			}
			prefix.addAll(unshare);
		}
		return prefix.isEmpty() && !ownNetwork ? Wrapping.NONE : new Wrapping(prefix, ownNetwork);
	}

	private static Optional<Map.Entry<ProcessSettings, String>> first(Map<ProcessSettings, String> used,
			java.util.function.Predicate<ProcessSettings> which) {
		return used.entrySet().stream().filter(e -> which.test(e.getKey())).findFirst();
	}

	private static Optional<String> find(String command, String path) {
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (dir.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(dir, command);
			if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
				return Optional.of(candidate.toString());
			}
		}
		return Optional.empty();
	}

	private static boolean isRoot() {
		try {
			return "0".equals(Files.readString(Path.of("/proc/self/status")).lines().filter(l -> l.startsWith("Uid:"))
					.findFirst().map(l -> l.split("\\s+")[2]).orElse(""));
		}
		catch (java.io.IOException | RuntimeException e) {
			return false;
		}
	}
}
