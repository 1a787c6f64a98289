package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import org.apiguardian.api.API;

/**
 * One {@code [[profile.NAME.scripts]]} table: the setup scripts the tests its filter matches need.
 *
 * @param filter the filterset as written, not yet parsed
 * @param setup the names of {@code [scripts.setup.*]}, in the order they run
 * @param where {@code file:line} of the table
 */
@API(status = INTERNAL, since = "0.1")
public record ProfileScripts(String profile, String filter, List<String> setup, String where) {

	public ProfileScripts {
		setup = List.copyOf(setup);
	}
}
