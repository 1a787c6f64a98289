package dev.solo.engine.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionParsingTest {

	@Test
	void eachKindIsReadWithShardFromOne() {
		Partition hash = Partition.parse("hash:1/3");
		assertInstanceOf(HashPartition.class, hash);
		assertEquals(1, hash.shard());
		assertEquals(3, hash.total());
		assertEquals("hash:1/3", hash.spec());

		assertInstanceOf(CountPartition.class, Partition.parse("count:2/2"));
		assertEquals("count:2/2", Partition.parse("count:2/2").spec());
		assertInstanceOf(SlicePartition.class, Partition.parse("slice:7/7"));
		assertEquals("slice:7/7", Partition.parse("slice:7/7").spec());
		Partition duration = Partition.parse("duration:1/3");
		assertInstanceOf(DurationPartition.class, duration);
		assertEquals(1, duration.shard());
		assertEquals(3, duration.total());
		assertEquals("duration:1/3", duration.spec());
		assertEquals("duration", duration.kind());
		assertEquals("hash", hash.kind());
	}

	@Test
	void durationsAreGivenToTheDurationKindOnly() {
		List<String> asked = new ArrayList<>();
		Function<String, OptionalLong> durationOf = name -> {
			asked.add(name);
			return OptionalLong.of(5);
		};
		for (String kind : List.of("hash", "count", "slice")) {
			Partition.parse(kind + ":1/2", durationOf).select(List.of("a", "b"), Function.identity(), test -> "");
		}
		assertEquals(List.of(), asked);
		Partition duration = Partition.parse(" duration:2/2 ", durationOf);
		assertEquals("duration:2/2", duration.spec());
		duration.select(List.of("a", "b"), Function.identity(), test -> "");
		assertEquals(List.of("a", "b"), asked);
	}

	@Test
	void surroundingWhiteSpaceIsIgnored() {
		// Values from a properties file or a TOML string easily carry a stray blank.
		assertEquals("slice:1/1", Partition.parse("  slice:1/1 ").spec());
	}

	@Test
	void toStringIsTheSpec() {
		assertEquals("count:1/4", Partition.parse("count:1/4").toString());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			hash:0/3       | invalid partition 'hash:0/3': m must be between 1 and n
			count:4/3      | invalid partition 'count:4/3': m must be between 1 and n
			slice:1/0      | invalid partition 'slice:1/0': n must be at least 1
			hsah:1/3       | invalid partition 'hsah:1/3': unknown kind 'hsah': expected hash, count, slice or duration
			HASH:1/3       | invalid partition 'HASH:1/3': unknown kind 'HASH': expected hash, count, slice or duration
			Duration:1/3   | invalid partition 'Duration:1/3': unknown kind 'Duration': expected hash, count, slice or duration
			duration:0/3   | invalid partition 'duration:0/3': m must be between 1 and n
			duration:3/2   | invalid partition 'duration:3/2': m must be between 1 and n
			duration:1/0   | invalid partition 'duration:1/0': n must be at least 1
			duration:1/3s  | invalid partition 'duration:1/3s': expected m/n after the kind, with whole numbers 1 <= m <= n
			duration:1/99999999999 | invalid partition 'duration:1/99999999999': n is too large
			1/3            | invalid partition '1/3': expected kind:m/n, where kind is hash, count, slice or duration
			hash:1         | invalid partition 'hash:1': expected m/n after the kind, with whole numbers 1 <= m <= n
			hash:          | invalid partition 'hash:': expected m/n after the kind, with whole numbers 1 <= m <= n
			hash:+1/3      | invalid partition 'hash:+1/3': expected m/n after the kind, with whole numbers 1 <= m <= n
			hash:1/3/5     | invalid partition 'hash:1/3/5': expected m/n after the kind, with whole numbers 1 <= m <= n
			hash: 1/3      | invalid partition 'hash: 1/3': expected m/n after the kind, with whole numbers 1 <= m <= n
			hash:1/99999999999 | invalid partition 'hash:1/99999999999': n is too large
			""")
	void errorsNameTheSpecAndTheProblem(String spec, String message) {
		assertEquals(message, assertThrows(PartitionException.class, () -> Partition.parse(spec)).getMessage());
	}

	@Test
	void emptyAndMissingSpecsAreErrors() {
		assertEquals("invalid partition '': expected hash:m/n, count:m/n, slice:m/n or duration:m/n",
				assertThrows(PartitionException.class, () -> Partition.parse(" ")).getMessage());
		assertEquals("invalid partition 'null': expected hash:m/n, count:m/n, slice:m/n or duration:m/n",
				assertThrows(PartitionException.class, () -> Partition.parse(null)).getMessage());
	}
}
