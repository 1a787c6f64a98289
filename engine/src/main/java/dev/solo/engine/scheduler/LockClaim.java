package dev.solo.engine.scheduler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Jupiter resource locks one unit holds while its JVM runs. Like Jupiter in one JVM, every
 * unit implicitly reads a global resource that an {@code @Isolated} unit writes, so an isolated
 * unit runs alone.
 *
 * @param keys resource key to {@code true} for {@code READ_WRITE}, {@code false} for {@code READ}
 */
record LockClaim(boolean isolated, Map<String, Boolean> keys) {
	static final LockClaim NONE = new LockClaim(false, Map.of());

	LockClaim {
		keys = Map.copyOf(keys);
	}

	boolean isNone() {
		return !isolated && keys.isEmpty();
	}

	/** Two units conflict when either is isolated, or they share a key and at least one writes it. */
	boolean conflictsWith(LockClaim other) {
		if (isolated || other.isolated) {
			return true;
		}
		for (Map.Entry<String, Boolean> key : keys.entrySet()) {
			Boolean otherWrites = other.keys.get(key.getKey());
			if (otherWrites != null && (otherWrites || key.getValue())) {
				return true;
			}
		}
		return false;
	}

	/** Both claims at once; a key read by one and written by the other is written. */
	LockClaim and(LockClaim other) {
		Map<String, Boolean> merged = new LinkedHashMap<>(keys);
		other.keys.forEach((key, writes) -> merged.merge(key, writes, Boolean::logicalOr));
		return new LockClaim(isolated || other.isolated, merged);
	}

	@Override
	public String toString() {
		return (isolated ? "isolated " : "") + keys;
	}
}
