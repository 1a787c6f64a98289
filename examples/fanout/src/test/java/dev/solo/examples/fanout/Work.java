package dev.solo.examples.fanout;

/** Stands in for real work that takes a known time, so the example's shards can be balanced. */
final class Work {
	private Work() {
	}

	static <T> T takes(long millis, T result) throws InterruptedException {
		Thread.sleep(millis);
		return result;
	}
}
