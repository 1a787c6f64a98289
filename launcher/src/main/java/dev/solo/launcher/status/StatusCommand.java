package dev.solo.launcher.status;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.status.StatusSockets;
import dev.solo.launcher.ExitCodes;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.apiguardian.api.API;

/**
 * {@code solo status}: asks every run under way of this user, CLI or host, for its status dump
 * (each running test's slot, pid, attempt, time, last output and thread dump) and prints them.
 */
@API(status = INTERNAL, since = "0.1")
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "Show every running test of the Solo runs under way (CLI or Surefire, IDE, console): slot, pid,"
				+ " attempt, time, last output and a thread dump of its JVM.",
		footer = { "", "Exit codes: 0 shown; 4 no run under way; 1 a run could not be asked." })
public final class StatusCommand implements Callable<Integer> {
	@Override
	public Integer call() throws IOException {
		return print(StatusSockets.askAll(), System.out, System.err);
	}

	static int print(List<StatusSockets.Answer> answers, PrintStream out, PrintStream err) {
		if (answers.isEmpty()) {
			err.println("solo: no running run");
			return ExitCodes.NO_TESTS_RUN;
		}
		int code = ExitCodes.OK;
		for (StatusSockets.Answer answer : answers) {
			if (answer.text().isPresent()) {
				out.println("solo: pid " + answer.pid());
				out.print(answer.text().get());
			}
			else {
				err.println("solo: pid " + answer.pid() + " did not answer: " + answer.problem());
				code = ExitCodes.UNEXPECTED_ERROR;
			}
		}
		out.flush();
		return code;
	}
}
