package dev.solo.engine.scheduler;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.fork.SoloCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * How long each test took last time, per workspace, so the next run can start the long poles
 * first: tests never seen before go first (in discovery order, they may be long), then known
 * tests longest first. Records from the event stream like any other sink.
 */
public final class DurationHistory implements RunEventSink {
	private final Properties durations = load();

	/** The units reordered longest-known-first. */
	public static List<ForkUnit> longestFirst(List<ForkUnit> units) {
		Properties known = load();
		List<ForkUnit> unknown = new ArrayList<>();
		List<ForkUnit> seen = new ArrayList<>();
		for (ForkUnit unit : units) {
			(known.containsKey(key(unit)) ? seen : unknown).add(unit);
		}
		seen.sort(Comparator.comparingLong((ForkUnit u) -> millis(known, u)).reversed());
		unknown.addAll(seen);
		return unknown;
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.TestFinished finished) {
			durations.setProperty(key(finished.unit()),
					String.valueOf(finished.outcome().last().duration().toMillis()));
		}
		else if (event instanceof RunEvent.RunFinished) {
			save(durations);
		}
	}

	private static String key(ForkUnit unit) {
		return unit.descriptor().getUniqueId().toString();
	}

	private static long millis(Properties known, ForkUnit unit) {
		try {
			return Long.parseLong(known.getProperty(key(unit), "0"));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static Path file() throws IOException {
		String workspace = System.getProperty("user.dir");
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(workspace.getBytes(StandardCharsets.UTF_8));
			return SoloCache.folder("durations").resolve(HexFormat.of().formatHex(hash, 0, 12) + ".properties");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IOException(e);
		}
	}

	private static Properties load() {
		Properties properties = new Properties();
		try {
			Path file = file();
			if (Files.isRegularFile(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					properties.load(in);
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			// no history, or a damaged one: run in discovery order, and overwrite it afterwards
			properties.clear();
		}
		return properties;
	}

	private static void save(Properties properties) {
		try {
			Path file = file();
			Path temporary = Files.createTempFile(file.getParent(), "durations", ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				properties.store(out, "Solo: last duration of each test, in milliseconds");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			// ordering is an optimisation; a read-only cache costs only that
		}
	}
}
