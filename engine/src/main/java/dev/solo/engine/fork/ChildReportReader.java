package dev.solo.engine.fork;

import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.protocol.FrameReader;
import dev.solo.engine.protocol.ThrowableCodec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * Turns a child's frames into its {@link ChildReport}, until DONE or the connection ends, and
 * hands each entry on as it arrives, so that the host can see a test start while it runs.
 */
final class ChildReportReader {
	private final ChildReport report;
	private final Consumer<ChildReport.Entry> reported;
	private final CompletableFuture<DoneReport> done;
	private final Consumer<String> threadDumps;
	private final Map<String, UniqueId> ids = new HashMap<>();

	/**
	 * @param known ids the child is sure to report (its unit and the unit's ancestors), whose
	 *        text {@link UniqueId} keeps once made: looked up, not parsed
	 */
	ChildReportReader(ChildReport report, Consumer<ChildReport.Entry> reported, CompletableFuture<DoneReport> done,
			Consumer<String> threadDumps, List<UniqueId> known) {
		this.report = report;
		this.reported = reported;
		this.done = done;
		this.threadDumps = threadDumps;
		known.forEach(id -> ids.put(id.toString(), id));
	}

	void read(FrameReader reader) {
		try {
			FrameReader.Frame frame;
			while ((frame = reader.next()) != null) {
				switch (frame.type()) {
					case DYNAMIC_REGISTERED -> add(new ChildReport.Registered(
							id(frame.string()), id(frame.string()), frame.string(), frame.string(),
							TestDescriptor.Type.valueOf(frame.string()), source(frame.bytes()),
							new LinkedHashSet<>(frame.strings())));
					case STARTED -> add(new ChildReport.Started(id(frame.string())));
					case SKIPPED -> add(new ChildReport.Skipped(id(frame.string()), frame.string()));
					case FINISHED -> add(new ChildReport.Finished(id(frame.string()),
							result(frame.string(), frame.bytes())));
					case REPORT_ENTRY -> {
						UniqueId test = id(frame.string());
						frame.string();
						add(new ChildReport.Published(test, frame.map()));
					}
					case FILE_ENTRY -> {
						UniqueId test = id(frame.string());
						frame.string();
						add(new ChildReport.FilePublished(test, frame.string(), frame.string()));
					}
					case THREAD_DUMP -> threadDumps.accept(frame.string());
					case DONE -> {
						List<LeftProcess> processes = frame.strings().stream().map(LeftProcess::decode).toList();
						List<String> threads = frame.strings();
						done.complete(new DoneReport(processes, threads, new MemoryUse(frame.longValue(),
								frame.longValue(), frame.longValue(), frame.longValue())));
						return;
					}
					default -> {
						// a frame meant for the child: ignore
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// The process's exit status says what happened; what was read stays recorded.
		}
		finally {
			if (!done.isDone()) {
				done.completeExceptionally(new IOException("connection ended before DONE"));
			}
		}
	}

	/** In the report first: whoever hears of an entry may look for it there. */
	private void add(ChildReport.Entry entry) {
		report.add(entry);
		reported.accept(entry);
	}

	/**
	 * Each id comes at least twice (its start and its finish), and parsing one is a share of the
	 * host's CPU per test: each is parsed once per child at most, and the ids the host already
	 * holds not at all. A {@link UniqueId} is immutable.
	 */
	private UniqueId id(String text) {
		return text == null ? null : ids.computeIfAbsent(text, UniqueId::parse);
	}

	private static TestExecutionResult result(String status, byte[] throwable) {
		Throwable cause = throwable == null ? null
				: ThrowableCodec.decode(throwable, Thread.currentThread().getContextClassLoader());
		return switch (TestExecutionResult.Status.valueOf(status)) {
			case SUCCESSFUL -> TestExecutionResult.successful();
			case ABORTED -> TestExecutionResult.aborted(cause);
			case FAILED -> TestExecutionResult.failed(cause);
		};
	}

	private static TestSource source(byte[] serialized) {
		if (serialized == null) {
			return null;
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
			Object value = in.readObject();
			return value instanceof TestSource ? (TestSource) value : null;
		}
		catch (IOException | ClassNotFoundException | RuntimeException e) {
			return null;
		}
	}
}
