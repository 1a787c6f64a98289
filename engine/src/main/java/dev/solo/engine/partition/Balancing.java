package dev.solo.engine.partition;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalLong;

/**
 * Where {@code duration:m/n} deals each test. Tests without a known duration go first, each to
 * the shard its stable hash names (as {@code hash:m/n}), counted at an estimate: the mean of the
 * known durations, else 1 ms. Then the known ones, longest first (ties by stable name), each to
 * the shard whose total is least so far (ties to the lowest shard): greedy longest-processing-time,
 * whose longest shard is at most 4/3 of the best split's. The unknown go first because the
 * greedy pass can only even out what is already placed.
 */
final class Balancing {

	private Balancing() {
	}

	/** The shard, from 0, of each test; {@code durations[i]} is empty where {@code names[i]}'s is unknown. */
	static int[] shards(String[] names, OptionalLong[] durations, int total) {
		int size = names.length;
		int[] shard = new int[size];
		long[] load = new long[total];
		long estimate = estimate(durations);
		Integer[] known = new Integer[size];
		int knownCount = 0;
		for (int i = 0; i < size; i++) {
			if (durations[i].isPresent()) {
				known[knownCount++] = i;
			}
			else {
				shard[i] = StableHash.shardIndex(names[i], total);
				load[shard[i]] = plus(load[shard[i]], estimate);
			}
		}
		Integer[] order = Arrays.copyOf(known, knownCount);
		// The input position only breaks ties between the same name with the same duration, which
		// are interchangeable: the names in each shard never depend on input order.
		Arrays.sort(order, Comparator.<Integer>comparingLong(i -> durations[i].getAsLong()).reversed()
				.thenComparing(i -> names[i])
				.thenComparingInt(i -> i));
		for (int i : order) {
			int least = 0;
			for (int s = 1; s < total; s++) {
				if (load[s] < load[least]) {
					least = s;
				}
			}
			shard[i] = least;
			load[least] = plus(load[least], durations[i].getAsLong());
		}
		return shard;
	}

	/** The mean of the known durations, rounded down; 1 ms when none is known. */
	private static long estimate(OptionalLong[] durations) {
		long sum = 0;
		long count = 0;
		for (OptionalLong duration : durations) {
			if (duration.isPresent()) {
				sum = plus(sum, duration.getAsLong());
				count++;
			}
		}
		return count == 0 ? 1 : sum / count;
	}

	/** Saturating: a durations file may hold absurd numbers, which must not wrap round to small ones. */
	private static long plus(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}
}
