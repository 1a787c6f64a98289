package dev.solo.examples.isolation;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out sequential ids from a JVM-wide counter: the kind of static state real code has
 * and tests trip over. Every JVM starts counting at 1.
 */
public final class IdGenerator {

    private static final AtomicLong NEXT = new AtomicLong(1);

    private IdGenerator() {
    }

    public static String next(String prefix) {
        return prefix + "-" + NEXT.getAndIncrement();
    }
}
