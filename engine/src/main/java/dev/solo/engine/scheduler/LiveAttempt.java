package dev.solo.engine.scheduler;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.fork.TestJvm;

/** An attempt under way, as the scheduler knows it: what a status dump starts from. */
record LiveAttempt(ForkUnit unit, int number, int total, int globalSlot, long startNanos, TestJvm jvm) {
}
