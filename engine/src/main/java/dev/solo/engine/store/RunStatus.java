package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where a recorded run got to. */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public enum RunStatus {
	/** Still running, or its host died before the end: what it recorded up to then is kept. */
	INCOMPLETE,
	COMPLETED,
	CANCELLED
}
