package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ThreadDumpRequestsTest {
	private final ThreadDumpRequests requests = new ThreadDumpRequests();
	private final AtomicInteger sent = new AtomicInteger();

	@Test
	void twoCallersAskingAtOnceShareOneRequestAndItsAnswer() throws IOException {
		CompletableFuture<String> status = requests.ask(sent::incrementAndGet);
		CompletableFuture<String> timeout = requests.ask(sent::incrementAndGet);
		assertEquals(1, sent.get());

		requests.answered("dump 1");
		assertEquals("dump 1", status.join());
		assertEquals("dump 1", timeout.join());
	}

	@Test
	void aCallerAskingAfterAnAnswerGetsAFreshDumpNeverTheOldOne() throws IOException {
		requests.ask(sent::incrementAndGet);
		requests.answered("taken for the status dump");

		CompletableFuture<String> timeout = requests.ask(sent::incrementAndGet);
		assertEquals(2, sent.get());
		assertFalse(timeout.isDone(), "the earlier answer is not this caller's");
		requests.answered("taken at the timeout");
		assertEquals("taken at the timeout", timeout.join());
	}

	@Test
	void anAnswerNobodyAskedForIsDropped() throws IOException {
		requests.answered("late");
		CompletableFuture<String> next = requests.ask(sent::incrementAndGet);
		assertFalse(next.isDone());
	}

	@Test
	void aRequestThatCannotBeSentLetsTheNextCallerSendAgain() throws IOException {
		assertThrows(IOException.class, () -> requests.ask(() -> {
			throw new IOException("the JVM is gone");
		}));
		CompletableFuture<String> next = requests.ask(sent::incrementAndGet);
		assertEquals(1, sent.get());
		requests.answered("dump");
		assertTrue(next.isDone());
	}
}
