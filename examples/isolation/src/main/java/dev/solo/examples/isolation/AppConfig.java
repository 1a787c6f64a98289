package dev.solo.examples.isolation;

import java.util.Locale;

/**
 * A lazily initialised singleton that reads system properties once and caches the result for
 * the life of the JVM: the first test to touch it decides what every later test in the same
 * JVM sees.
 */
public final class AppConfig {

    private static volatile AppConfig instance;

    private final String language;

    private AppConfig(String language) {
        this.language = language;
    }

    public static AppConfig get() {
        AppConfig current = instance;
        if (current == null) {
            synchronized (AppConfig.class) {
                current = instance;
                if (current == null) {
                    current = new AppConfig(System.getProperty("app.language", "en").toLowerCase(Locale.ROOT));
                    instance = current;
                }
            }
        }
        return current;
    }

    public String language() {
        return language;
    }

    public String greeting() {
        return switch (language) {
            case "fr" -> "Bonjour";
            case "de" -> "Hallo";
            default -> "Hello";
        };
    }
}
