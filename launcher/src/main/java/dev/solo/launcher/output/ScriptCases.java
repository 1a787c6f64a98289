package dev.solo.launcher.output;

import dev.solo.engine.events.ScriptOutcome;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Kind;
import dev.solo.launcher.output.JUnitXmlWriter.Problem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A setup or teardown script in the JUnit XML, as nextest puts one there: a suite of its own,
 * {@code @setup-script:NAME} ({@code @teardown-script:NAME}), holding one case named for the
 * script, so that a CI system shows a failed setup where it shows failed tests. Its output is
 * there as the script's {@code junit.store-success-output} and {@code junit.store-failure-output}
 * say.
 */
final class ScriptCases {
	static final String SETUP_PREFIX = "@" + ScriptOutcome.SETUP + "-script:";
	static final String TEARDOWN_PREFIX = "@" + ScriptOutcome.TEARDOWN + "-script:";

	private ScriptCases() {
	}

	static JUnitXmlWriter.Suite suite(ScriptOutcome script) {
		String suite = (script.isSetup() ? SETUP_PREFIX : TEARDOWN_PREFIX) + script.name();
		String stdout = script.junitOutput() ? script.stdout().text() : "";
		String stderr = script.junitOutput() ? script.stderr().text() : "";
		Optional<Problem> problem = Optional.empty();
		Optional<String> skipped = Optional.empty();
		if (script.status().failed()) {
			String type = script.kind() + " script " + script.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
			problem = Optional.of(new Problem(Kind.ERROR, type, Optional.of(script.message()),
					script.message() + "\ncommand: " + String.join(" ", script.command()), stdout, stderr));
		}
		else if (script.status() == ScriptOutcome.Status.CANCELLED) {
			skipped = Optional.of(script.message().isEmpty() ? "cancelled" : script.message());
		}
		Case only = new Case(suite, script.name(), script.duration(), problem, skipped, List.of(), List.of(), stdout,
				stderr);
		return new JUnitXmlWriter.Suite(suite, List.of(only));
	}
}
