package dev.solo.examples.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code @Nested} tests each get their own JVM too; {@link Registry} starts empty in each. */
class NestedIsolationTest {

    @Test
    void outerRegistersRoot() {
        Registry.register("root");
        assertEquals(List.of("root"), Registry.names());
    }

    @Nested
    class Alice {
        @Test
        void registersAlice() {
            Registry.register("alice");
            assertEquals(List.of("alice"), Registry.names());
        }
    }

    @Nested
    class Bob {
        @Test
        void registersBob() {
            Registry.register("bob");
            assertEquals(List.of("bob"), Registry.names());
        }

        @Test
        void registersBobAgain() {
            // Would throw "bob is already registered" if registersBob() ran earlier in this JVM.
            Registry.register("bob");
            assertEquals(List.of("bob"), Registry.names());
        }
    }
}
