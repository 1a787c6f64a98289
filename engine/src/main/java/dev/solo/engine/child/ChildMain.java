package dev.solo.engine.child;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.ProcessTree;
import dev.solo.engine.protocol.ChannelStreams;
import dev.solo.engine.protocol.FrameReader;
import dev.solo.engine.protocol.FrameWriter;
import dev.solo.engine.protocol.HandshakeToken;
import dev.solo.engine.protocol.MessageType;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The bootstrap of a child JVM: connects back to the parent, receives the one unit it is to
 * run, discovers it with exactly its engine, waits for the parent's go (children are started
 * ahead of their turn), runs it, streams the events back, names the processes the test left
 * running (the parent kills them) and exits. It exits the way Surefire's forked JVM does after
 * its tests, with {@code System.exit}: a thread the test left running (a server started in
 * {@code @BeforeAll}) does not keep it, and its shutdown hooks still run.
 */
@API(status = INTERNAL, since = "0.1")
public final class ChildMain {
	private ChildMain() {
	}

	/**
	 * Names the environment variables a Java setup exported, which the test reads as system
	 * properties too: set here from the environment, never as {@code -D} options, since a value
	 * may be a secret (a database's password) and any local user can read a command line.
	 */
	public static final String SETUP_PROPERTIES = "SOLO_SETUP_PROPERTIES";

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("solo: usage: ChildMain <port or Unix socket path>, with the handshake token on standard input");
			System.exit(2);
		}
		String token = readToken();
		Closeable socket;
		InputStream in;
		OutputStream out;
		if (args[0].chars().allMatch(Character::isDigit)) {
			Socket tcp = new Socket();
			tcp.setTcpNoDelay(true);
			tcp.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 30_000);
			socket = tcp;
			in = tcp.getInputStream();
			out = tcp.getOutputStream();
		}
		else {
			// A JVM in a network namespace of its own cannot reach the host's loopback: a Unix socket's path it can.
			SocketChannel unix = SocketChannel.open(UnixDomainSocketAddress.of(args[0]));
			socket = unix;
			in = ChannelStreams.in(unix);
			out = ChannelStreams.out(unix);
		}
		FrameWriter writer = new FrameWriter(new BufferedOutputStream(out, 1 << 16));
		FrameReader reader = new FrameReader(new BufferedInputStream(in));
		writer.frame(MessageType.HELLO).string(token).longValue(ProcessHandle.current().pid()).send();

		FrameReader.Frame run = reader.next();
		if (run == null || run.type() != MessageType.RUN) {
			throw new IllegalStateException("solo: expected RUN from parent");
		}
		RunRequest request = RunRequest.read(run);
		request.systemProperties().forEach(System::setProperty);
		setupProperties();

		ParentWatch watch = new ParentWatch(reader, writer);
		MemoryProbe memory = new MemoryProbe(!"false".equals(request.configuration().get(MemoryProbe.HEAP_STATS)));
		UnitEnd end = UnitThread.run(() -> runUnit(request, reader, writer, watch), memory::prepare);
		if (end == UnitEnd.NOT_RUN) {
			// The parent no longer wants this test (cancelled, or fail-fast): leave quietly.
			return;
		}
		watch.finished();
		Set<Thread> threads = Thread.getAllStackTraces().keySet();
		List<LeftProcess> leftProcesses = LeftBehind.find(threads, Thread.currentThread(),
				end == UnitEnd.RAN_WITH_A_CHILD);
		List<String> left = leftProcesses.stream().map(LeftProcess::encode).toList();
		MemoryProbe.Figures used = memory.measure(leftProcesses);
		writer.frame(MessageType.DONE).strings(left).strings(lingeringThreads(threads))
				.longValue(used.peakRssBytes()).longValue(used.peakHeapBytes()).longValue(used.gcCount())
				.longValue(used.gcMillis()).send();
		// A thread blocked in a native socket read holds up JVM exit by up to 300 ms
		// (HotSpot waits for threads in native): close the socket and let the watch end first.
		socket.close();
		watch.join(1_000);
		exit();
	}

	/** How the unit's thread ended. */
	private enum UnitEnd {
		/** The parent said no go. */
		NOT_RUN,
		RAN,
		/** The thread had a child of its own as it ended (it is the JVM's first thread's now). */
		RAN_WITH_A_CHILD
	}

	/** Discovers the unit, waits for the parent's go and runs it, on the unit's own thread. */
	private static UnitEnd runUnit(RunRequest request, FrameReader reader, FrameWriter writer, ParentWatch watch)
			throws Exception {
		UnitRunner.Prepared prepared = new UnitRunner(request).prepare();
		FrameReader.Frame go = reader.next();
		if (go == null || go.type() != MessageType.GO) {
			return UnitEnd.NOT_RUN;
		}
		watch.start();
		// A test that calls System.exit takes the processes it started with it: once this JVM
		// is gone they are out of the parent's reach.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (!watch.isFinished()) {
				ProcessTree.descendants(ProcessHandle.current()).forEach(ProcessHandle::destroyForcibly);
			}
		}, "solo-child-exit"));
		prepared.execute(new EventForwarder(writer));
		// Asked here, while this thread lives: its cache entry then goes as it ends, not as the JVM is reaped.
		return SpawnEvidence.threadHasAChild() ? UnitEnd.RAN_WITH_A_CHILD : UnitEnd.RAN;
	}

	/** Ends this JVM whatever threads the test left; a test's security manager may refuse, halting does not. */
	private static void exit() {
		try {
			System.exit(0);
		}
		catch (SecurityException e) {
			Runtime.getRuntime().halt(0);
		}
	}

	private static void setupProperties() {
		String names = System.getenv(SETUP_PROPERTIES);
		if (names == null) {
			return;
		}
		for (String name : names.split(",")) {
			String value = System.getenv(name);
			if (!name.isEmpty() && value != null) {
				System.setProperty(name, value);
			}
		}
	}

	/**
	 * The token line the parent wrote to standard input, read from the descriptor itself and
	 * before any test code runs: {@code System.in}'s buffer would read ahead of the line, and
	 * whatever follows it belongs to the test.
	 */
	private static String readToken() {
		try {
			// Not closed: that would close descriptor 0, and a test reading stdin must see its end, not an error.
			return HandshakeToken.read(new FileInputStream(FileDescriptor.in));
		}
		catch (IOException e) {
			System.err.println(e.getMessage());
			System.exit(2);
			return null;
		}
	}

	/** Non-daemon threads: what a shutdown hook that never returns may be waiting for. */
	private static List<String> lingeringThreads(Set<Thread> threads) {
		Thread self = Thread.currentThread();
		return threads.stream()
				.filter(t -> t != self && t.isAlive() && !t.isDaemon() && !t.getName().equals("DestroyJavaVM"))
				.map(t -> "thread \"" + t.getName() + "\" (" + t.getState() + ")")
				.collect(Collectors.toList());
	}

	/** What the parent asked this child to run. */
	record RunRequest(String engineClass, String uniqueId, String iterationMethod, List<String> iterations,
			Map<String, String> configuration, Map<String, String> systemProperties) {

		static RunRequest read(FrameReader.Frame frame) throws IOException {
			return new RunRequest(frame.string(), frame.string(), frame.string(), frame.strings(), frame.map(),
					frame.map());
		}
	}
}
