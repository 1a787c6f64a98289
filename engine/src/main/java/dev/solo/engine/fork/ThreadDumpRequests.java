package dev.solo.engine.fork;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The thread dumps asked of one test JVM, whose answers carry no request id. A timeout's dump and
 * a status dump can be asked for at once: one request is sent, and its answer serves every caller
 * that asked before it came. A caller that asks after an answer sends a new request, so it never
 * gets a dump older than its question.
 */
final class ThreadDumpRequests {
	/** Sends one request to the JVM. */
	interface Sender {
		void send() throws IOException;
	}

	private CompletableFuture<String> pending;

	/** The answer to come, sending the request unless one is already on its way. */
	CompletableFuture<String> ask(Sender sender) throws IOException {
		CompletableFuture<String> answer;
		synchronized (this) {
			if (pending != null) {
				return pending;
			}
			pending = new CompletableFuture<>();
			answer = pending;
		}
		try {
			sender.send();
		}
		catch (IOException | RuntimeException e) {
			synchronized (this) {
				if (pending == answer) {
					pending = null;
				}
			}
			answer.completeExceptionally(e);
			throw e;
		}
		return answer;
	}

	/** A dump arrived: it answers every request sent so far. One nobody asked for is dropped. */
	void answered(String dump) {
		CompletableFuture<String> answer;
		synchronized (this) {
			answer = pending;
			pending = null;
		}
		if (answer != null) {
			answer.complete(dump);
		}
	}
}
