package dev.solo.engine.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.child.ChildMain;
import dev.solo.engine.debug.Debugger;
import dev.solo.engine.debug.JdwpAgents;
import dev.solo.engine.startup.ClassDataSharing;
import dev.solo.engine.startup.FastStartOptions;
import dev.solo.engine.startup.InlineMockAgent;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * The command line every child JVM of a run shares: the host's java executable, JVM options
 * (the host's debug agents stripped; a debugged run's children get their own, see {@link Debugger}), class path (including entries only a class loader knows) and
 * module path. System properties the host set in code are not on it: they reach the child
 * over its socket, as they reached the host after it started.
 */
@API(status = INTERNAL, since = "0.1")
public final class JvmCommand {
	private final String javaExecutable;
	private final List<String> options;
	private final List<String> commandLine;
	private final Map<String, String> codeProperties;
	private final Path argFile;
	private final ClassDataSharing sharing;
	private final List<String> longUnitOptions;
	private final Optional<Debugger> debugger;

	private JvmCommand(String javaExecutable, List<String> options, List<String> commandLine,
			Map<String, String> codeProperties, Path argFile, ClassDataSharing sharing, List<String> longUnitOptions,
			Optional<Debugger> debugger) {
		this.javaExecutable = javaExecutable;
		this.options = List.copyOf(options);
		this.commandLine = List.copyOf(commandLine);
		this.codeProperties = Map.copyOf(codeProperties);
		this.argFile = argFile;
		this.sharing = sharing;
		this.longUnitOptions = List.copyOf(longUnitOptions);
		this.debugger = debugger;
	}

	/**
	 * How the child JVMs of a run are tuned; see {@code solo.fast-start}, {@code solo.class-data-sharing},
	 * {@code solo.jvm-args}, {@code solo.debugger}.
	 *
	 * @param debugger present when each child waits for a debugger: its agent is on the child's command line
	 *        alone, never on a JVM Solo starts to check options or to dump an archive, which would wait too
	 */
	public record Tuning(boolean fastStart, boolean classDataSharing, List<String> extraOptions,
			Optional<Debugger> debugger) {
	}

	public static JvmCommand ofCurrentJvm(ClassLoader testLoader, Path workDir, Tuning tuning) throws IOException {
		List<String> inputArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
		List<String> classPath = classPath(testLoader);
		Tuned tuned = tuned(jvmOptions(inputArguments), tuning, classPath);
		List<String> options = tuned.options();
		if (!tuning.extraOptions().isEmpty()) {
			JvmOptionsCheck.check(javaExecutable(), options, "solo.jvm-args", tuning.extraOptions());
		}
		return create(options, List.of(), classPath, System.getProperty("jdk.module.path"),
				workDir.resolve("child.args"), tuning, codeProperties(inputArguments), tuned.longUnitOptions());
	}

	/**
	 * The command line of one module's test JVMs in a multi-module run of the CLI: the CLI's
	 * java, the module's own JVM options and class path (never the CLI's), and what the child's
	 * bootstrap needs from where Solo was loaded. The module's options (Surefire's argLine and
	 * system properties, which may hold a password) go into an argument file, not on the
	 * command line where any local user reads them.
	 *
	 * @param name unique in the run, for the argument files
	 * @param origin where the module's options come from, for the error if a JVM refuses them
	 */
	public static JvmCommand forModule(String name, String origin, List<String> moduleOptions,
			List<String> moduleClassPath, Path workDir, Tuning tuning) throws IOException {
		Tuned tuned = tuned(moduleOptions, tuning, moduleClassPath);
		List<String> all = tuned.options();
		Set<String> entries = new LinkedHashSet<>(moduleClassPath);
		entries.addAll(bootstrapEntries());
		String file = "child-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + Integer.toHexString(name.hashCode());
		List<String> commandLine = new ArrayList<>();
		if (!moduleOptions.isEmpty()) {
			Path optionsFile = workDir.resolve(file + ".options");
			Files.write(optionsFile, moduleOptions.stream().map(JvmCommand::quote).toList(), StandardCharsets.UTF_8);
			commandLine.add("@" + optionsFile);
			// The module's options alone first, so that a refusal blames the right setting.
			checkOnce(moduleOptions, commandLine, origin, masked(moduleOptions));
			commandLine.addAll(all.subList(moduleOptions.size(), all.size()));
		}
		if (!tuning.extraOptions().isEmpty()) {
			checkOnce(all, commandLine.isEmpty() ? all : commandLine, "solo.jvm-args", tuning.extraOptions());
		}
		return create(all, commandLine, new ArrayList<>(entries), null, workDir.resolve(file + ".args"), tuning,
				Map.of(), tuned.longUnitOptions());
	}

