package dev.solo.examples.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each test expects a fresh JVM: the static counter (in the test class and in {@link IdGenerator})
 * must be untouched when it starts. In one shared JVM only the first test to run can pass.
 */
class StaticCounterTest {

    static int counter;

    private static void expectPristineThenIncrement() {
        assertEquals(0, counter, "static counter was already incremented by another test in this JVM");
        counter++;
    }

    @Test
    void first() {
        expectPristineThenIncrement();
        assertEquals("order-1", IdGenerator.next("order"));
    }

    @Test
    void second() {
        expectPristineThenIncrement();
        assertEquals("order-1", IdGenerator.next("order"));
    }

    @Test
    void third() {
        expectPristineThenIncrement();
        assertEquals("invoice-1", IdGenerator.next("invoice"));
    }
}
