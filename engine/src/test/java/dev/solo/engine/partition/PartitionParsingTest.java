package dev.solo.engine.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
			hsah:1/3       | invalid partition 'hsah:1/3': unknown kind 'hsah': expected hash, count or slice
			HASH:1/3       | invalid partition 'HASH:1/3': unknown kind 'HASH': expected hash, count or slice
			duration:1/3   | invalid partition 'duration:1/3': kind 'duration' is not supported yet: expected hash, count or slice
			1/3            | invalid partition '1/3': expected kind:m/n, where kind is hash, count or slice
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
		assertEquals("invalid partition '': expected hash:m/n, count:m/n or slice:m/n",
				assertThrows(PartitionException.class, () -> Partition.parse(" ")).getMessage());
		assertEquals("invalid partition 'null': expected hash:m/n, count:m/n or slice:m/n",
				assertThrows(PartitionException.class, () -> Partition.parse(null)).getMessage());
	}
}
