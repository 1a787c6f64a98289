package dev.solo.engine.startup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.solo.engine.files.SoloCache;
import dev.solo.engine.startup.training.Training;

import org.apiguardian.api.API;

/**
 * A class-data-sharing archive of the child's jars, made by Solo on first use and kept in its
 * cache. The JVM refuses to write an archive while a class folder is on the class path, and
 * tests need theirs, so it is made in two steps: one ordinary child records the classes it
 * loads ({@code -XX:DumpLoadedClassList}); then a separate JVM dumps a static archive from that
 * list with the jars alone. On JDK 25 and later the second step trains an AOT cache instead
 * (JEP 483/514/515: classes loaded and linked ahead, call sites resolved), on Solo's own
 * training workload plus that class list; where that fails, the static archive is made.
 * Children load the jars' classes from it; the folders, appended after the jars, load as usual.
 * {@link ArchiveFolder} names the archives (rebuilt exactly when the JVM, the options or a jar
 * change), puts them in place and prunes them.
 *
 * <p>An archive, once in place, is never replaced. A JVM that redefines a class of the archive
 * (Mockito's inline mocks, any agent that retransforms) remaps it writable by opening it again
 * <em>by name</em>; had another archive taken that name meanwhile, the JVM would read its
 * metadata from the wrong file and crash. So the modules of one run with the same jars share one
 * instance (one recording, one dump), and an archive is published only where none is yet.
 */
@API(status = INTERNAL, since = "0.1")
public final class ClassDataSharing {
	private static final int MAX_TRIES = 2;
	private static final long DUMP_WAIT_AT_CLOSE_SECONDS = 20;
	private static final java.util.Set<Process> DUMPS = ConcurrentHashMap.newKeySet();
	/** One instance per archive in this JVM, whichever sessions or modules ask for it. */
	private static final Map<Path, ClassDataSharing> IN_THIS_JVM = new ConcurrentHashMap<>();

