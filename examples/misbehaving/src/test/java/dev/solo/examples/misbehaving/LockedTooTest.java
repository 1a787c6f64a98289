package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Holds the resource {@code LockedTest} holds: no test of one may overlap a test of the other, nor of itself. */
@ResourceLock("solo.fixture.shared-resource")
class LockedTooTest {

    @Test
    void first() throws InterruptedException {
        Timed.hold("LockedTooTest.first");
    }

    @Test
    void second() throws InterruptedException {
        Timed.hold("LockedTooTest.second");
    }
}
