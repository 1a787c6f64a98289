package dev.solo.engine.partition;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Bazel's test sharding protocol (the Test Encyclopedia's "Test sharding"): {@code TEST_TOTAL_SHARDS}
 * shards, this one {@code TEST_SHARD_INDEX} counting from 0, and {@code TEST_SHARD_STATUS_FILE}
 * touched by a runner that supports sharding (Bazel fails a sharded test whose runner does not).
 *
 * <p>Each shard discovers the same tests, so the balanced {@code slice} kind serves, as Bazel's own
 * JUnit runner deals round-robin.
 */
final class BazelSharding {
	static final String TOTAL_SHARDS = "TEST_TOTAL_SHARDS";
	static final String SHARD_INDEX = "TEST_SHARD_INDEX";
	static final String STATUS_FILE = "TEST_SHARD_STATUS_FILE";

	private BazelSharding() {
	}

	static Optional<Partition> partition(Map<String, String> environment) {
		String total = environment.get(TOTAL_SHARDS);
		String index = environment.get(SHARD_INDEX);
		Optional<Partition> partition;
		if (total == null && index == null) {
			partition = Optional.empty();
		}
		else if (total == null) {
			throw new PartitionException(TOTAL_SHARDS + " is not set, but " + SHARD_INDEX + " is ('" + index
					+ "'): Bazel sets both for a sharded test");
		}
		else if (index == null) {
			throw new PartitionException(SHARD_INDEX + " is not set, but " + TOTAL_SHARDS + " is ('" + total
					+ "'): Bazel sets both for a sharded test");
		}
		else {
			int n = number(TOTAL_SHARDS, total);
			if (n < 1) {
				throw malformed(TOTAL_SHARDS, total, "expected at least 1");
			}
			int i = number(SHARD_INDEX, index);
			if (i >= n) {
				throw malformed(SHARD_INDEX, index, "expected 0 to " + (n - 1) + ", as " + TOTAL_SHARDS + " is " + n);
			}
			partition = Optional.of(new SlicePartition(i + 1, n));
		}
		// Touched only once the variables are known to be good, and also in a run that is not sharded:
		// the file says Solo supports sharding, which is true either way (GoogleTest does the same).
		String status = environment.get(STATUS_FILE);
		if (status != null && !status.isEmpty()) {
			touch(status);
		}
		return partition;
	}

	private static int number(String variable, String value) {
		if (!value.matches("\\d+")) {
			throw malformed(variable, value, "expected a whole number");
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw malformed(variable, value, "too large");
		}
	}

	/** Creates the file, or updates its modification time, as the protocol asks; never its folder. */
	private static void touch(String status) {
		try {
			Path file = Path.of(status);
			try {
				Files.createFile(file);
			}
			catch (FileAlreadyExistsException e) {
				Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
			}
		}
		catch (IOException | InvalidPathException e) {
			throw new PartitionException("cannot touch " + STATUS_FILE + " '" + status
					+ "' to tell Bazel that sharding is supported: " + e, e);
		}
	}

	private static PartitionException malformed(String variable, String value, String expected) {
		return new PartitionException("invalid " + variable + " '" + value + "': " + expected);
	}
}
