package dev.solo.examples.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link AppConfig} caches the language of the first caller for the life of the JVM. In a shared
 * JVM the second test gets the first test's greeting.
 */
class SingletonCacheTest {

    @Test
    void french() {
        System.setProperty("app.language", "fr");
        assertEquals("Bonjour", AppConfig.get().greeting());
    }

    @Test
    void german() {
        System.setProperty("app.language", "de");
        assertEquals("Hallo", AppConfig.get().greeting());
    }
}
