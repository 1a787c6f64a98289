package dev.solo.engine;

import dev.solo.engine.config.Settings;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The Solo engine's root, carrying the settings read and checked while discovering, so execution reads them once. */
final class SoloEngineDescriptor extends EngineDescriptor {
	private final Settings settings;

	SoloEngineDescriptor(UniqueId uniqueId, Settings settings) {
		super(uniqueId, "Solo");
		this.settings = settings;
	}

	Settings settings() {
		return settings;
	}
}
