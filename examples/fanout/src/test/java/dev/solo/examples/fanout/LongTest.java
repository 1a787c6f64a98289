package dev.solo.examples.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The few long tests that decide how long a shard takes: duration shards give each its own. */
class LongTest {
	@Test
	void migratesTheWholeCatalogue() throws InterruptedException {
		assertEquals(42, Work.takes(1000, 42));
	}

	@Test
	void rebuildsTheSearchIndex() throws InterruptedException {
		assertEquals(7, Work.takes(1000, 7));
	}
}
