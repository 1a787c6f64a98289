package dev.solo.examples.mocking.orders;

import java.util.List;

public final class Order {
    private final List<String> items;

    public Order(List<String> items) {
        this.items = List.copyOf(items);
    }

    public int total(PriceList prices) {
        return items.stream().mapToInt(prices::price).sum();
    }
}
