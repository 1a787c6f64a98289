package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RerunState;
import dev.solo.engine.store.RunSelection;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.StoreWorkspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * The recorded run a rerun continues ({@code solo.rerun}) and where its chain stands: the units
 * that already passed are skipped; those that failed, did not run or are new since then run.
 */
@API(status = INTERNAL, since = "0.1")
public final class RerunBase {
	private final RunSummary run;
	private final RerunState state;
	private final RunSelection selection;

	RerunBase(RunSummary run, RerunState state) {
		this(run, state, RunSelection.EVERYTHING);
	}

	RerunBase(RunSummary run, RerunState state, RunSelection selection) {
		this.run = run;
		this.state = state;
		this.selection = selection;
	}

	/**
	 * The base {@code solo.rerun} names, read now, so that a rerun of nothing recorded fails
	 * discovery before anything runs, naming the setting.
	 */
	public static Optional<RerunBase> resolve(Settings settings) {
		if (settings.rerun().isEmpty()) {
			return Optional.empty();
		}
		String selector = settings.rerun().get();
		try {
			RunStore store = RunStore.forWorkspace(StoreWorkspace.of(settings));
			RunSummary run = store.resolve(selector, summary -> RecordedRun.usableAsBase(store, summary));
			return Optional.of(new RerunBase(run, RecordedRun.stateOf(store, run),
					RunSelection.read(store.runFolder(run.runId()))));
		}
		catch (RecordException | IOException e) {
			throw SettingsException.located("", "solo.rerun", "cannot rerun '" + selector + "': " + e.getMessage());
		}
	}

	public RunSummary run() {
		return run;
	}

	/** The tests the chain is about: a test outside them is not new to it, only not its. */
	public RunSelection selection() {
		return selection;
	}

	RerunState state() {
		return state;
	}

	/** The run's own {@code solo.run-ignored}, else, where it is the default, the chain's. */
	public Settings.RunIgnored runIgnored(Settings.RunIgnored own) {
		if (own != Settings.RunIgnored.DEFAULT) {
			return own;
		}
		return selection.runIgnored().map(mode -> Settings.RunIgnored.valueOf(mode.toUpperCase(java.util.Locale.ROOT)))
				.orElse(own);
	}

	/** Why {@code unit} does not run again, if it does not. */
	public Optional<String> skipReason(ForkUnit unit) {
		return state.passed(unit.descriptor().getUniqueId().toString()) ? Optional.of(Rerun.ALREADY_PASSED)
				: Optional.empty();
	}

	/** What the run over {@code units} (all it discovered, skipped or not) continues, and what it leaves unseen. */
	public Rerun rerunOver(List<ForkUnit> units) {
		Set<String> seen = new HashSet<>();
		units.forEach(unit -> seen.add(unit.descriptor().getUniqueId().toString()));
		List<Rerun.Outstanding> notSeen = new ArrayList<>();
		int passedNotSeen = 0;
		for (Map.Entry<String, RerunState.Entry> entry : state.units().entrySet()) {
			if (seen.contains(entry.getKey())) {
				continue;
			}
			if (entry.getValue().passed()) {
				passedNotSeen++;
			}
			else {
				notSeen.add(new Rerun.Outstanding(entry.getKey(), entry.getValue().name()));
			}
		}
		return new Rerun(run.runId(), notSeen, passedNotSeen);
	}
}
