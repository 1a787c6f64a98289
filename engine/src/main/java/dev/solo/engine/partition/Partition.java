package dev.solo.engine.partition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
 * </ul>
 *
 * <p>Sorting uses {@link String#compareTo} (UTF-16 code units, no locale), so discovery order does
 * not matter. Tests with the same stable name and group are told apart only by their input order:
 * which of them lands where may follow that order, but the names in each shard do not.
 *
 * <p>A group is what the caller treats as one test binary: a Maven module, or one group for a plain
 * run. The stable name is whatever identifies a test across runs, such as its JUnit unique id.
 *
 * <p>A later {@code duration:m/n} kind (balanced by recorded durations) is meant to be one more
 * permitted implementation, given its durations when it is made, so that {@link #select} keeps its
 * signature.
 */
public sealed interface Partition permits HashPartition, CountPartition, SlicePartition {

	/**
	 * Parses {@code hash:m/n}, {@code count:m/n} or {@code slice:m/n}, ignoring surrounding white
	 * space.
	 *
	 * @throws PartitionException naming the spec and what is wrong with it
	 */
	static Partition parse(String spec) {
		return PartitionSpec.parse(spec);
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

	/**
	 * Splits {@code tests} into those in this shard and those outside it, each list in input order.
	 *
	 * @param stableName the name that identifies a test across runs; never {@code null}
	 * @param group the group a test belongs to (only {@code count} and {@code slice} read it); never
	 * {@code null}
	 */
	<T> Selection<T> select(List<T> tests, Function<T, String> stableName, Function<T, String> group);
}
