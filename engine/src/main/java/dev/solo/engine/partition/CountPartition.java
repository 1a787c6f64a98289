package dev.solo.engine.partition;

import java.util.List;
import java.util.function.Function;

/** {@code count:m/n}: round-robin by stable name within each group. */
record CountPartition(int shard, int total) implements Partition {

	CountPartition {
		Dealing.checkShard(shard, total);
	}

	@Override
	public String spec() {
		return "count:" + shard + "/" + total;
	}

	@Override
	public <T> Selection<T> select(List<T> tests, Function<T, String> stableName, Function<T, String> group) {
		return Dealing.roundRobin(this, tests, stableName, group, true);
	}

	@Override
	public String toString() {
		return spec();
	}
}
