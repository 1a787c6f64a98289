package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;

import org.apiguardian.api.API;

/**
 * One {@code [[profile.NAME.overrides]]} table: settings for the tests its filter matches.
 * Parsed and checked here; matching and applying them belongs to the filter work.
 *
 * @param filter the filterset as written, not yet parsed
 * @param where {@code file:line} of the table
 * @param line the line of the table, for tools that want the number alone
 * @param settings its settings, keyed by canonical dotted name, as a profile's
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record ProfileOverride(String profile, String filter, String where, int line,
		Map<String, SettingValue.File> settings) {
}
