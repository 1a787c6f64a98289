package dev.solo.examples.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediumTest {
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4 })
	void importsABatch(int batch) throws InterruptedException {
		assertEquals(batch, Work.takes(300, batch));
	}
}
