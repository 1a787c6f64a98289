package dev.solo.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's layout rules, checked on its compiled classes so that they stay true. */
class ArchitectureTest {
	private static JavaClasses engine;

	@BeforeAll
	static void importEngine() {
		engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("dev.solo.engine");
	}

	/**
	 * A test JVM loads as little as it can: what runs in it never reaches JSON, compression, the
	 * store, the scheduler or the host's event stream, even through a class it uses. The JVM that
	 * trains an AOT cache runs the child's path, so its code is held to the same.
	 */
	@Test
	void theChildJvmsCodeReachesNothingOfTheHosts() {
		ArchRule rule = noClasses().that()
				.resideInAnyPackage("dev.solo.engine.child..", "dev.solo.engine.startup.training..").should()
				.transitivelyDependOnClassesThat().resideInAnyPackage("com.fasterxml..", "com.github.luben..",
						"dev.solo.engine.json..", "dev.solo.engine.compress..", "dev.solo.engine.store..",
						"dev.solo.engine.record..", "dev.solo.engine.scheduler..", "dev.solo.engine.events..",
						"dev.solo.engine.config..");
		rule.check(engine);
	}

	/**
	 * The training JVM has the jars alone on its class path and runs a test JVM's code, not the
	 * host's: it never reaches the host half of start-up (the archive, the options) nor fork.
	 */
	@Test
	void theTrainingJvmsCodeStaysOutOfTheHostsStartUp() {
		noClasses().that().resideInAPackage("dev.solo.engine.startup.training..").should()
				.transitivelyDependOnClassesThat()
				.resideInAnyPackage("dev.solo.engine.startup", "dev.solo.engine.fork..", "dev.solo.engine.files..")
				.check(engine);
	}

	/**
	 * Start-up knows how a test JVM starts fast, not what one runs: it is used by fork and uses
	 * nothing of an attempt, the run's configuration or its events.
	 */
	@Test
	void startUpKnowsNothingOfAttempts() {
		noClasses().that().resideInAPackage("dev.solo.engine.startup..").should().dependOnClassesThat()
				.resideInAnyPackage("dev.solo.engine.fork..", "dev.solo.engine.scheduler..", "dev.solo.engine.events..",
						"dev.solo.engine.config..")
				.check(engine);
	}

	/**
	 * Fork runs one attempt's JVM and reports what it came to; when to stop it and what the attempt
	 * was are the scheduler's, and what is kept of it is the store's and the record's.
	 */
	@Test
	void forkDecidesNothingOfTheRun() {
		noClasses().that().resideInAPackage("dev.solo.engine.fork..").should().dependOnClassesThat()
				.resideInAnyPackage("dev.solo.engine.scheduler..", "dev.solo.engine.store..", "dev.solo.engine.record..",
						"dev.solo.engine.replay..")
				.check(engine);
	}

	@Test
	void noTwoPackagesDependOnEachOther() {
		slices().matching("dev.solo.engine.(*)..").should().beFreeOfCycles().check(engine);
	}

	/** Every public type says how far it can be relied on (JUnit's own convention). */
	@Test
	void everyPublicTypeSaysItsApiStatus() {
		classes().that().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class).check(engine);
	}
}
