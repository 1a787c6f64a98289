package dev.solo.engine.module;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.fork.JvmCommand;
import dev.solo.engine.scheduler.Placement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;

/** Each module's {@link Placement}: its JVM options, class path, folder and environment. */
@API(status = INTERNAL, since = "0.1")
public final class ModulePlacements implements AutoCloseable {
	private final Map<ModuleDescriptor, Placement> placements;
	private final Placement fallback;

	private ModulePlacements(Map<ModuleDescriptor, Placement> placements, Placement fallback) {
		this.placements = placements;
		this.fallback = fallback;
	}

	/**
	 * One placement per module under {@code root}; units outside any module get the class-path
	 * module's, if the run has one, else {@code fallback}.
	 */
	public static ModulePlacements of(TestDescriptor root, Optional<ModuleDescriptor> classPathModule, Path workDir,
			JvmCommand.Tuning tuning, Placement fallback) throws IOException {
		Map<ModuleDescriptor, Placement> placements = new LinkedHashMap<>();
		for (TestDescriptor child : root.getChildren()) {
			if (child instanceof ModuleDescriptor module) {
				placements.put(module, placement(module, workDir, tuning));
			}
		}
		if (classPathModule.isPresent()) {
			Placement own = placement(classPathModule.get(), workDir, tuning);
			placements.put(classPathModule.get(), own);
			fallback = own;
		}
		return new ModulePlacements(placements, fallback);
	}

	private static Placement placement(ModuleDescriptor module, Path workDir, JvmCommand.Tuning tuning)
			throws IOException {
		ModuleSelector selector = module.module();
		String origin = "the test JVM options (Surefire's argLine, systemPropertyVariables)"
				+ (selector.name().isEmpty() ? "" : " of module " + selector.name());
		JvmCommand command = JvmCommand.forModule(module.getUniqueId().getLastSegment().getValue(), origin,
				selector.jvmArgs(), childClassPath(selector.classPath()), workDir, tuning);
		return new Placement(command, selector.directory(), selector.environment(), selector.configuration());
	}

	public boolean isEmpty() {
		return placements.isEmpty();
	}

	public Placement placement(ForkUnit unit) {
		return ModuleDescriptor.of(unit.descriptor()).map(placements::get).orElse(fallback);
	}

	/** Each module's command, to try an override's JVM options against. */
	public List<JvmCommand> commands() {
		return placements.values().stream().map(Placement::command).toList();
	}

	@Override
	public void close() {
		placements.values().forEach(p -> p.command().close());
	}

	/**
	 * The module's class path without any Solo engine of its own: the child gets the one this
	 * run's engine was loaded from, and two would be two engines with the id {@code solo}.
	 */
	private static List<String> childClassPath(List<Path> classPath) {
		List<String> entries = new ArrayList<>();
		for (Path entry : classPath) {
			if (Files.exists(entry) && !SoloEngineJar.in(entry)) {
				entries.add(entry.toAbsolutePath().toString());
			}
		}
		return entries;
	}
}
