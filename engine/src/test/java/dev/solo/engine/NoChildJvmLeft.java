package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.fixtures.Recorder;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test that really forks: no process this JVM started is still alive a few seconds
 * on (a test JVM, or what one left running), and the fixtures' recording folder is forgotten.
 */
public final class NoChildJvmLeft implements AfterEachCallback {
	@Override
	public void afterEach(ExtensionContext context) throws InterruptedException {
		System.clearProperty(Recorder.DIR);
		long deadline = System.currentTimeMillis() + 5_000;
		while (ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive)
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
				.map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList());
	}
}
