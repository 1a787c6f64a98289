package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;

import org.apiguardian.api.API;

/**
 * An archive that cannot be read or is refused: corrupt, truncated, unsafe, too large, or written
 * by a newer Solo. Its message is one line naming the archive (and the entry, where there is
 * one), fit for {@code error: …} and exit code 104.
 */
@API(status = INTERNAL, since = "0.1")
public final class ArchiveException extends IOException {
	private static final long serialVersionUID = 1L;

	ArchiveException(String message) {
		super(oneLine(message));
	}

	ArchiveException(String message, Throwable cause) {
		super(oneLine(message), cause);
	}

	/** An entry refused for what it is or where it would land. */
	static ArchiveException refused(Path archive, String entry, String reason) {
		return new ArchiveException(archive + ": entry " + quote(entry) + " refused: " + reason);
	}

	/** What the zstd or tar reader failed on between entries, after {@code lastEntry} ({@code null}: before the first). */
	static ArchiveException corrupt(Path archive, String lastEntry, IOException cause) {
		String where = lastEntry == null ? "at its start" : "after entry " + quote(lastEntry);
		return new ArchiveException(archive + " is truncated or corrupt " + where + ": " + reason(cause), cause);
	}

	/** What the zstd or tar reader failed on within the content of {@code entry}. */
	static ArchiveException corruptIn(Path archive, String entry, IOException cause) {
		return new ArchiveException(archive + " is truncated or corrupt in entry " + quote(entry) + ": "
				+ reason(cause), cause);
	}

	/** An entry name as it is in the archive, quoted: it may hold spaces, and control characters are shown as {@code ?}. */
	static String quote(String name) {
		return "'" + name.replaceAll("\\p{Cntrl}", "?") + "'";
	}

	private static String reason(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		// commons-compress wraps a header error around the detail that says which field
		if (e.getCause() != null && e.getCause().getMessage() != null && !message.contains(e.getCause().getMessage())) {
			message += " (" + e.getCause().getMessage() + ")";
		}
		return message;
	}

	private static String oneLine(String message) {
		return message.replaceAll("\\R", " ");
	}
}
