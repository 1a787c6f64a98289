package dev.solo.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.module.ModuleDescriptor;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.policy.Policies;
import dev.solo.engine.record.RerunBase;

import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import dev.solo.engine.scripts.ScriptRules;

/**
 * The Solo engine's root, carrying what was read and checked while discovering (settings, the
 * overrides, the partition), so execution, and {@code solo list}, read them once.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SoloEngineDescriptor extends EngineDescriptor {
	private final Settings settings;
	private final Policies policies;
	private final Optional<Partition> partition;
	private final Optional<RerunBase> rerun;
	private Optional<ModuleDescriptor> classPathModule = Optional.empty();
	private ScriptRules scripts = ScriptRules.NONE;

	SoloEngineDescriptor(UniqueId uniqueId, Settings settings, Policies policies, Optional<Partition> partition,
			Optional<RerunBase> rerun) {
		super(uniqueId, "Solo");
		this.settings = settings;
		this.policies = policies;
		this.partition = partition;
		this.rerun = rerun;
	}

	public Settings settings() {
		return settings;
	}

	public Policies policies() {
		return policies;
	}

	public Optional<Partition> partition() {
		return partition;
	}

	/** The recorded run this one reruns ({@code solo.rerun}), read at discovery. */
	public Optional<RerunBase> rerun() {
		return rerun;
	}

	/** The one module of a class-path run of the CLI, whose tests sit right under this root. */
	public Optional<ModuleDescriptor> classPathModule() {
		return classPathModule;
	}

	void classPathModule(Optional<ModuleDescriptor> module) {
		this.classPathModule = module;
	}

	/** The profile's setup scripts and which tests need them, read at discovery. */
	public ScriptRules scripts() {
		return scripts;
	}

	void scripts(ScriptRules rules) {
		this.scripts = rules;
	}
}
