package dev.solo.engine.child;

import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.MessageType;
import dev.solo.engine.protocol.ThrowableCodec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Streams every execution event of the child's launcher to the parent, as it happens. */
final class EventForwarder implements TestExecutionListener {
	private final FrameWriter writer;

	EventForwarder(FrameWriter writer) {
		this.writer = writer;
	}

	@Override
	public void dynamicTestRegistered(TestIdentifier id) {
		send(() -> writer.frame(MessageType.DYNAMIC_REGISTERED)
				.string(id.getUniqueId())
				.string(id.getParentId().orElse(null))
				.string(id.getDisplayName())
				.string(id.getLegacyReportingName())
				.string(id.getType().name())
				.bytes(id.getSource().map(PortableSource::of).map(EventForwarder::serialize).orElse(null))
				.strings(id.getTags().stream().map(TestTag::getName).collect(Collectors.toList()))
				.send());
	}

	@Override
	public void executionStarted(TestIdentifier id) {
		send(() -> writer.frame(MessageType.STARTED).string(id.getUniqueId()).longValue(System.nanoTime()).send());
	}

	@Override
	public void executionSkipped(TestIdentifier id, String reason) {
		send(() -> writer.frame(MessageType.SKIPPED).string(id.getUniqueId()).string(reason).send());
	}

	@Override
	public void executionFinished(TestIdentifier id, TestExecutionResult result) {
		send(() -> writer.frame(MessageType.FINISHED)
				.string(id.getUniqueId())
				.string(result.getStatus().name())
				.bytes(result.getThrowable().map(ThrowableCodec::encode).orElse(null))
				.send());
	}

	@Override
	public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
		send(() -> writer.frame(MessageType.REPORT_ENTRY)
				.string(id.getUniqueId())
				.string(entry.getTimestamp().toString())
				.map(entry.getKeyValuePairs())
				.send());
	}

	@Override
	public void fileEntryPublished(TestIdentifier id, FileEntry entry) {
		send(() -> writer.frame(MessageType.FILE_ENTRY)
				.string(id.getUniqueId())
				.string(entry.getTimestamp().toString())
				.string(entry.getPath().toAbsolutePath().toString())
				.string(entry.getMediaType().orElse(null))
				.send());
	}

	private static byte[] serialize(Object value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		catch (IOException e) {
			return null;
		}
		return bytes.toByteArray();
	}

	private void send(IoAction action) {
		try {
			action.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("solo: lost the connection to the parent JVM", e);
		}
	}

	private interface IoAction {
		void run() throws IOException;
	}
}
