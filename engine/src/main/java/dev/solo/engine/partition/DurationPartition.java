package dev.solo.engine.partition;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * {@code duration:m/n}: shards balanced by each test's known duration ({@link Balancing}).
 *
 * @param durationOf a test's known duration in ms by its stable name, empty where none is known;
 * a negative one counts as unknown
 */
record DurationPartition(int shard, int total, Function<String, OptionalLong> durationOf) implements Partition {

	/** Knows no durations: every test is placed by its hash, as {@code hash:m/n} places it. */
	static final Function<String, OptionalLong> NONE_KNOWN = name -> OptionalLong.empty();

	DurationPartition {
		Dealing.checkShard(shard, total);
		Objects.requireNonNull(durationOf, "durationOf");
	}

	@Override
	public String spec() {
		return "duration:" + shard + "/" + total;
	}

	@Override
	public <T> Selection<T> select(List<T> tests, Function<T, String> stableName, Function<T, String> group) {
		Objects.requireNonNull(group, "group");
		String[] names = new String[tests.size()];
		OptionalLong[] durations = new OptionalLong[names.length];
		for (int i = 0; i < names.length; i++) {
			String name = Dealing.name(tests.get(i), stableName);
			names[i] = name;
			OptionalLong known = Objects.requireNonNull(durationOf.apply(name), () -> "duration of " + name);
			durations[i] = known.isPresent() && known.getAsLong() >= 0 ? known : OptionalLong.empty();
		}
		int[] placed = Balancing.shards(names, durations, total);
		boolean[] in = new boolean[names.length];
		for (int i = 0; i < in.length; i++) {
			in[i] = placed[i] == shard - 1;
		}
		return Dealing.split(this, tests, in);
	}

	@Override
	public String toString() {
		return spec();
	}
}
