package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apiguardian.api.API;

/**
 * One recorded run as the store's index knows it: enough for {@code store list} and
 * {@code store info} without opening the run's event log.
 *
 * @param rerunOf the run this one reran ({@code -R}), if it was a rerun
 * @param host who ran it: {@code cli}, {@code surefire}, {@code gradle}, {@code intellij},
 *        {@code eclipse}, {@code console}, or {@code launcher} when not known
 * @param command the host's command line, secrets masked
 * @param environment the {@code SOLO_*}, {@code JAVA_*} and {@code MAVEN_*} variables, secrets left out
 * @param lastWritten when the run, or a rerun of it, was last recorded: what pruning orders by
 * @param exitCode the exit code the run means (PRODUCT.md's numbers), once it ended
 * @param duration the run's wall time, once it ended
 * @param compressedBytes the run folder's size on disk
 * @param uncompressedBytes what its files hold once decompressed
 * @param partition the shard the run was, as written ({@code duration:1/3}), if it was one: such
 *        a run saw only part of the suite, so duration partitions do not learn from it
 */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public record RunSummary(
		UUID runId,
		Optional<UUID> rerunOf,
		String soloVersion,
		String host,
		List<String> command,
		Map<String, String> environment,
		String profile,
		Instant started,
		Instant lastWritten,
		RunStatus status,
		Optional<Integer> exitCode,
		Optional<Duration> duration,
		TestCounts counts,
		long compressedBytes,
		long uncompressedBytes,
		Optional<String> partition) {

	public RunSummary {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

	/** A run that was not one shard of a partition. */
	public RunSummary(UUID runId, Optional<UUID> rerunOf, String soloVersion, String host, List<String> command,
			Map<String, String> environment, String profile, Instant started, Instant lastWritten, RunStatus status,
			Optional<Integer> exitCode, Optional<Duration> duration, TestCounts counts, long compressedBytes,
			long uncompressedBytes) {
		this(runId, rerunOf, soloVersion, host, command, environment, profile, started, lastWritten, status, exitCode,
				duration, counts, compressedBytes, uncompressedBytes, Optional.empty());
	}
}
