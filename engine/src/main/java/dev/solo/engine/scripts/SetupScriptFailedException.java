package dev.solo.engine.scripts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.ScriptOutcome;

import org.apiguardian.api.API;

/**
 * The run's failure when a setup script failed: its tests never started. Hosts show it as the
 * Solo engine's failure, with the script's captured output; the CLI exits with nextest's
 * {@code SETUP_SCRIPT_FAILED} (105).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SetupScriptFailedException extends RuntimeException {
	private static final long serialVersionUID = 1L;
	private final transient ScriptOutcome outcome;

	public SetupScriptFailedException(ScriptOutcome outcome) {
		super(message(outcome));
		this.outcome = outcome;
	}

	public ScriptOutcome outcome() {
		return outcome;
	}

	private static String message(ScriptOutcome outcome) {
		StringBuilder text = new StringBuilder("setup script " + outcome.name() + " failed: " + outcome.message());
		if (!outcome.stdout().isEmpty()) {
			text.append("\n--- stdout of ").append(outcome.name()).append(" ---\n").append(outcome.stdout().lastChars(4000));
		}
		if (!outcome.stderr().isEmpty()) {
			text.append("\n--- stderr of ").append(outcome.name()).append(" ---\n").append(outcome.stderr().lastChars(4000));
		}
		return text.toString();
	}
}
