/**
 * zstd for the store's event logs and the CLI's archives: zstd-jni carried inside the engine's jar
 * as a jar of its own, extracted to Solo's cache and loaded in a class loader of its own, on first
 * use, never in a test's JVM. Depends on {@code files} alone (where the jar is extracted to), never
 * on the store, the recorder or JSON.
 */
package dev.solo.engine.compress;
