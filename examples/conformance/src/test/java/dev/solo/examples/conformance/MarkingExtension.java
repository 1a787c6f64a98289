package dev.solo.examples.conformance;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Registered through {@code META-INF/services}: found only when auto-detection is on. */
public class MarkingExtension implements BeforeEachCallback {
    static final String PROPERTY = "conformance.autodetected";

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty(PROPERTY, "yes");
    }
}
