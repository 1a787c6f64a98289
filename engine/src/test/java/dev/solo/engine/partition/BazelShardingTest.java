package dev.solo.engine.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BazelShardingTest {

	@TempDir
	Path folder;

	@Test
	void noVariablesMeansNoPartition() {
		assertEquals(Optional.empty(), Partition.fromBazel(Map.of()));
	}

	@Test
	void theZeroBasedIndexBecomesASliceFromOne() {
		Partition partition = Partition.fromBazel(Map.of("TEST_TOTAL_SHARDS", "3", "TEST_SHARD_INDEX", "0")).orElseThrow();
		assertEquals("slice:1/3", partition.spec());
		assertEquals("slice:3/3",
				Partition.fromBazel(Map.of("TEST_TOTAL_SHARDS", "3", "TEST_SHARD_INDEX", "2")).orElseThrow().spec());
	}

	@Test
	void statusFileIsCreated() {
		Path status = folder.resolve("test.shard");
		Partition.fromBazel(Map.of("TEST_TOTAL_SHARDS", "2", "TEST_SHARD_INDEX", "1", "TEST_SHARD_STATUS_FILE",
				status.toString()));
		assertTrue(Files.isRegularFile(status));
	}

	@Test
	void existingStatusFileIsTouched() throws IOException {
		Path status = Files.createFile(folder.resolve("test.shard"));
		Files.writeString(status, "kept");
		Files.setLastModifiedTime(status, FileTime.from(Instant.EPOCH));
		Partition.fromBazel(Map.of("TEST_TOTAL_SHARDS", "2", "TEST_SHARD_INDEX", "0", "TEST_SHARD_STATUS_FILE",
				status.toString()));
		assertTrue(Files.getLastModifiedTime(status).toInstant().isAfter(Instant.EPOCH));
		assertEquals("kept", Files.readString(status));
	}

	@Test
	void statusFileIsTouchedWithoutShardingToo() {
		// Supporting sharding is true of Solo whether or not this run is sharded.
		Path status = folder.resolve("test.shard");
		assertEquals(Optional.empty(), Partition.fromBazel(Map.of("TEST_SHARD_STATUS_FILE", status.toString())));
		assertTrue(Files.isRegularFile(status));
	}

	@Test
	void emptyStatusFileVariableIsIgnored() {
		assertEquals("slice:1/1", Partition.fromBazel(
				Map.of("TEST_TOTAL_SHARDS", "1", "TEST_SHARD_INDEX", "0", "TEST_SHARD_STATUS_FILE", "")).orElseThrow().spec());
	}

	@Test
	void statusFileInAMissingFolderIsAnError() {
		Path status = folder.resolve("missing/test.shard");
		PartitionException e = assertThrows(PartitionException.class, () -> Partition.fromBazel(
				Map.of("TEST_TOTAL_SHARDS", "2", "TEST_SHARD_INDEX", "0", "TEST_SHARD_STATUS_FILE", status.toString())));
		assertTrue(e.getMessage().startsWith("cannot touch TEST_SHARD_STATUS_FILE '" + status + "'"), e.getMessage());
		assertFalse(Files.exists(status.getParent()), "the folder is Bazel's to make");
	}

	@Test
	void malformedVariablesLeaveTheStatusFileAlone() {
		Path status = folder.resolve("test.shard");
		assertThrows(PartitionException.class, () -> Partition.fromBazel(
				Map.of("TEST_TOTAL_SHARDS", "two", "TEST_SHARD_INDEX", "0", "TEST_SHARD_STATUS_FILE", status.toString())));
		assertFalse(Files.exists(status));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			two  | 0   | invalid TEST_TOTAL_SHARDS 'two': expected a whole number
			0    | 0   | invalid TEST_TOTAL_SHARDS '0': expected at least 1
			-1   | 0   | invalid TEST_TOTAL_SHARDS '-1': expected a whole number
			""  | 0   | invalid TEST_TOTAL_SHARDS '': expected a whole number
			3    | 3   | invalid TEST_SHARD_INDEX '3': expected 0 to 2, as TEST_TOTAL_SHARDS is 3
			3    | -1  | invalid TEST_SHARD_INDEX '-1': expected a whole number
			3    | 1.0 | invalid TEST_SHARD_INDEX '1.0': expected a whole number
			99999999999 | 0 | invalid TEST_TOTAL_SHARDS '99999999999': too large
			""")
	void malformedValuesNameTheVariable(String total, String index, String message) {
		assertEquals(message, assertThrows(PartitionException.class,
				() -> Partition.fromBazel(Map.of("TEST_TOTAL_SHARDS", total, "TEST_SHARD_INDEX", index))).getMessage());
	}

	@Test
	void oneVariableWithoutTheOtherNamesTheMissingOne() {
		assertEquals("TEST_SHARD_INDEX is not set, but TEST_TOTAL_SHARDS is ('3'): Bazel sets both for a sharded test",
				assertThrows(PartitionException.class, () -> Partition.fromBazel(Map.of("TEST_TOTAL_SHARDS", "3")))
						.getMessage());
		assertEquals("TEST_TOTAL_SHARDS is not set, but TEST_SHARD_INDEX is ('1'): Bazel sets both for a sharded test",
				assertThrows(PartitionException.class, () -> Partition.fromBazel(Map.of("TEST_SHARD_INDEX", "1")))
						.getMessage());
	}
}
