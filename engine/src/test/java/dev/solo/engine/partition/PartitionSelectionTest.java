package dev.solo.engine.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionSelectionTest {

	/** A test as a caller might hold it; {@code copy} tells apart tests with the same name and group. */
	record Case(String group, String name, int copy) {
	}

	static final Function<Case, String> NAME = Case::name;
	static final Function<Case, String> GROUP = Case::group;

	/** A few thousand tests in uneven groups, some with the same name (a parameterized test, say). */
	static List<Case> generated() {
		List<Case> tests = new ArrayList<>();
		String[] groups = { "app", "core", "web", "tools" };
		int[] sizes = { 1500, 900, 611, 3 };
		for (int g = 0; g < groups.length; g++) {
			for (int i = 0; i < sizes[g]; i++) {
				tests.add(new Case(groups[g], "com.example." + groups[g] + ".Test" + (i / 10) + "#case" + (i % 10) + "()", 0));
			}
		}
		// The same name in two groups, and twice in one group.
		tests.add(new Case("app", "com.example.core.Test0#case0()", 0));
		tests.add(new Case("core", "com.example.core.Test0#case0()", 1));
		tests.add(new Case("core", "com.example.core.Test0#case0()", 2));
		Collections.shuffle(tests, new Random(42));
		return tests;
	}

	static Stream<Arguments> kindsAndTotals() {
		return Stream.of("hash", "count", "slice", "duration")
				.flatMap(kind -> Stream.of(1, 2, 3, 7).map(total -> Arguments.of(kind, total)));
	}

	static List<Selection<Case>> allShards(String kind, int total, List<Case> tests) {
		List<Selection<Case>> shards = new ArrayList<>();
		for (int m = 1; m <= total; m++) {
			shards.add(Partition.parse(kind + ":" + m + "/" + total).select(tests, NAME, GROUP));
		}
		return shards;
	}

	@ParameterizedTest
	@MethodSource("kindsAndTotals")
	void shardsAreDisjointAndTogetherExactlyTheInput(String kind, int total) {
		List<Case> tests = generated();
		List<Selection<Case>> shards = allShards(kind, total, tests);
		// Every occurrence of a test in exactly one shard: counting is a multiset comparison.
		Map<Case, Integer> seen = new HashMap<>();
		for (Selection<Case> shard : shards) {
			assertEquals(tests.size(), shard.included().size() + shard.excluded().size());
			shard.included().forEach(test -> seen.merge(test, 1, Integer::sum));
		}
		assertEquals(counts(tests), seen);
	}

	@ParameterizedTest
	@MethodSource("kindsAndTotals")
	void placementDoesNotDependOnInputOrder(String kind, int total) {
		List<Case> tests = generated();
		List<Case> reversed = new ArrayList<>(tests);
		Collections.reverse(reversed);
		List<Case> shuffled = new ArrayList<>(tests);
		Collections.shuffle(shuffled, new Random(7));
		for (int m = 1; m <= total; m++) {
			Partition partition = Partition.parse(kind + ":" + m + "/" + total);
			Map<String, Long> expected = names(partition.select(tests, NAME, GROUP).included());
			assertEquals(expected, names(partition.select(reversed, NAME, GROUP).included()));
			assertEquals(expected, names(partition.select(shuffled, NAME, GROUP).included()));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "hash", "count", "slice", "duration" })
	void selectionKeepsInputOrderAndGivesTheReason(String kind) {
		List<Case> tests = generated();
		Selection<Case> selection = Partition.parse(kind + ":2/3").select(tests, NAME, GROUP);
		assertEquals(tests.stream().filter(selection.included()::contains).toList(), selection.included());
		assertEquals("not in partition " + kind + ":2/3", selection.reason());
	}

	@Test
	void hashIsPinnedForKnownNames() {
		// Computed with `printf %s NAME | sha256sum`, outside Java: a change of hash breaks every
		// CI split that relies on shards staying put, so it must be deliberate.
		assertEquals(0xf2832d80290b4b39L, StableHash.of("com.example.FooTest#bar()"));
		assertEquals(0x177222db584724a8L,
				StableHash.of("[engine:junit-jupiter]/[class:com.example.MathTest]/[method:add()]"));
		assertEquals(0xe3b0c44298fc1c14L, StableHash.of(""));
		assertEquals(0x39c861dc05f10627L, StableHash.of("com.example.\u00DCmlautTest#stra\u00DFe()"));

		// FooTest's hash has its top bit set: a signed remainder would put it in shard 1 of 3, not 2.
		assertEquals(List.of(2, 2, 1), shardsOf("com.example.FooTest#bar()"));
		assertEquals(List.of(1, 1, 6), shardsOf("[engine:junit-jupiter]/[class:com.example.MathTest]/[method:add()]"));
		assertEquals(List.of(2, 2, 2), shardsOf("com.example.\u00DCmlautTest#stra\u00DFe()"));
	}

	/** The shard, from 1, of hash:m/2, hash:m/3 and hash:m/7 that {@code name} is in. */
	static List<Integer> shardsOf(String name) {
		List<Integer> shards = new ArrayList<>();
		for (int total : new int[] { 2, 3, 7 }) {
			for (int m = 1; m <= total; m++) {
				if (!Partition.parse("hash:" + m + "/" + total)
						.select(List.of(name), Function.identity(), test -> "any")
						.included()
						.isEmpty()) {
					shards.add(m);
				}
			}
		}
		return shards;
	}

	@Test
	void hashIgnoresGroupAndOtherTests() {
		String name = "com.example.FooTest#bar()";
		Partition partition = Partition.parse("hash:2/3");
		List<Case> alone = List.of(new Case("a", name, 0));
		List<Case> crowded = new ArrayList<>(generated());
		crowded.add(new Case("z", name, 0));
		assertEquals(List.of(new Case("a", name, 0)), partition.select(alone, NAME, GROUP).included());
		assertTrue(partition.select(crowded, NAME, GROUP).included().contains(new Case("z", name, 0)));
	}

	@Test
	void hashSpreadsRoughlyEvenly() {
		List<Case> tests = generated();
		for (Selection<Case> shard : allShards("hash", 7, tests)) {
			double share = shard.included().size() / (double) tests.size();
			assertTrue(Math.abs(share - 1 / 7.0) < 0.03, () -> "share " + share);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 7 })
	void countBalancesEachGroup(int total) {
		List<Case> tests = generated();
		for (String group : List.of("app", "core", "web", "tools")) {
			List<Integer> sizes = allShards("count", total, tests).stream()
					.map(shard -> (int) shard.included().stream().filter(test -> test.group().equals(group)).count())
					.toList();
			assertTrue(Collections.max(sizes) - Collections.min(sizes) <= 1, () -> group + ": " + sizes);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 7 })
	void sliceBalancesOverall(int total) {
		List<Integer> sizes = allShards("slice", total, generated()).stream()
				.map(shard -> shard.included().size())
				.toList();
		assertTrue(Collections.max(sizes) - Collections.min(sizes) <= 1, sizes::toString);
	}

	@Test
	void countDealsEachGroupFromItsFirstTest() {
		// Three tests in each of two groups: per group, the first (by name) goes to shard 1, as nextest
		// counts within each binary; slice continues the count across groups instead.
		List<Case> tests = List.of(new Case("b", "x", 0), new Case("a", "z", 0), new Case("b", "y", 0),
				new Case("a", "y", 0), new Case("b", "z", 0), new Case("a", "x", 0));
		assertEquals(List.of(new Case("b", "x", 0), new Case("a", "z", 0), new Case("b", "z", 0), new Case("a", "x", 0)),
				Partition.parse("count:1/2").select(tests, NAME, GROUP).included());
		// Sorted: a/x a/y a/z b/x b/y b/z, dealt 1 2 1 2 1 2.
		assertEquals(List.of(new Case("a", "z", 0), new Case("b", "y", 0), new Case("a", "x", 0)),
				Partition.parse("slice:1/2").select(tests, NAME, GROUP).included());
	}

	@Test
	void countKeepsOneGroupsShardsWhenAnotherChanges() {
		List<Case> tests = generated();
		List<Case> grown = new ArrayList<>(tests);
		grown.add(new Case("web", "com.example.web.Added#test()", 0));
		Partition partition = Partition.parse("count:2/3");
		assertEquals(inGroup("app", partition.select(tests, NAME, GROUP).included()),
				inGroup("app", partition.select(grown, NAME, GROUP).included()));
	}

	@Test
	void duplicatedNamesAreEachDealtOnce() {
		List<Case> tests = List.of(new Case("g", "same", 0), new Case("g", "same", 1), new Case("g", "same", 2));
		for (String kind : List.of("hash", "count", "slice", "duration")) {
			List<Case> all = new ArrayList<>();
			allShards(kind, 2, tests).forEach(shard -> all.addAll(shard.included()));
			assertEquals(counts(tests), counts(all), kind);
		}
		// Dealt round-robin, duplicates spread: two in shard 1, one in shard 2.
		assertEquals(2, Partition.parse("count:1/2").select(tests, NAME, GROUP).included().size());
	}

	@Test
	void oneShardTakesEverything() {
		List<Case> tests = generated();
		for (String kind : List.of("hash", "count", "slice", "duration")) {
			Selection<Case> selection = Partition.parse(kind + ":1/1").select(tests, NAME, GROUP);
			assertEquals(tests, selection.included());
			assertTrue(selection.excluded().isEmpty());
		}
	}

	@Test
	void noTestsIsNoWork() {
		Selection<Case> selection = Partition.parse("slice:1/3").select(List.of(), NAME, GROUP);
		assertTrue(selection.included().isEmpty());
		assertTrue(selection.excluded().isEmpty());
	}

	static <T> Map<T, Integer> counts(List<T> tests) {
		Map<T, Integer> counts = new HashMap<>();
		tests.forEach(test -> counts.merge(test, 1, Integer::sum));
		return counts;
	}

	static Map<String, Long> names(List<Case> tests) {
		return tests.stream()
				.collect(Collectors.groupingBy(test -> test.group() + "/" + test.name(), Collectors.counting()));
	}

	static List<Case> inGroup(String group, List<Case> tests) {
		return tests.stream().filter(test -> test.group().equals(group)).toList();
	}
}
