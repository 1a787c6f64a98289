package dev.solo.examples.mocking.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class InvoiceTest {
    @Test
    void billingPostsToAMockedFinalLedger() {
        Ledger ledger = mock(Ledger.class);

        new Invoice(1200).bill(ledger);

        verify(ledger).post(1200);
    }

    @Test
    void nothingToBillPostsNothing() {
        Ledger ledger = mock(Ledger.class);

        assertThrows(IllegalStateException.class, () -> new Invoice(0).bill(ledger));
        verify(ledger, never()).post(anyLong());
    }

    @Test
    void aStubbedBalance() {
        Ledger ledger = mock(Ledger.class);
        when(ledger.balance()).thenReturn(42L);

        assertEquals(42L, ledger.balance());
    }
}
