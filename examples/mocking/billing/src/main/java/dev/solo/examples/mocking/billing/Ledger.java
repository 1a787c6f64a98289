package dev.solo.examples.mocking.billing;

/** Final: only Mockito's inline mock maker can mock it. */
public final class Ledger {
    private long balance;

    public void post(long cents) {
        balance += cents;
    }

    public long balance() {
        return balance;
    }
}
