package dev.solo.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.Arrays;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The command line uses the engine through a named surface only: engine types whose {@link API}
 * says the launcher is a consumer (or that are not internal). A new use of any other engine type
 * fails here, and the type's annotation is where the surface is widened, on purpose.
 */
class ArchitectureTest {
	private static final String LAUNCHER = "dev.solo.launcher";

	static final ArchRule CLI_USES_THE_ENGINE_SURFACE_ONLY = noClasses().that().resideInAPackage(LAUNCHER + "..")
			.should().dependOnClassesThat(engineTypesNotForTheLauncher())
			.because("the CLI depends on a small, named engine surface: mark a type's @API with consumers = \""
					+ LAUNCHER + "\" to add it");

	/** The commands parse and decide; the packages that do the work are theirs to use, not the other way round. */
	static final ArchRule ONLY_THE_ENTRY_POINT_USES_THE_COMMANDS = noClasses().that()
			.resideInAnyPackage(LAUNCHER + ".listing..", LAUNCHER + ".showconfig..", LAUNCHER + ".run..",
					LAUNCHER + ".project..")
			.should().dependOnClassesThat().resideInAPackage(LAUNCHER + ".command..")
			.because("the command package holds picocli's options; the work beside it takes plain values");

	/** The project's modules and the Platform session know nothing of what a command does with them. */
	static final ArchRule THE_PROJECT_DEPENDS_ON_NO_OUTPUT = noClasses().that().resideInAPackage(LAUNCHER + ".project..")
			.should().dependOnClassesThat().resideInAnyPackage(LAUNCHER + ".listing..", LAUNCHER + ".showconfig..",
					LAUNCHER + ".run..", LAUNCHER + ".output..", LAUNCHER + ".terminal..");

	@Test
	void theCommandsPackageIsUsedByNoneOfTheWorkBesideIt() {
		JavaClasses launcher = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages(LAUNCHER);
		ONLY_THE_ENTRY_POINT_USES_THE_COMMANDS.check(launcher);
		THE_PROJECT_DEPENDS_ON_NO_OUTPUT.check(launcher);
	}

	@Test
	void theCommandLineUsesOnlyTheEnginesNamedSurface() {
		JavaClasses launcher = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages(LAUNCHER);
		CLI_USES_THE_ENGINE_SURFACE_ONLY.check(launcher);
	}

	/** Every public type says how far it can be relied on (JUnit's own convention). */
	@Test
	void everyPublicTypeSaysItsApiStatus() {
		JavaClasses launcher = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages(LAUNCHER);
		classes().that().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class).check(launcher);
	}

	@Test
	void aUseOfAnEngineTypeOutsideTheSurfaceFailsTheRule() {
		// A class of the launcher's (a test fixture) that reaches into the fork package.
		JavaClasses forbidden = new ClassFileImporter().importClasses(ReachesIntoFork.class);
		EvaluationResult result = CLI_USES_THE_ENGINE_SURFACE_ONLY.evaluate(forbidden);
		assertTrue(result.hasViolation(), "the rule must fail on a forbidden use");
		assertTrue(result.getFailureReport().toString().contains("dev.solo.engine.fork.JvmCommand"),
				result.getFailureReport().toString());
	}

	/** Engine types whose {@code @API} is internal and does not name the launcher among its consumers. */
	private static DescribedPredicate<JavaClass> engineTypesNotForTheLauncher() {
		return DescribedPredicate.describe("engine types not marked for the launcher", type -> {
			if (!type.getPackageName().startsWith("dev.solo.engine")) {
				return false;
			}
			JavaClass outer = type;
			while (outer.getEnclosingClass().isPresent()) {
				outer = outer.getEnclosingClass().get();
			}
			if (!outer.isAnnotatedWith(API.class)) {
				return true;
			}
			API api = outer.getAnnotationOfType(API.class);
			return api.status() == API.Status.INTERNAL && Arrays.stream(api.consumers()).noneMatch(LAUNCHER::equals);
		});
	}

	/** Uses the command line of a test JVM, which is no part of the engine's surface. */
	static final class ReachesIntoFork {
		Object command() {
			return dev.solo.engine.fork.JvmCommand.class;
		}
	}
}
