package dev.solo.examples.misbehaving;

/**
 * For fixtures whose JVMs must or must not run side by side: records the wall-clock time a
 * test starts and ends ({@code start=}/{@code end=} in milliseconds since the epoch, see
 * {@link Pids#recordExtra}) around a pause long enough for neighbours to overlap it.
 */
final class Timed {

    static final long HOLD_MILLIS = 700;

    private Timed() {
    }

    static void hold(String name) throws InterruptedException {
        Pids.record(name);
        Pids.recordExtra(name, "start", System.currentTimeMillis());
        Thread.sleep(HOLD_MILLIS);
        Pids.recordExtra(name, "end", System.currentTimeMillis());
    }
}
