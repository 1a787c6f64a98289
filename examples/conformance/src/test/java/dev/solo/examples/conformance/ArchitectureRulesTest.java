package dev.solo.examples.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchIgnore;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ArchUnit's JUnit 5 engine, a third-party engine whose tests are fields as often as methods:
 * rules as fields and as a method, rules pulled in from another class (ArchUnit's nesting), an
 * ignored rule, and a rule failing on purpose.
 */
// A few classes, not the package: importing is ArchUnit's cost, paid once per JVM.
@AnalyzeClasses(classes = {ArchitectureRulesTest.class, MarkingExtension.class, VintagePlainTest.class,
        VintagePlainTest.Fast.class})
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule fixturesDoNotUseSolo = noClasses().should().dependOnClassesThat()
            .resideInAPackage("dev.solo.engine..");

    @ArchTest
    static final ArchRule failsOnPurpose = classes().should().haveSimpleNameEndingWith("Test")
            .because("the extension and the interface do not: this rule fails on purpose");

    @ArchTest
    @ArchIgnore(reason = "ignored on purpose")
    static final ArchRule ignored = classes().should().bePublic();

    @ArchTest
    static void aRuleAsAMethod(JavaClasses classes) {
        noClasses().should().accessClassesThat().resideInAPackage("java.sql..").check(classes);
    }

    @ArchTest
    static final ArchTests shared = ArchTests.in(SharedRules.class);

    /** Rules another class pulls in with {@link ArchTests}. */
    static class SharedRules {
        @ArchTest
        static final ArchRule noJavaUtilLogging = noClasses().should().dependOnClassesThat()
                .resideInAPackage("java.util.logging..");
    }
}
