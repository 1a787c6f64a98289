package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A run whose test JVMs each record a Java Flight Recording into their artifact folder
 * ({@code tracer = "jfr"}).
 *
 * @param settings JFR's {@code settings}: {@code default}, {@code profile} or a {@code .jfc} file
 * @param asked {@code solo.tracer=jfr} from the CLI's {@code --tracer jfr}, which traces exactly one
 *        test without timeouts; false when a profile or override traces every test it matches
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Tracer(String settings, boolean asked) {
	public static final String DEFAULT_SETTINGS = "default";
	/** The recording's name in each attempt's artifact folder. */
	public static final String RECORDING = "recording.jfr";
}
