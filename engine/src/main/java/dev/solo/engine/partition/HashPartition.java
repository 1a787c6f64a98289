package dev.solo.engine.partition;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** {@code hash:m/n}: a test's shard follows from its stable name alone. */
record HashPartition(int shard, int total) implements Partition {

	HashPartition {
		Dealing.checkShard(shard, total);
	}

	@Override
	public String spec() {
		return "hash:" + shard + "/" + total;
	}

	@Override
	public <T> Selection<T> select(List<T> tests, Function<T, String> stableName, Function<T, String> group) {
		Objects.requireNonNull(group, "group");
		boolean[] in = new boolean[tests.size()];
		for (int i = 0; i < in.length; i++) {
			in[i] = StableHash.shardIndex(Dealing.name(tests.get(i), stableName), total) == shard - 1;
		}
		return Dealing.split(this, tests, in);
	}

	@Override
	public String toString() {
		return spec();
	}
}
