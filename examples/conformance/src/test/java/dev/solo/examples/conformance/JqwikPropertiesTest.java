package dev.solo.examples.conformance;

import net.jqwik.api.Disabled;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * jqwik, a third-party engine: properties (each many tries, one test to the Platform), an example,
 * a group (jqwik's nesting) with a property that holds, a disabled property, and a property
 * failing on purpose. Seeds are fixed so that the failure and its shrunk sample are the same in
 * every run.
 */
class JqwikPropertiesTest {

    @Property(tries = 25, seed = "42")
    boolean failsOnPurpose(@ForAll @IntRange(min = 0, max = 100) int n) {
        return n < 10;
    }

    @Example
    boolean anExample() {
        return "solo".length() == 4;
    }

    @Property
    @Disabled("disabled on purpose")
    void disabled(@ForAll int n) {
    }

    @Group
    class Strings {
        @Property(tries = 25, seed = "42")
        boolean reversingTwiceIsIdentity(@ForAll @StringLength(max = 20) String s) {
            String twice = new StringBuilder(new StringBuilder(s).reverse()).reverse().toString();
            return twice.equals(s);
        }
    }
}
