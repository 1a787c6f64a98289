package dev.solo.engine.scripts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.ProfileScripts;
import dev.solo.engine.config.Scripts;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.config.SoloConfig;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.UnitFilter;
import dev.solo.engine.filter.Filterset;
import dev.solo.engine.filter.FiltersetException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;

/**
 * The profile's {@code [[profile.NAME.scripts]]} with their filters parsed, read while
 * discovering so that a bad filter fails before any test: which setup scripts each unit needs.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class ScriptRules {
	public static final ScriptRules NONE = new ScriptRules(Scripts.NONE, List.of(), Path.of("."));

	private record Rule(ProfileScripts entry, Filterset filter) {
	}

	private final Scripts scripts;
	private final List<Rule> rules;
	private final Path workspaceRoot;

	private ScriptRules(Scripts scripts, List<Rule> rules, Path workspaceRoot) {
		this.scripts = scripts;
		this.rules = rules;
		this.workspaceRoot = workspaceRoot;
	}

	/** The rules of {@code profile} in the {@code .config/solo.toml} found from {@code workingDirectory}. */
	public static ScriptRules of(String profile, Path workingDirectory) {
		SoloConfig config = SoloConfig.load(workingDirectory, workingDirectory);
		List<Rule> rules = new ArrayList<>();
		for (ProfileScripts entry : config.scriptsOf(profile)) {
			try {
				rules.add(new Rule(entry, Filterset.parse(entry.filter())));
			}
			catch (FiltersetException e) {
				throw SettingsException.located(entry.where(), "filter", e.getMessage());
			}
		}
		return new ScriptRules(config.scripts(), List.copyOf(rules), config.workspaceRoot(workingDirectory));
	}

	public Scripts scripts() {
		return scripts;
	}

	/** Where scripts run: the folder holding {@code .config}. */
	public Path workspaceRoot() {
		return workspaceRoot;
	}

	public boolean isEmpty() {
		return rules.isEmpty();
	}

	/**
	 * The setup scripts {@code unit} needs, each once, in the order the rules name them: those of
	 * every rule whose filter matches one of its tests.
	 */
	public List<String> setupsOf(ForkUnit unit) {
		if (rules.isEmpty()) {
			return List.of();
		}
		List<MirrorDescriptor> tests = new ArrayList<>();
		leaves(unit.descriptor(), tests);
		Set<String> names = new LinkedHashSet<>();
		for (Rule rule : rules) {
			for (MirrorDescriptor test : tests) {
				if (rule.filter().matches(UnitFilter.facts(test))) {
					names.addAll(rule.entry().setup());
					break;
				}
			}
		}
		return List.copyOf(names);
	}

	private static void leaves(TestDescriptor node, List<MirrorDescriptor> into) {
		if (node instanceof MirrorDescriptor mirror && (node.isTest() || node.getChildren().isEmpty())) {
			into.add(mirror);
			return;
		}
		node.getChildren().forEach(child -> leaves(child, into));
	}
}
