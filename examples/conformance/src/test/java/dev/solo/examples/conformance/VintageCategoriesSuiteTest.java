package dev.solo.examples.conformance;

import org.junit.experimental.categories.Categories;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/** JUnit 4's {@code Categories}: only the {@code Fast} test of its member. */
@RunWith(Categories.class)
@Categories.IncludeCategory(VintagePlainTest.Fast.class)
@Suite.SuiteClasses(VintagePlainTest.class)
public class VintageCategoriesSuiteTest {
}
