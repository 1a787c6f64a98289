package dev.solo.examples.isolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A global registry of names: static, mutable, never cleared. */
public final class Registry {

    private static final List<String> NAMES = Collections.synchronizedList(new ArrayList<>());

    private Registry() {
    }

    public static void register(String name) {
        if (NAMES.contains(name)) {
            throw new IllegalStateException(name + " is already registered");
        }
        NAMES.add(name);
    }

    public static List<String> names() {
        synchronized (NAMES) {
            return List.copyOf(NAMES);
        }
    }
}
