package dev.solo.engine.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.child.ChildMain;
import dev.solo.engine.config.Isolation;
import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.scheduler.UnitRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** The setups of a run with real processes ({@code sh}), driven as the scheduler drives them. */
class SetupScriptsTest {

	@TempDir
	Path workspace;

	private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
	private final ForkUnit db1 = unit("com.example.db.FirstTest", "a");
	private final ForkUnit db2 = unit("com.example.db.SecondTest", "b");
	private final ForkUnit plain = unit("com.example.PlainTest", "c");

	private SetupScripts scripts(String toml, List<ForkUnit> units) throws IOException {
		Files.createDirectories(workspace.resolve(".config"));
		Files.writeString(workspace.resolve(".config/solo.toml"), toml);
		return new SetupScripts(ScriptRules.of("default", workspace), units, events::add, UUID.randomUUID().toString(),
				Map.of("SOLO", "1"), new PrintStream(new ByteArrayOutputStream()), unit -> null);
	}

	private static final String DB = """
			[scripts.setup.db]
			command = ["sh", "-c", "echo run >> setups.txt; sleep 0.3; echo DB_PORT=5432 >> $SOLO_ENV; sleep 300 &"]
			teardown = "db-down"
			[scripts.teardown.db-down]
			command = ["sh", "-c", "echo $DB_PORT >> teardowns.txt"]
			[[profile.default.scripts]]
			filter = 'package(com.example.db)'
			setup = ["db"]
			""";

	@Test
	void runsOnceForEveryUnitThatWaitsAndExportsToThoseUnitsAlone() throws Exception {
		SetupScripts scripts = scripts(DB, List.of(db1, db2, plain));
		ExecutorService workers = Executors.newFixedThreadPool(3);
		try {
			List<Future<Optional<String>>> waits = new ArrayList<>();
			for (ForkUnit unit : List.of(db1, db2, plain)) {
				waits.add(workers.submit(() -> scripts.await(unit)));
			}
			for (Future<Optional<String>> wait : waits) {
				assertEquals(Optional.empty(), wait.get());
			}
		}
		finally {
			workers.shutdownNow();
		}
		assertEquals(List.of("run"), Files.readAllLines(workspace.resolve("setups.txt")));
		assertTrue(scripts.ready(db1) && scripts.ready(plain));
		UnitRun base = UnitRun.of(settings());
		assertEquals("5432", scripts.withExports(unit -> base).apply(db2).env().get("DB_PORT"));
		assertFalse(scripts.withExports(unit -> base).apply(plain).env().containsKey("DB_PORT"));
		assertFalse(scripts.withExports(unit -> base).apply(db2).env().containsKey(ChildMain.SETUP_PROPERTIES),
				"a command's exports are environment variables only, unless it says so");

		scripts.ended(db1);
		scripts.ended(plain);
		Thread.sleep(300);
		assertFalse(Files.exists(workspace.resolve("teardowns.txt")), "torn down before its last unit ended");
		scripts.ended(db2);
		scripts.runEnding();
		assertEquals(List.of("5432"), Files.readAllLines(workspace.resolve("teardowns.txt")));
		ScriptOutcome setup = finished("db");
		assertEquals(List.of("DB_PORT"), setup.exported());
		assertEquals(1, setup.leftRunning().size(), setup::toString);
		assertTrue(setup.leftRunning().get(0).contains("sleep 300"), setup::toString);
		assertNoneLeft(setup);
	}

	/** {@code system-properties = true}: the test JVM sets each export as a system property too, from its environment. */
	@Test
	void aSetupThatSaysSoExportsSystemPropertiesToo() throws Exception {
		SetupScripts scripts = scripts(DB.replace("teardown = \"db-down\"", "system-properties = true"),
				List.of(db1, plain));
		try {
			assertEquals(Optional.empty(), scripts.await(db1));
			UnitRun base = UnitRun.of(settings());
			assertEquals("DB_PORT", scripts.withExports(unit -> base).apply(db1).env().get(ChildMain.SETUP_PROPERTIES));
			assertFalse(scripts.withExports(unit -> base).apply(plain).env().containsKey(ChildMain.SETUP_PROPERTIES));
		}
		finally {
			scripts.runEnding();
		}
		assertNoneLeft(finished("db"));
	}

