package dev.solo.examples.mocking.billing;

public final class Invoice {
    private final long cents;

    public Invoice(long cents) {
        this.cents = cents;
    }

    public void bill(Ledger ledger) {
        if (cents <= 0) {
            throw new IllegalStateException("nothing to bill");
        }
        ledger.post(cents);
    }
}
