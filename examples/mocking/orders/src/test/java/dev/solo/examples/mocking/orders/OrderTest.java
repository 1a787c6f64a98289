package dev.solo.examples.mocking.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrderTest {
    @Test
    void totalsThePricesOfAMockedFinalClass() {
        PriceList prices = mock(PriceList.class);
        when(prices.price("tea")).thenReturn(250);

        assertEquals(500, new Order(List.of("tea", "tea")).total(prices));
        verify(prices, times(2)).price("tea");
    }

    @Test
    void anUnknownItemFailsThroughTheMock() {
        PriceList prices = mock(PriceList.class);
        when(prices.price("cake")).thenThrow(new IllegalArgumentException("no price for cake"));

        assertThrows(IllegalArgumentException.class, () -> new Order(List.of("cake")).total(prices));
    }

    /** Under Solo, each test JVM starts with Mockito's agent, so Mockito attaches no second JVM to it. */
    @Test
    void underSoloTheJvmStartsWithMockitosAgent() {
        mock(PriceList.class);
        if (System.getenv("SOLO") != null) {
            assertEquals(1, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-javaagent:") && a.contains("mockito-core")).count());
        }
    }
}
