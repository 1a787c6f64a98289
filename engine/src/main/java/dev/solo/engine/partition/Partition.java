package dev.solo.engine.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * One shard of a test run split into {@code n} shards, as nextest's {@code --partition}.
 *
 * <p>A partition is written {@code kind:m/n} with whole numbers {@code 1 <= m <= n}; {@code 1/3} is
 * the first of three shards. It applies after all filters: the caller passes the tests that are left,
 * and the n shards of any kind are pairwise disjoint and together exactly that list (each occurrence
 * of a test, duplicated stable names included, is dealt to exactly one shard). The kinds:
 *
 * <ul>
 * <li>{@code hash:m/n}: a test is in shard {@code m} when {@code h mod n == m - 1}, where {@code h}
 * is the first 8 bytes of SHA-256 of the test's stable name encoded as UTF-8, read as an unsigned
 * big-endian 64-bit integer. It depends on nothing but the name (not on {@link String#hashCode()},
 * locale, JVM, operating system, discovery order, the group or the other tests), so adding or
 * removing a test never moves another; shards are only roughly equal in size.</li>
 * <li>{@code count:m/n}: within each group, the tests are sorted by stable name and dealt
 * round-robin, the first to shard 1; a group's shard sizes differ by at most one, and one group's
 * tests do not move another's (nextest deals within each test binary).</li>
 * <li>{@code slice:m/n}: all tests, sorted by group and then stable name, are dealt round-robin
 * across groups; shard sizes differ by at most one overall (nextest's cross-binary slice).</li>
 * <li>{@code duration:m/n}: shards balanced by each test's known duration, given when the partition
 * is made. Tests without one are placed first, as {@code hash:m/n} places them, each counted at the
 * mean of the known durations (1 ms when none is known); then the known ones, longest first (ties
 * by stable name), each to the shard with the least total so far (ties to the lowest shard). The
 * shards depend on nothing but the names and their durations, so every shard must be given the
 * same durations; with none known this is {@code hash:m/n}.</li>
 * </ul>
 *
 * <p>Sorting uses {@link String#compareTo} (UTF-16 code units, no locale), so discovery order does
 * not matter. Tests with the same stable name and group are told apart only by their input order:
 * which of them lands where may follow that order, but the names in each shard do not.
 *
 * <p>A group is what the caller treats as one test binary: a Maven module, or one group for a plain
 * run. The stable name is whatever identifies a test across runs, such as its JUnit unique id.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public sealed interface Partition permits HashPartition, CountPartition, SlicePartition, DurationPartition {

	/**
	 * Parses {@code hash:m/n}, {@code count:m/n}, {@code slice:m/n} or {@code duration:m/n},
	 * ignoring surrounding white space. A duration partition made so knows no durations.
	 *
	 * @throws PartitionException naming the spec and what is wrong with it
	 */
	static Partition parse(String spec) {
		return PartitionSpec.parse(spec, DurationPartition.NONE_KNOWN);
	}

	/**
	 * As {@link #parse(String)}, a duration partition balanced by {@code durationOf}: a test's known
	 * duration in ms by its stable name, empty where none is known. Other kinds never call it.
	 */
	static Partition parse(String spec, Function<String, OptionalLong> durationOf) {
		return PartitionSpec.parse(spec, Objects.requireNonNull(durationOf, "durationOf"));
	}

	/**
	 * The shard Bazel asks for, where {@code TEST_TOTAL_SHARDS} and {@code TEST_SHARD_INDEX} are set,
	 * as {@code slice:(index + 1)/total}; empty where neither is set.
	 *
	 * <p>Where {@code TEST_SHARD_STATUS_FILE} is set (and not empty), that file is created, or its
	 * modification time updated, to tell Bazel that Solo supports sharding; its folder must exist, as
	 * Bazel makes it. This happens only when the sharding variables are valid, and also when they are
	 * absent.
	 *
	 * @param environment the environment variables, usually {@link System#getenv()}
	 * @throws PartitionException naming the variable that is malformed, missing or cannot be acted on
	 */
	static Optional<Partition> fromBazel(Map<String, String> environment) {
		return BazelSharding.partition(environment);
	}

	/** This shard, from 1. */
	int shard();

	/** The number of shards. */
	int total();

	/** This partition as it is written, such as {@code hash:1/3}. */
	String spec();

	/** What precedes the colon: {@code hash}, {@code count}, {@code slice} or {@code duration}. */
	default String kind() {
		return spec().substring(0, spec().indexOf(':'));
	}

	/**
	 * Splits {@code tests} into those in this shard and those outside it, each list in input order.
	 *
	 * @param stableName the name that identifies a test across runs; never {@code null}
	 * @param group the group a test belongs to (only {@code count} and {@code slice} read it); never
	 * {@code null}
	 */
	<T> Selection<T> select(List<T> tests, Function<T, String> stableName, Function<T, String> group);
}
