package dev.solo.engine.scheduler;

import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.fork.Jcmd;
import dev.solo.engine.fork.TestJvm;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the attempts under way for a status dump, each JVM's threads dumped on the spot through
 * its own channel, or by {@code jcmd} when the channel does not answer in time. The dumps are
 * taken side by side, so a dump of many tests takes as long as its slowest. Reading changes
 * nothing of an attempt: not its output, not its timeout's own dump, not its verdict.
 */
final class LiveDumps {
	/** Lines of output shown per test, as nextest shows. */
	static final int LAST_LINES = 10;
	static final Duration CHANNEL_WAIT = Duration.ofSeconds(2);
	private static final Duration JCMD_WAIT = Duration.ofSeconds(10);

	private LiveDumps() {
	}

	static List<RunningTest> of(List<LiveAttempt> attempts) {
		long now = System.nanoTime();
		List<CompletableFuture<RunningTest>> reading = new ArrayList<>();
		for (LiveAttempt attempt : attempts) {
			CompletableFuture<RunningTest> test = new CompletableFuture<>();
			Thread thread = new Thread(() -> test.complete(read(attempt, now)), "solo-status-" + attempt.jvm().pid());
			thread.setDaemon(true);
			thread.start();
			reading.add(test);
		}
		return reading.stream().map(CompletableFuture::join)
				.sorted(Comparator.comparingInt(RunningTest::slot).thenComparing(RunningTest::test)).toList();
	}

	private static RunningTest read(LiveAttempt attempt, long now) {
		TestJvm jvm = attempt.jvm();
		List<String> lastLines = jvm.lastLines(LAST_LINES);
		Optional<String> dump = Optional.empty();
		String why = "";
		try {
			dump = jvm.dump(CHANNEL_WAIT);
			if (dump.isEmpty()) {
				dump = Optional.of(Jcmd.threadPrint(jvm.pid(), JCMD_WAIT));
			}
		}
		catch (IOException | RuntimeException e) {
			why = jvm.isAlive() ? "its JVM did not answer within " + CHANNEL_WAIT.toSeconds() + "s, and " + e.getMessage()
					: "the test ended while it was taken";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			why = "interrupted";
		}
		String name = SoloIds.moduleOf(attempt.unit().descriptor().getUniqueId()).map(m -> m + " ").orElse("")
				+ attempt.unit().name().replace('#', ' ');
		return new RunningTest(name, attempt.globalSlot(), jvm.pid(), attempt.number(), attempt.total(),
				Duration.ofNanos(now - attempt.startNanos()), lastLines, dump, why);
	}
}
