package dev.solo.engine.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What the kinds share: dealing sorted tests round-robin, and splitting a list by a mask. */
final class Dealing {

	private Dealing() {
	}

	static void checkShard(int shard, int total) {
		if (total < 1 || shard < 1 || shard > total) {
			throw new IllegalArgumentException("shard " + shard + " of " + total);
		}
	}

	/**
	 * Sorts by group and stable name, then deals the k-th test (from 0) to shard {@code k mod n + 1};
	 * {@code perGroup} restarts k at 0 in every group.
	 */
	static <T> Selection<T> roundRobin(Partition partition, List<T> tests, Function<T, String> stableName,
			Function<T, String> group, boolean perGroup) {
		int size = tests.size();
		String[] names = new String[size];
		String[] groups = new String[size];
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			T test = tests.get(i);
			names[i] = name(test, stableName);
			groups[i] = Objects.requireNonNull(group.apply(test), () -> "group of " + test);
			order[i] = i;
		}
		// The input position breaks ties only between tests alike in group and name, so the names
		// in each shard never depend on discovery order.
		Arrays.sort(order, Comparator.<Integer, String>comparing(i -> groups[i])
				.thenComparing(i -> names[i])
				.thenComparingInt(i -> i));
		boolean[] in = new boolean[size];
		Map<String, Integer> dealtInGroup = new HashMap<>();
		int dealt = 0;
		for (int i : order) {
			int k = perGroup ? dealtInGroup.merge(groups[i], 1, Integer::sum) - 1 : dealt++;
			in[i] = k % partition.total() == partition.shard() - 1;
		}
		return split(partition, tests, in);
	}

	static <T> String name(T test, Function<T, String> stableName) {
		return Objects.requireNonNull(stableName.apply(test), () -> "stable name of " + test);
	}

	static <T> Selection<T> split(Partition partition, List<T> tests, boolean[] in) {
		List<T> included = new ArrayList<>();
		List<T> excluded = new ArrayList<>();
		for (int i = 0; i < in.length; i++) {
			(in[i] ? included : excluded).add(tests.get(i));
		}
		return new Selection<>(included, excluded, "not in partition " + partition.spec());
	}
}
