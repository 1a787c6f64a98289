package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.HashSet;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * What the Solo engine adopted in the discovery running on this thread, so that the
 * post-discovery filter can hide the in-process twins, and so that a Solo engine reached again
 * while delegating (for example through the suite engine) stays inert.
 */
@API(status = INTERNAL, since = "0.1")
public final class DiscoveryScope {
	private static final ThreadLocal<DiscoveryScope> CURRENT = ThreadLocal.withInitial(DiscoveryScope::new);

	private final Set<String> adoptedEngines = new HashSet<>();
	private int delegationDepth;

	public static DiscoveryScope current() {
		return CURRENT.get();
	}

	/** A new launcher discovery starts: forget what an earlier one adopted. */
	public static void reset() {
		if (current().delegationDepth == 0) {
			CURRENT.remove();
		}
	}

	public boolean delegating() {
		return delegationDepth > 0;
	}

	void enterDelegation() {
		if (delegationDepth == 0) {
			adoptedEngines.clear();
		}
		delegationDepth++;
	}

	void exitDelegation() {
		delegationDepth--;
	}

	/** Notes an engine Solo discovered through, here or in a module's own Platform. */
	public void adopted(String engineId) {
		adoptedEngines.add(engineId);
	}

	/** Whether descriptors of this engine are to be hidden from in-process execution. */
	public boolean hides(String engineId) {
		return !delegating() && adoptedEngines.contains(engineId);
	}
}
