package dev.solo.launcher.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for a name inside an archive, for writing and for reading alike: relative,
 * {@code /}-separated, with no {@code ..}. Harmless spellings ({@code a//b}, {@code ./a},
 * {@code a/}) are normalized; anything that could name a place outside the archive's root on
 * some platform is refused, a backslash included (a separator on Windows).
 */
final class EntryName {
	private EntryName() {
	}

	/**
	 * {@code name} normalized; {@code ""} for the root itself.
	 *
	 * @throws IllegalArgumentException saying why the name is refused
	 */
	static String normalize(String name) {
		if (name.startsWith("/")) {
			throw new IllegalArgumentException("an absolute name");
		}
		if (name.indexOf('\\') >= 0) {
			throw new IllegalArgumentException("a backslash in the name");
		}
		if (name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("a NUL character in the name");
		}
		if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
			throw new IllegalArgumentException("a drive letter");
		}
		List<String> segments = new ArrayList<>();
		for (String segment : name.split("/")) {
			if (segment.equals("..")) {
				throw new IllegalArgumentException("a '..' segment");
			}
			if (!segment.isEmpty() && !segment.equals(".")) {
				segments.add(segment);
			}
		}
		return String.join("/", segments);
	}

	/** {@link #normalize}, where the name must be a file's: never the root. */
	static String file(String name) {
		String normal = normalize(name);
		if (normal.isEmpty()) {
			throw new IllegalArgumentException("an empty name");
		}
		return normal;
	}

	/** {@code prefix/child}, or {@code child} under the root. */
	static String join(String prefix, String child) {
		return prefix.isEmpty() ? child : prefix + "/" + child;
	}
}
