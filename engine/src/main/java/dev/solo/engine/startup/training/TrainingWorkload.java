package dev.solo.engine.startup.training;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a typical Jupiter test does, run only while Solo trains an AOT cache (JDK 25+) so that
 * the cache holds the classes and linked call sites of Jupiter's discovery and execution. Its
 * name matches no test-naming convention, so no host ever picks it up as a test of yours.
 */
@API(status = INTERNAL, since = "0.1")
@DisplayName("Solo training workload")
@Tag("solo-training")
public class TrainingWorkload {
	private List<String> values;

	@BeforeEach
	void setUp() {
		values = new ArrayList<>(List.of("a", "b"));
	}

	@Test
	void passes() {
		values.add("c");
		assertEquals(3, values.size());
		assertTrue(values.contains("b"), () -> "contains b");
		assertThrows(IndexOutOfBoundsException.class, () -> values.get(10));
	}

	@Test
	@DisplayName("fails with a message")
	void fails() {
		assertEquals("expected", "actual", "training failure");
	}

	@Nested
	class Inner {
		@Test
		void nestedPasses() {
			assertEquals(2, values.size());
		}
	}
}
