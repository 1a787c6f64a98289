package dev.solo.engine.wrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command once to learn what the machine allows: its exit code and what it said on stderr. */
interface Probe {
	record Outcome(int exitCode, String stderr) {
		boolean clean() {
			return exitCode == 0 && stderr.isBlank();
		}

		/** The first line it printed, for a one-line message; else its exit code. */
		String said() {
			String first = stderr.strip().lines().findFirst().orElse("");
			return first.isEmpty() ? "exit code " + exitCode : first;
		}
	}

	Outcome run(List<String> command);

	Probe PROCESS = command -> {
		try {
			Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			process.getOutputStream().close();
			byte[] err = process.getErrorStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Outcome(-1, "did not end within 30 s");
			}
			return new Outcome(process.exitValue(), new String(err, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			return new Outcome(-1, String.valueOf(e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Outcome(-1, "interrupted");
		}
	};
}
