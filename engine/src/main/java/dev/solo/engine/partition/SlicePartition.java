package dev.solo.engine.partition;

import java.util.List;
import java.util.function.Function;

/** {@code slice:m/n}: round-robin over all tests, sorted by group and stable name. */
record SlicePartition(int shard, int total) implements Partition {

	SlicePartition {
		Dealing.checkShard(shard, total);
	}

	@Override
	public String spec() {
		return "slice:" + shard + "/" + total;
	}

	@Override
	public <T> Selection<T> select(List<T> tests, Function<T, String> stableName, Function<T, String> group) {
		return Dealing.roundRobin(this, tests, stableName, group, false);
	}

	@Override
	public String toString() {
		return spec();
	}
}
