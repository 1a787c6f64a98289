package dev.solo.engine.scripts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;

import org.apiguardian.api.API;

/**
 * A setup written in Java: named in {@code .config/solo.toml} as
 * {@code [scripts.setup.NAME] class = "com.example.DbSetup"}, it runs in a JVM of its own on the
 * tests' class path, once per run, before the first test its rule matches. What {@link #setUp()}
 * returns reaches each of those tests' JVMs as environment variables and as system properties.
 * The JVM stays alive until the last of them has ended, so what it started (a Testcontainers
 * container, an embedded Kafka, a mock server) serves every test JVM of the run; then
 * {@link #tearDown()} runs and the JVM ends. If the run's host dies, the JVM notices and tears
 * down all the same.
 *
 * <p>The class needs a public no-argument constructor.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SoloSetup {

	/**
	 * Sets up; returns what the tests see: names such as {@code JDBC_URL} (letters, digits,
	 * {@code _} and {@code .}, not starting with {@code SOLO_}), values of one line.
	 */
	Map<String, String> setUp() throws Exception;

	/** Undoes {@link #setUp()}, after the last test that needed it; the default does nothing. */
	default void tearDown() throws Exception {
	}
}
