package dev.solo.engine.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apiguardian.api.API;

/**
 * {@code jcmd PID Thread.print}, for a test JVM that does not answer a thread-dump request on
 * its own channel (its listening thread is gone, or the JVM is past its test). The JDK's jcmd
 * beside the JVM's own {@code java} first: it must match the JVM it attaches to.
 */
@API(status = INTERNAL, since = "0.1")
public final class Jcmd {
	private Jcmd() {
	}

	/** The dump, or an exception whose message says why there is none. */
	public static String threadPrint(long pid, Duration max) throws IOException, InterruptedException {
		Path jcmd = jcmdFor(pid).orElseThrow(() -> new IOException("no jcmd found beside the test JVM's java"));
		Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Thread.print")
				.redirectErrorStream(true).start();
		process.getOutputStream().close();
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()),
				runnable -> ForkThreads.run("solo-jcmd-" + pid, runnable));
		if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IOException("jcmd did not answer within " + max.toSeconds() + "s");
		}
		String text = output.join();
		if (process.exitValue() != 0) {
			throw new IOException("jcmd failed: " + text.strip().lines().reduce((a, b) -> b).orElse("exit code "
					+ process.exitValue()));
		}
		return text;
	}

	private static Optional<Path> jcmdFor(long pid) {
		String name = System.getProperty("os.name", "").startsWith("Windows") ? "jcmd.exe" : "jcmd";
		Optional<Path> beside = ProcessHandle.of(pid).flatMap(p -> p.info().command())
				.map(java -> Path.of(java).resolveSibling(name));
		Path host = Path.of(System.getProperty("java.home"), "bin", name);
		return beside.filter(Files::isExecutable).or(() -> Optional.of(host).filter(Files::isExecutable));
	}

	private static String read(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), Charset.defaultCharset());
		}
		catch (IOException e) {
			return "";
		}
	}
}
