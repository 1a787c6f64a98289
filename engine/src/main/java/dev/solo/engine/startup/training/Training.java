package dev.solo.engine.startup.training;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.child.Rehearsal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

import org.apiguardian.api.API;

/**
 * The workload an AOT cache is trained on (JDK 25+). A cache can only be recorded with jars on
 * the class path, so it cannot watch a real test of yours (its classes live in a folder);
 * instead it runs Solo's own child path on a built-in Jupiter workload, and loads every class a
 * real test JVM of this run loaded from the jars (the class list the first child recorded).
 * Usage: {@code Training <class list>}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Training {
	private Training() {
	}

	public static void main(String[] args) throws Exception {
		ClassLoader loader = ClassLoader.getSystemClassLoader();
		List<String> classes = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
		for (String line : classes) {
			if (line.isEmpty() || line.startsWith("@") || line.startsWith("#")) {
				continue;
			}
			String name = line.split(" ", 2)[0].replace('/', '.');
			try {
				Class.forName(name, false, loader);
			}
			catch (ClassNotFoundException | LinkageError e) {
				// a class of a test folder, or one this class path cannot link: not for the cache
			}
		}
		try {
			Class.forName(JUPITER, false, loader);
		}
		catch (ClassNotFoundException e) {
			return;
		}
		runWorkload(JUPITER);
	}

	private static final String JUPITER = "org.junit.jupiter.engine.JupiterTestEngine";

	/** Each unit as a child runs one: a method, a failing method, a nested class's method, a whole class. */
	private static final List<String> UNITS = List.of(
			"[engine:junit-jupiter]/[class:dev.solo.engine.startup.training.TrainingWorkload]/[method:passes()]",
			"[engine:junit-jupiter]/[class:dev.solo.engine.startup.training.TrainingWorkload]/[method:fails()]",
			"[engine:junit-jupiter]/[class:dev.solo.engine.startup.training.TrainingWorkload]/[nested-class:Inner]"
					+ "/[method:nestedPasses()]",
			"[engine:junit-jupiter]/[class:dev.solo.engine.startup.training.TrainingWorkload]");

	private static void runWorkload(String engineClass) throws ReflectiveOperationException {
		for (String unit : UNITS) {
			Rehearsal.run(engineClass, unit);
		}
	}
}
