package dev.solo.launcher.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.events.Artifact;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.TestOutcome;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Each attempt's artifacts become Surefire's attachment lines in the test case's {@code system-out}. */
class AttachmentLinesTest {
	private static final Path DUMP = Path.of("/tmp/solo-artifacts-1/A#one()/1/java_pid7.hprof");
	private static final Path SHOT = Path.of("/tmp/solo-artifacts-1/A#one()/2/shot.png");

	@Test
	void everyAttemptsArtifactsFollowTheOutputOnLinesOfTheirOwn() {
		TestOutcome outcome = new TestOutcome(List.of(attempt(1, AttemptStatus.CRASHED, DUMP),
				attempt(2, AttemptStatus.PASSED, SHOT)), false);
		assertEquals("printed\n[[ATTACHMENT|" + DUMP + "]]\n[[ATTACHMENT|" + SHOT + "]]\n",
				JUnitXmlReport.withAttachments("printed", outcome));
		assertEquals("[[ATTACHMENT|" + DUMP + "]]\n[[ATTACHMENT|" + SHOT + "]]\n",
				JUnitXmlReport.withAttachments("", outcome));
	}

	@Test
	void withoutArtifactsTheOutputIsUntouched() {
		TestOutcome outcome = new TestOutcome(List.of(attempt(1, AttemptStatus.PASSED)), false);
		assertEquals("printed\n", JUnitXmlReport.withAttachments("printed\n", outcome));
	}

	private static Attempt attempt(int number, AttemptStatus status, Path... artifacts) {
		return new Attempt(number, 2, status, Duration.ofMillis(5), Optional.empty(), new ChildReport(),
				CapturedOutput.EMPTY, CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.of(0),
				List.of(), List.of(artifacts).stream().map(p -> new Artifact(p,
						p.getParent().getParent().getFileName() + "/" + p.getParent().getFileName() + "/" + p.getFileName(),
						1)).toList());
	}
}
