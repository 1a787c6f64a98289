package dev.solo.examples.mocking.orders;

import java.util.Map;

/** Final, as much production code is: only Mockito's inline mock maker can mock it. */
public final class PriceList {
    private final Map<String, Integer> cents;

    public PriceList(Map<String, Integer> cents) {
        this.cents = Map.copyOf(cents);
    }

    public int price(String item) {
        Integer price = cents.get(item);
        if (price == null) {
            throw new IllegalArgumentException("no price for " + item);
        }
        return price;
    }
}