	/**
	 * Option lists a test JVM was seen to start with: modules of one parent pom share theirs,
	 * so each list costs one {@code java -version} however many modules have it.
	 */
	private static final Set<List<String>> STARTED_WITH = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * Tries options once before the run: options the JVM refuses fail the run with the JVM's
	 * complaint and {@code setting}, not every test one by one.
	 *
	 * @param options the list proved, as the cache knows it
	 * @param commandLine how the check's JVM is given them (an argument file for a module's own)
	 * @param shown the options as the error names them
	 */
	private static void checkOnce(List<String> options, List<String> commandLine, String setting, List<String> shown)
			throws IOException {
		if (!STARTED_WITH.contains(options)) {
			JvmOptionsCheck.check(javaExecutable(), commandLine, setting, shown);
			STARTED_WITH.add(List.copyOf(options));
		}
	}

	/** The options as an error may show them: no system property's value, which may be a password. */
	private static List<String> masked(List<String> options) {
		return options.stream().map(o -> o.startsWith("-D") && o.contains("=")
				? o.substring(0, o.indexOf('=') + 1) + "…" : o).toList();
	}

	/**
	 * A child's options and what undoes their fast-start compiler options for a long unit.
	 *
	 * @param options the options every child shares
	 * @param longUnitOptions appended for a unit that ran long last time
	 */
	private record Tuned(List<String> options, List<String> longUnitOptions) {
	}

	/** {@code base} with {@code solo.jvm-args} and the fast-start options after it (Mockito's agent among them, where {@code classPath} has it). */
	private static Tuned tuned(List<String> base, Tuning tuning, List<String> classPath) {
		List<String> options = new ArrayList<>(base);
		options.addAll(tuning.extraOptions());
		if (!tuning.fastStart()) {
			return new Tuned(options, List.of());
		}
		List<String> added = FastStartOptions.forOptions(options);
		InlineMockAgent.option(options, classPath).ifPresent(added::add);
		options.addAll(added);
		return new Tuned(options, FastStartOptions.forLongUnits(added));
	}

	private static String javaExecutable() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * @param options every JVM option the child gets, as class-data sharing and the option check must see them
	 * @param commandLine how they appear on the command line, when not all of them there (empty: {@code options})
	 */
	private static JvmCommand create(List<String> options, List<String> commandLine, List<String> classPath,
			String modulePath, Path argFile, Tuning tuning, Map<String, String> codeProperties,
			List<String> longUnitOptions) throws IOException {
		ClassPathLayout layout = ClassPathLayout.of(classPath);
		ClassDataSharing sharing = tuning.classDataSharing()
				? ClassDataSharing.prepare(options, layout.jarPrefix()).orElse(null)
				: null;

		List<String> argFileLines = new ArrayList<>();
		argFileLines.add("-cp");
		argFileLines.add(quote(String.join(File.pathSeparator, layout.entries())));
		if (modulePath != null && !modulePath.isEmpty()) {
			argFileLines.add("--module-path");
			argFileLines.add(quote(modulePath));
		}
		Files.write(argFile, argFileLines, StandardCharsets.UTF_8);

		return new JvmCommand(javaExecutable(), options, commandLine.isEmpty() ? options : commandLine, codeProperties,
				argFile, sharing, longUnitOptions, tuning.debugger());
	}

	/** Tries, before the run, that a test JVM starts with {@code extra} added, as {@code setting} asks. */
	public void check(List<String> extra, String setting) throws IOException {
		List<String> all = new ArrayList<>(options);
		all.addAll(extra);
		JvmOptionsCheck.check(javaExecutable, all, setting, extra);
	}

	/** The command for one child, up to (not including) its own system properties and main class. */
	Prefix prefix() {
		List<String> line = new ArrayList<>();
		line.add(javaExecutable);
		line.addAll(commandLine);
		ClassDataSharing.Lease lease = sharing == null ? null : sharing.lease();
		List<String> longUnit = longUnitOptions;
		if (lease != null) {
			line.addAll(lease.options());
			if (!lease.longUnitOptions().isEmpty()) {
				longUnit = new ArrayList<>(longUnitOptions);
				longUnit.addAll(lease.longUnitOptions());
			}
		}
		line.add("@" + argFile);
		debugger.ifPresent(d -> line.addAll(d.jvmOptions()));
		return new Prefix(line, longUnit, lease);
	}

	/** Every JVM option a child gets before its own, as the user's settings and host wrote them. */
	List<String> options() {
		return options;
	}

	/** Present when each child waits for a debugger. */
	Optional<Debugger> debugger() {
		return debugger;
	}

	/**
	 * A child's command-line head, what it appends if its unit is known to run long (the JVM's own
	 * compilers where fast start chose them, then what its archive adds), and its share of the
	 * class-data archive (null when there is none).
	 */
	record Prefix(List<String> line, List<String> longUnitOptions, ClassDataSharing.Lease lease) {
		void childExited(boolean normally) {
			if (lease != null) {
				lease.childExited(normally);
			}
		}
	}

	/**
	 * A plain JVM on the test JVMs' java, options and class path running {@code mainClass} with
	 * {@code args}: no class-data archive, no debugger. For a Java setup script's JVM.
	 */
	public List<String> plainJvm(String mainClass, List<String> args) {
		List<String> line = new ArrayList<>();
		line.add(javaExecutable);
		line.addAll(commandLine);
		line.add("@" + argFile);
		line.add(mainClass);
		line.addAll(args);
		return line;
	}

	public String mainClass() {
		return ChildMain.class.getName();
	}

	/** Waits briefly for a class-data archive still being written, so no JVM of Solo's outlives the run. */
	public void close() {
		if (sharing != null) {
			sharing.close();
		}
	}

	public Map<String, String> codeProperties() {
		return codeProperties;
	}

	static List<String> jvmOptions(List<String> inputArguments) {
		List<String> options = new ArrayList<>();
		for (String argument : inputArguments) {
			if (JdwpAgents.isDebugAgent(argument) || argument.startsWith("-Djava.class.path=")
					|| argument.startsWith("-Dsun.java.command=") || argument.startsWith("-Djdk.module.path=")) {
				continue;
			}
			options.add(argument);
		}
		return options;
	}

	/**
	 * The host's class path as its class loaders see it: {@code java.class.path} (which Surefire
	 * sets to the test class path) followed by the URLs of every URLClassLoader between the
	 * test class loader and the system loader (as console-standalone and IDEs use), plus this
	 * engine's own location so the child can always find its bootstrap.
	 */
	static List<String> classPath(ClassLoader testLoader) {
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!entry.isEmpty()) {
				entries.add(new File(entry).getAbsolutePath());
			}
		}
		List<ClassLoader> chain = new ArrayList<>();
		for (ClassLoader loader = testLoader; loader != null; loader = loader.getParent()) {
			chain.add(0, loader);
		}
		for (ClassLoader loader : chain) {
			if (loader instanceof java.net.URLClassLoader) {
				for (java.net.URL url : ((java.net.URLClassLoader) loader).getURLs()) {
					toFile(url).ifPresent(entries::add);
				}
			}
		}
		entries.addAll(bootstrapEntries());
		return new ArrayList<>(entries);
	}

	/** Where the classes of {@link #CHILD_NEEDS} were loaded from. */
	private static List<String> bootstrapEntries() {
		List<String> entries = new ArrayList<>();
		for (Class<?> needed : CHILD_NEEDS) {
			java.security.CodeSource source = needed.getProtectionDomain().getCodeSource();
			if (source != null && source.getLocation() != null) {
				toFile(source.getLocation()).filter(e -> !entries.contains(e)).ifPresent(entries::add);
			}
		}
		return entries;
	}

	/**
	 * What the child's bootstrap needs. Hosts may keep these off the test class path (Surefire
	 * loads the launcher from its provider class path), so each is added from where the host
	 * actually loaded it: the same versions the host runs with.
	 */
	private static final Class<?>[] CHILD_NEEDS = { ChildMain.class, org.junit.platform.launcher.Launcher.class,
			org.junit.platform.engine.TestEngine.class, org.junit.platform.commons.JUnitException.class,
			org.opentest4j.AssertionFailedError.class };

	private static java.util.Optional<String> toFile(java.net.URL url) {
		if (!"file".equals(url.getProtocol())) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Paths.get(url.toURI()).toString());
		}
		catch (URISyntaxException | IllegalArgumentException e) {
			return java.util.Optional.of(url.getPath());
		}
	}

	/** System properties set after the host JVM started: neither on its command line nor the JVM's own. */
	static Map<String, String> codeProperties(List<String> inputArguments) {
		Set<String> fromCommandLine = new LinkedHashSet<>();
		for (String argument : inputArguments) {
			if (argument.startsWith("-D")) {
				int eq = argument.indexOf('=');
				fromCommandLine.add(eq < 0 ? argument.substring(2) : argument.substring(2, eq));
			}
		}
		Map<String, String> properties = new LinkedHashMap<>();
		Properties all = System.getProperties();
		for (String key : all.stringPropertyNames()) {
			if (!fromCommandLine.contains(key) && !isJvmOwn(key)) {
				properties.put(key, all.getProperty(key));
			}
		}
		return properties;
	}

	private static boolean isJvmOwn(String key) {
		return key.startsWith("java.") || key.startsWith("jdk.") || key.startsWith("sun.") || key.startsWith("os.")
				|| key.startsWith("user.") || key.startsWith("file.") || key.startsWith("solo.")
				|| key.equals("line.separator") || key.equals("path.separator") || key.equals("native.encoding")
				|| key.equals("stdout.encoding") || key.equals("stderr.encoding") || key.equals("stdin.encoding")
				|| key.startsWith("awt.") || key.equals("socksNonProxyHosts") || key.equals("ftp.nonProxyHosts")
				|| key.equals("http.nonProxyHosts") || key.startsWith("intellij.debug.agent");
	}

	/** Argument files split on white space unless quoted; backslashes escape. */
	private static String quote(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
