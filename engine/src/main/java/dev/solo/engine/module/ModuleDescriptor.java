package dev.solo.engine.module;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.SoloIds;

import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** A module's tests under the Solo root, {@code [engine:solo]/[module:name]}, with how its test JVMs start. */
@API(status = INTERNAL, since = "0.1")
public final class ModuleDescriptor extends AbstractTestDescriptor {
	private final ModuleSelector module;
	private final ClassLoader loader;

	ModuleDescriptor(UniqueId parentId, ModuleSelector module, ClassLoader loader) {
		super(parentId.append(SoloIds.MODULE_SEGMENT, shownName(module)), shownName(module));
		this.module = module;
		this.loader = loader;
	}

	/** The class-path module of a run has no name of its own; it is never in the tree either. */
	private static String shownName(ModuleSelector module) {
		return module.name().isEmpty() ? "class-path" : module.name();
	}

	public ModuleSelector module() {
		return module;
	}

	/** The loader the module's tests were discovered in. */
	public ClassLoader loader() {
		return loader;
	}

	@Override
	public Type getType() {
		return Type.CONTAINER;
	}

	/** The module {@code descriptor} belongs to, if the run has modules. */
	public static Optional<ModuleDescriptor> of(TestDescriptor descriptor) {
		for (Optional<TestDescriptor> d = Optional.of(descriptor); d.isPresent(); d = d.get().getParent()) {
			if (d.get() instanceof ModuleDescriptor module) {
				return Optional.of(module);
			}
		}
		return Optional.empty();
	}
}
