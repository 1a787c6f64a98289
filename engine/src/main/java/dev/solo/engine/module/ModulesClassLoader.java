package dev.solo.engine.module;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;

/**
 * Every module's classes at once, for the host's work after discovery that loads a test's
 * classes by name (a failure's exception type, a class's resource locks). Modules are asked in
 * order; where two hold the same name the first wins, which can only misname a failure's type,
 * never change a result: results come from the child JVMs.
 */
@API(status = INTERNAL, since = "0.1")
public final class ModulesClassLoader extends ClassLoader {
	private final List<ClassLoader> modules;

	static {
		ClassLoader.registerAsParallelCapable();
	}

	private ModulesClassLoader(List<ClassLoader> modules, ClassLoader parent) {
		super("solo-modules", parent);
		this.modules = modules;
	}

	/** The loader of the modules under {@code root} (and the class-path module), or {@code fallback} when it has none. */
	public static ClassLoader of(TestDescriptor root, Optional<ModuleDescriptor> classPathModule,
			ClassLoader fallback) {
		List<ClassLoader> loaders = new ArrayList<>();
		classPathModule.ifPresent(m -> loaders.add(m.loader()));
		root.getChildren().stream().filter(ModuleDescriptor.class::isInstance)
				.forEach(d -> loaders.add(((ModuleDescriptor) d).loader()));
		return loaders.isEmpty() ? fallback : new ModulesClassLoader(loaders, ModulesClassLoader.class.getClassLoader());
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		for (ClassLoader module : modules) {
			try {
				return Class.forName(name, false, module);
			}
			catch (ClassNotFoundException e) {
				// the next module may have it
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	protected URL findResource(String name) {
		for (ClassLoader module : modules) {
			URL url = module.getResource(name);
			if (url != null) {
				return url;
			}
		}
		return null;
	}
}
