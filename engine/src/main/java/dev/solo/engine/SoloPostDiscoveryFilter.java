package dev.solo.engine;

import dev.solo.engine.discovery.DiscoveryScope;
import dev.solo.engine.discovery.SoloIds;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Hides the in-process twins of the tests Solo adopted, so that no test ever runs twice (and
 * none runs in the host JVM). Does nothing when Solo is off.
 */
public final class SoloPostDiscoveryFilter implements PostDiscoveryFilter {
	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		String engine = descriptor.getUniqueId().getEngineId().orElse("");
		if (!engine.equals(SoloIds.ENGINE_ID) && DiscoveryScope.current().hides(engine)) {
			return FilterResult.excluded("runs in its own JVM under the Solo engine");
		}
		return FilterResult.included("not adopted by Solo");
	}
}
