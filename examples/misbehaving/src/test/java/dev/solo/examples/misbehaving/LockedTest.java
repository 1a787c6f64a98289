package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Holds the resource {@code LockedTooTest} holds: no test of one may overlap a test of the other, nor of itself. */
@ResourceLock("solo.fixture.shared-resource")
class LockedTest {

    @Test
    void first() throws InterruptedException {
        Timed.hold("LockedTest.first");
    }

    @Test
    void second() throws InterruptedException {
        Timed.hold("LockedTest.second");
    }
}
