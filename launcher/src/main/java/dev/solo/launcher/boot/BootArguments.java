package dev.solo.launcher.boot;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What the boot must know before the JUnit Platform is loaded: the command, and where the
 * tests come from (a class path, or a Maven project). The command itself reads every option
 * again, with picocli, once the Platform is there.
 */
record BootArguments(Optional<String> command, List<String> classPath, Optional<Path> maven, List<String> mavenArgs,
		Optional<String> noTests, boolean help, Optional<Path> archiveFile, Optional<Path> extractTo,
		Optional<Path> workspaceRemap) {

	private static final List<String> CLASS_PATH = List.of("-cp", "--class-path", "--classpath");
	private static final List<String> ARCHIVE = List.of("--archive-file", "--extract-to", "--workspace-remap");

	static BootArguments scan(String[] given) {
		String[] args = expanded(given);
		Optional<String> command = Optional.empty();
		List<String> classPath = new ArrayList<>();
		Optional<Path> maven = Optional.empty();
		List<String> mavenArgs = new ArrayList<>();
		Optional<String> noTests = Optional.empty();
		boolean help = false;
		Map<String, String> archive = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--")) {
				break;
			}
			String value = i + 1 < args.length ? args[i + 1] : null;
			if (CLASS_PATH.contains(arg) && value != null) {
				classPath.addAll(split(value));
				i++;
			}
			else if (CLASS_PATH.stream().anyMatch(o -> arg.startsWith(o + "="))) {
				classPath.addAll(split(arg.substring(arg.indexOf('=') + 1)));
			}
			else if (arg.equals("--maven") && value != null) {
				maven = Optional.of(Path.of(value));
				i++;
			}
			else if (arg.startsWith("--maven=")) {
				maven = Optional.of(Path.of(arg.substring("--maven=".length())));
			}
			else if (arg.equals("--maven-arg") && value != null) {
				mavenArgs.add(value);
				i++;
			}
			else if (arg.startsWith("--maven-arg=")) {
				mavenArgs.add(arg.substring("--maven-arg=".length()));
			}
			else if (arg.equals("--no-tests") && value != null) {
				noTests = Optional.of(value);
				i++;
			}
			else if (arg.startsWith("--no-tests=")) {
				noTests = Optional.of(arg.substring("--no-tests=".length()));
			}
			else if (ARCHIVE.contains(arg) && value != null) {
				archive.put(arg, value);
				i++;
			}
			else if (ARCHIVE.stream().anyMatch(o -> arg.startsWith(o + "="))) {
				archive.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
				help = true;
			}
			else if (command.isEmpty() && !arg.startsWith("-")) {
				command = Optional.of(arg);
			}
		}
		return new BootArguments(command, classPath, maven, mavenArgs, noTests, help,
				Optional.ofNullable(archive.get("--archive-file")).map(Path::of),
				Optional.ofNullable(archive.get("--extract-to")).map(Path::of),
				Optional.ofNullable(archive.get("--workspace-remap")).map(Path::of));
	}

	/** Whether the command reads tests: {@code run}, {@code list}, {@code show-config}, {@code archive}. */
	boolean readsTests() {
		return !help && command.filter(c -> c.equals("run") || c.equals("list") || c.equals("show-config")
				|| c.equals("archive")).isPresent();
	}

	/** Whether the tests come from an archive: {@code run} or {@code list} with {@code --archive-file}. */
	boolean runsArchive() {
		return readsTests() && archiveFile.isPresent() && command.filter(c -> !c.equals("archive")).isPresent();
	}

	/**
	 * Whether the command reads recorded runs, whose tests are JUnit descriptors: {@code replay},
	 * {@code store}, {@code report} (its {@code html}; {@code merge} reads XML and never loads them).
	 */
	boolean readsRecords() {
		return !help && command.filter(c -> c.equals("replay") || c.equals("store") || c.equals("report")).isPresent();
	}

	/**
	 * The arguments with their @-files read in, by picocli as the command reads them after: a
	 * console-standalone command line may hold its class path, or everything, in one.
	 */
	static String[] expanded(String[] args) {
		CommandSpec spec = CommandSpec.create();
		spec.parser().expandAtFiles(true).atFileCommentChar(null).unmatchedArgumentsAllowed(true);
		spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(String[].class).build());
		try {
			return new CommandLine(spec).parseArgs(args).expandedArgs().toArray(new String[0]);
		}
		catch (CommandLine.ParameterException e) {
			// An @-file that cannot be read: the command, reading the same, says so.
			return args;
		}
	}

	private static List<String> split(String value) {
		List<String> entries = new ArrayList<>();
		for (String entry : value.split("[" + File.pathSeparator + ";]")) {
			if (!entry.isEmpty()) {
				entries.add(entry);
			}
		}
		return entries;
	}
}