	@Test
	void aSetupNoUnitNeedsNeverRuns() throws Exception {
		SetupScripts scripts = scripts(DB, List.of(plain));
		assertEquals(Optional.empty(), scripts.await(plain));
		scripts.ended(plain);
		scripts.runEnding();
		assertEquals(List.of(), scripts.needed());
		assertFalse(Files.exists(workspace.resolve("setups.txt")));
		assertEquals(List.of(), events);
	}

	@Test
	void aFailedSetupKeepsItsUnitsFromStartingAndIsTheRunsFailure() throws Exception {
		SetupScripts scripts = scripts("""
				[scripts.setup.db]
				command = ["sh", "-c", "echo no database here >&2; exit 4"]
				capture-stderr = true
				[[profile.default.scripts]]
				filter = 'all()'
				setup = ["db"]
				""", List.of(db1, db2));
		assertEquals(Optional.of("not run: setup script db failed"), scripts.await(db1));
		assertEquals(Optional.of("not run: setup script db failed"), scripts.await(db2));
		ScriptOutcome failure = scripts.failure().orElseThrow();
		assertEquals(ScriptOutcome.Status.FAILED, failure.status());
		assertEquals(Optional.of(4), failure.exitCode());
		assertEquals("no database here\n", failure.stderr().text());
		assertFalse(scripts.ready(db1));
	}

	@Test
	void cancellingTheRunStopsARunningSetupWithoutCallingItAFailure() throws Exception {
		SetupScripts scripts = scripts("""
				[scripts.setup.slow]
				command = ["sleep", "30"]
				[[profile.default.scripts]]
				filter = 'all()'
				setup = ["slow"]
				""", List.of(db1));
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			Future<Optional<String>> wait = worker.submit(() -> scripts.await(db1));
			Thread.sleep(300);
			long start = System.nanoTime();
			scripts.cancel();
			assertEquals(Optional.of(RunEvent.TestNotRun.CANCELLED), wait.get());
			assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
		}
		finally {
			worker.shutdownNow();
		}
		assertEquals(Optional.empty(), scripts.failure());
		assertEquals(ScriptOutcome.Status.CANCELLED, finished("slow").status());
	}

	private ScriptOutcome finished(String name) {
		synchronized (events) {
			return events.stream().filter(RunEvent.ScriptFinished.class::isInstance).map(e -> ((RunEvent.ScriptFinished) e)
					.outcome()).filter(o -> o.name().equals(name) && o.isSetup()).findFirst().orElseThrow();
		}
	}

	private static void assertNoneLeft(ScriptOutcome setup) {
		for (String left : setup.leftRunning()) {
			long pid = Long.parseLong(left.split(" ")[1]);
			assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), left + " still runs");
		}
	}

	private static Settings settings() {
		return Settings.from(dev.solo.engine.TestParameters.of(Map.of()));
	}

	private static ForkUnit unit(String className, String method) {
		TestDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		UniqueId classId = UniqueId.forEngine("junit-jupiter").append("class", className);
		MirrorDescriptor cls = new MirrorDescriptor(SoloIds.toSolo(classId), classId, className, className,
				TestDescriptor.Type.CONTAINER, ClassSource.from(className), Set.of(), false, "Engine");
		UniqueId testId = classId.append("method", method + "()");
		MirrorDescriptor test = new MirrorDescriptor(SoloIds.toSolo(testId), testId, method + "()", method + "()",
				TestDescriptor.Type.TEST, MethodSource.from(className, method, ""), Set.of(), false, "Engine");
		root.addChild(cls);
		cls.addChild(test);
		return ForkUnit.collect(root, Isolation.TEST).get(0);
	}
}
