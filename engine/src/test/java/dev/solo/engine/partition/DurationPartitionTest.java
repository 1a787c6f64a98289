package dev.solo.engine.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationPartitionTest {

	static Function<String, OptionalLong> known(Map<String, Long> durations) {
		return name -> durations.containsKey(name) ? OptionalLong.of(durations.get(name)) : OptionalLong.empty();
	}

	/** Each shard's tests, shard 1 first. */
	static List<List<String>> shards(int total, List<String> tests, Map<String, Long> durations) {
		List<List<String>> shards = new ArrayList<>();
		for (int m = 1; m <= total; m++) {
			shards.add(Partition.parse("duration:" + m + "/" + total, known(durations))
					.select(tests, Function.identity(), test -> "").included());
		}
		return shards;
	}

	@Test
	void knownTestsGoLongestFirstToTheLeastLoadedShard() {
		Map<String, Long> durations = Map.of("a", 50L, "b", 40L, "c", 30L, "d", 30L, "e", 20L, "f", 10L);
		// a, b, c open the three shards; d joins c (30), e joins b (40), f joins a (50): 60 each.
		assertEquals(List.of(List.of("a", "f"), List.of("b", "e"), List.of("c", "d")),
				shards(3, List.of("a", "b", "c", "d", "e", "f"), durations));
	}

	@Test
	void equalDurationsGoByNameAndEqualTotalsToTheLowestShard() {
		Map<String, Long> durations = Map.of("x", 10L, "y", 10L);
		assertEquals(List.of(List.of("x"), List.of("y")), shards(2, List.of("y", "x"), durations));
	}

	@Test
	void unknownTestsArePlacedFirstByHashAndCountAtTheMeanOfTheKnown() {
		// "u" hashes to the second of two shards; counted at 100 ms, it pushes a to the first,
		// b then ties (100/100) and takes the first, c the second. Counted at 0, b would join u.
		assertEquals(1, StableHash.shardIndex("u", 2));
		Map<String, Long> durations = Map.of("a", 100L, "b", 100L, "c", 100L);
		assertEquals(List.of(List.of("a", "b"), List.of("u", "c")), shards(2, List.of("u", "a", "b", "c"), durations));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 7 })
	void withNothingKnownEachTestIsWhereHashPutsIt(int total) {
		List<String> tests = names(500, new Random(3));
		for (int m = 1; m <= total; m++) {
			List<String> hashed = Partition.parse("hash:" + m + "/" + total)
					.select(tests, Function.identity(), test -> "").included();
			assertEquals(hashed, Partition.parse("duration:" + m + "/" + total)
					.select(tests, Function.identity(), test -> "").included());
			assertEquals(hashed, Partition.parse("duration:" + m + "/" + total, known(Map.of("elsewhere", 5L)))
					.select(tests, Function.identity(), test -> "").included(), "durations of other tests only");
		}
	}

	@Test
	void aNegativeDurationCountsAsUnknown() {
		List<String> tests = names(50, new Random(5));
		Map<String, Long> negative = new HashMap<>();
		tests.forEach(test -> negative.put(test, -1L));
		assertEquals(shards(3, tests, Map.of()), shards(3, tests, negative));
	}

	@Test
	void shardsDoNotDependOnInputOrder() {
		Random random = new Random(11);
		List<String> tests = names(300, random);
		tests.addAll(tests.subList(0, 20)); // the same name twice, as a parameterized test may be
		Map<String, Long> durations = durations(tests, random, 0.7);
		List<List<String>> expected = sorted(shards(4, tests, durations));
		for (int round = 0; round < 5; round++) {
			List<String> shuffled = new ArrayList<>(tests);
			Collections.shuffle(shuffled, random);
			assertEquals(expected, sorted(shards(4, shuffled, durations)));
		}
	}

	@Test
	void shardsAreDisjointAndTogetherExactlyTheInput() {
		Random random = new Random(17);
		for (int total = 1; total <= 5; total++) {
			for (int round = 0; round < 20; round++) {
				List<String> tests = names(random.nextInt(40), random);
				if (!tests.isEmpty()) {
					tests.add(tests.get(random.nextInt(tests.size())));
				}
				Map<String, Long> durations = durations(tests, random, random.nextDouble());
				List<String> all = new ArrayList<>();
				for (int m = 1; m <= total; m++) {
					Selection<String> shard = Partition.parse("duration:" + m + "/" + total, known(durations))
							.select(tests, Function.identity(), test -> "");
					assertEquals(tests.size(), shard.included().size() + shard.excluded().size());
					assertEquals("not in partition duration:" + m + "/" + total, shard.reason());
					all.addAll(shard.included());
				}
				assertEquals(PartitionSelectionTest.counts(tests), PartitionSelectionTest.counts(all),
						"total " + total + ", " + tests + ", " + durations);
			}
		}
	}

	@Test
	void aSkewedSuiteIsSplitEvenly() {
		// 30 tests from 10 ms to about 1.5 s, and three of 2 to 3 s.
		List<String> tests = new ArrayList<>();
		Map<String, Long> durations = new HashMap<>();
		for (int i = 0; i < 30; i++) {
			String name = "com.example.Test" + i + "#run()";
			tests.add(name);
			durations.put(name, i < 27 ? 10L + i * i * 2 : 2_000L + (i - 27) * 500L);
		}
		List<Long> totals = shards(3, tests, durations).stream()
				.map(shard -> shard.stream().mapToLong(durations::get).sum())
				.toList();
		long max = Collections.max(totals);
		long min = Collections.min(totals);
		assertTrue(max - min < 0.25 * max, () -> "shard totals " + totals);
		// Hashing would not: the same suite by name alone is far less even.
		List<Long> hashed = IntStream.rangeClosed(1, 3)
				.mapToObj(m -> Partition.parse("hash:" + m + "/3").select(tests, Function.identity(), test -> "")
						.included().stream().mapToLong(durations::get).sum())
				.toList();
		assertTrue(Collections.max(hashed) - Collections.min(hashed) > max - min, () -> "hashed " + hashed);
	}

	static List<String> names(int count, Random random) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add("com.example.T" + random.nextInt(1_000_000) + "#m" + i + "()");
		}
		return names;
	}

	/** Durations for about {@code share} of the tests, few distinct so that ties happen. */
	static Map<String, Long> durations(List<String> tests, Random random, double share) {
		Map<String, Long> durations = new HashMap<>();
		for (String test : tests) {
			if (random.nextDouble() < share) {
				durations.put(test, (long) random.nextInt(8) * 25);
			}
		}
		return durations;
	}

	static List<List<String>> sorted(List<List<String>> shards) {
		return shards.stream().map(shard -> shard.stream().sorted().toList()).toList();
	}
}