	static {
		// A host killed mid-dump must not leave the dumping JVM behind.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> DUMPS.forEach(Process::destroyForcibly),
				"solo-archive-dump-reaper"));
	}

	private static final boolean AOT = Runtime.version().feature() >= 25;

	/**
	 * Maps the archive where it was dumped instead of at a random address, which the JVM then
	 * relocates pointer by pointer: 4–5 ms of every child's start (JDK 17 and 25, the JDK's own
	 * archive and Solo's). It changes where the archive sits in memory, nothing a test can see;
	 * where that address is taken the JVM relocates as before. The dump carries the options too, so
	 * a JVM without them makes no archive, and no child is given options it refuses.
	 */
	static final List<String> MAP_AS_DUMPED = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

	/**
	 * A unit known to run long compiles from its own profile, not from the AOT cache's training: the
	 * training's profiles come from JUnit's start-up and Solo's workload, and C2 then compiles a
	 * long test's hot code for them. Commons Text's {@code ExtendedMessageFormatTest} (21 tests,
	 * ~20 s, JDK 25) took 23.6–23.9 s with the training replayed and 18.8–19.4 s without, as long
	 * as in one JVM without Solo.
	 */
	static final List<String> OWN_PROFILES = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining");

	private final Path archive;
	/** On JDK 25+, where a static archive goes when training the AOT cache fails. */
	private final Path staticArchive;
	private final List<String> dumpOptions;
	private final List<String> jars;
	/** {@link #MAP_AS_DUMPED}, or nothing where the user chose how the archive is mapped. */
	private final List<String> mapping;
	/** {@link #OWN_PROFILES}, or nothing where the user chose whether the training is replayed. */
	private final List<String> ownProfiles;
	private boolean recording;
	private int failures;
	private Thread dump;

	private ClassDataSharing(Path archive, List<String> dumpOptions, List<String> jars, List<String> mapping,
			List<String> ownProfiles) {
		this.archive = archive;
		this.staticArchive = archive.resolveSibling(archive.getFileName().toString().replace(".aot", ".jsa"));
		this.dumpOptions = dumpOptions;
		this.jars = jars;
		this.mapping = mapping;
		this.ownProfiles = ownProfiles;
	}

	public static Optional<ClassDataSharing> prepare(List<String> options, List<String> jars) {
		if (jars.isEmpty() || options.stream().anyMatch(ClassDataSharing::userManagesSharing)) {
			return Optional.empty();
		}
		try {
			return Optional.of(in(SoloCache.folder("jvm"), options, jars));
		}
		catch (IOException | NoSuchAlgorithmException e) {
			return Optional.empty();
		}
	}

	/** The archive of these options and jars in {@code folder}. */
	static ClassDataSharing in(Path folder, List<String> options, List<String> jars)
			throws IOException, NoSuchAlgorithmException {
		ArchiveFolder.prune(folder);
		List<String> mapping = chosen(options, "ArchiveRelocationMode") ? List.of() : MAP_AS_DUMPED;
		List<String> ownProfiles = chosen(options, "AOTReplayTraining") ? List.of() : OWN_PROFILES;
		List<String> dumpOptions = dumpOptions(options);
		Path archive = folder.resolve(ArchiveFolder.key(options, dumpOptions, jars) + (AOT ? ".aot" : ".jsa"));
		return IN_THIS_JVM.computeIfAbsent(archive,
				a -> new ClassDataSharing(a, dumpOptions, List.copyOf(jars), mapping, ownProfiles));
	}

	private static boolean chosen(List<String> options, String flag) {
		return options.stream().anyMatch(o -> o.startsWith("-XX:" + flag) || o.startsWith("-XX:+" + flag)
				|| o.startsWith("-XX:-" + flag));
	}

	Path archive() {
		return archive;
	}

	private static boolean userManagesSharing(String option) {
		return option.startsWith("-Xshare:off") || option.startsWith("-XX:SharedArchiveFile")
				|| option.startsWith("-XX:ArchiveClassesAtExit") || option.startsWith("-XX:AOT")
				|| option.contains("AutoCreateSharedArchive") || option.startsWith("-XX:DumpLoadedClassList");
	}

	/**
	 * What shapes an archive's layout (collector, heap size, compressed pointers), and the modules
	 * the JVM resolves: an archive dumped without a module the children add is mapped without its
	 * module graph, and on JDK 25 without its linked classes (a Java agent adds
	 * {@code java.instrument}, as {@link InlineMockAgent}'s does). Agents and properties do not.
	 */
	static List<String> dumpOptions(List<String> options) {
		List<String> kept = new ArrayList<>();
		boolean agent = false;
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (option.startsWith("-XX:") || option.startsWith("-Xmx") || option.startsWith("-Xms")
					|| option.startsWith("--add-modules=")) {
				kept.add(option);
			}
			else if (option.equals("--add-modules") && i + 1 < options.size()) {
				kept.add(option);
				kept.add(options.get(++i));
			}
			agent |= option.startsWith("-javaagent:");
		}
		if (agent) {
			kept.add("--add-modules=java.instrument");
		}
		return kept;
	}

	/** The options for one child. */
	public synchronized Lease lease() {
		if (Files.isRegularFile(archive)) {
			markUsed(archive);
			return AOT
					? new Lease(mapped(List.of("-XX:AOTCache=" + archive, "-Xlog:cds*=off", "-Xlog:aot*=off")),
							ownProfiles, null)
					: new Lease(mapped(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off")),
							List.of(), null);
		}
		if (AOT && Files.isRegularFile(staticArchive)) {
			return new Lease(mapped(List.of("-XX:SharedArchiveFile=" + staticArchive, "-Xshare:auto", "-Xlog:cds*=off",
					"-Xlog:aot*=off")), List.of(), null);
		}
		if (recording || dump != null || failures >= MAX_TRIES) {
			return new Lease(List.of(), List.of(), null);
		}
		recording = true;
		Path classList = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".classlist");
		return new Lease(List.of("-XX:DumpLoadedClassList=" + classList), List.of(), classList);
	}

	private synchronized void recorded(Path classList, boolean normally) {
		recording = false;
		if (!normally || !Files.isRegularFile(classList)) {
			failures++;
			ArchiveFolder.deleteQuietly(classList);
			return;
		}
		Path output = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".tmp");
		List<List<String>> steps = AOT ? aotSteps(classList, output) : List.of(staticDump(classList, output));
		Thread builder = new Thread(() -> build(steps, classList, output), "solo-class-data-archive");
		builder.setDaemon(true);
		dump = builder;
		builder.start();
	}

	private List<String> mapped(List<String> options) {
		List<String> all = new ArrayList<>(options);
		all.addAll(mapping);
		return all;
	}

	private List<String> java() {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(dumpOptions);
		command.addAll(mapping);
		return command;
	}

	private List<String> staticDump(Path classList, Path output) {
		List<String> command = java();
		command.add("-Xshare:dump");
		command.add("-XX:SharedClassListFile=" + classList);
		command.add("-XX:SharedArchiveFile=" + output);
		command.add("-Xlog:cds*=off");
		command.add("-cp");
		command.add(String.join(File.pathSeparator, jars));
		return command;
	}

	private List<List<String>> aotSteps(Path classList, Path output) {
		Path configuration = configurationOf(output);
		String classPath = String.join(File.pathSeparator, jars);
		List<String> record = java();
		record.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration, "-Xlog:cds*=off",
				"-Xlog:aot*=off", "-cp", classPath, Training.class.getName(), classList.toString()));
		List<String> create = java();
		create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
				"-XX:AOTCache=" + output, "-Xlog:cds*=off", "-Xlog:aot*=off", "-cp", classPath));
		return List.of(record, create);
	}

	/** Runs the steps one after another; on JDK 25+, falls back to the static archive if training fails. */
	private void build(List<List<String>> steps, Path classList, Path output) {
		boolean built = run(steps);
		Path target = archive;
		if (!built && AOT) {
			// The training workload needs Solo's engine in a jar; from a class folder it cannot run.
			built = run(List.of(staticDump(classList, output)));
			target = staticArchive;
		}
		ArchiveFolder.deleteQuietly(configurationOf(output));
		dumped(built, classList, output, target);
	}

	private static Path configurationOf(Path output) {
		return output.resolveSibling(output.getFileName() + ".conf");
	}

	private static boolean run(List<List<String>> steps) {
		for (List<String> step : steps) {
			try {
				Process process = new ProcessBuilder(step).redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				DUMPS.add(process);
				try {
					if (process.waitFor() != 0) {
						return false;
					}
				}
				finally {
					DUMPS.remove(process);
				}
			}
			catch (IOException e) {
				return false;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private synchronized void dumped(boolean succeeded, Path classList, Path output, Path target) {
		dump = null;
		ArchiveFolder.deleteQuietly(classList);
		try {
			if (succeeded && Files.isRegularFile(output) && Files.size(output) > 0) {
				ArchiveFolder.publish(output, target);
			}
		}
		catch (IOException e) {
			// counted below: no archive in place
		}
		finally {
			ArchiveFolder.deleteQuietly(output);
		}
		if (!Files.isRegularFile(target)) {
			failures++;
		}
	}

	/** Lets a dump in progress finish (it serves the next run), but never leaves it running. */
	public void close() {
		Thread running;
		synchronized (this) {
			running = dump;
		}
		if (running == null) {
			return;
		}
		try {
			running.join(TimeUnit.SECONDS.toMillis(DUMP_WAIT_AT_CLOSE_SECONDS));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		DUMPS.forEach(Process::destroyForcibly);
	}

	private boolean marked;

	private void markUsed(Path file) {
		if (!marked) {
			marked = true;
			file.toFile().setLastModified(System.currentTimeMillis());
		}
	}

	/** One child's part in class-data sharing. */
	public final class Lease {
		private final List<String> options;
		private final List<String> longUnitOptions;
		private final Path classList;

		private Lease(List<String> options, List<String> longUnitOptions, Path classList) {
			this.options = options;
			this.longUnitOptions = longUnitOptions;
			this.classList = classList;
		}

		public List<String> options() {
			return options;
		}

		/** Appended, after {@link #options()}, for a unit known to run long: see {@link #OWN_PROFILES}. */
		public List<String> longUnitOptions() {
			return longUnitOptions;
		}

		public void childExited(boolean normally) {
			if (classList != null) {
				recorded(classList, normally);
			}
		}
	}
}
