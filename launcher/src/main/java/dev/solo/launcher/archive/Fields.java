package dev.solo.launcher.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON object of a manifest, read field by field: a field missing or of the wrong type is an
 * {@link ArchiveException} naming the file and the field, not a {@code ClassCastException}.
 * Unknown fields are ignored, so a later Solo may add some within the same format.
 */
final class Fields {
	private final String source;
	private final String path;
	private final Map<?, ?> object;

	Fields(String source, String path, Object value) throws ArchiveException {
		this.source = source;
		this.path = path;
		if (!(value instanceof Map<?, ?> map)) {
			throw new ArchiveException(source + " is not a Solo archive manifest: " + (path.isEmpty() ? "the document"
					: path) + " is not an object");
		}
		this.object = map;
	}

	/** The module's name if it has one, else where it is: for messages. */
	String where() {
		return object.get("name") instanceof String name ? ArchiveException.quote(name) : path;
	}

	int integer(String field) throws ArchiveException {
		if (!(required(field) instanceof Long value) || value != value.intValue()) {
			throw invalid(field, "an integer");
		}
		return (int) (long) value;
	}

	String string(String field) throws ArchiveException {
		if (!(required(field) instanceof String value)) {
			throw invalid(field, "a string");
		}
		return value;
	}

	/** A string field that may be absent or {@code null}. */
	Optional<String> optionalString(String field) throws ArchiveException {
		if (object.get(field) == null) {
			return Optional.empty();
		}
		return Optional.of(string(field));
	}

	List<String> strings(String field) throws ArchiveException {
		List<String> strings = new ArrayList<>();
		for (Object value : list(field)) {
			if (!(value instanceof String string)) {
				throw invalid(field, "a list of strings");
			}
			strings.add(string);
		}
		return strings;
	}

	/** A list of strings that may be absent or {@code null}. */
	Optional<List<String>> optionalStrings(String field) throws ArchiveException {
		if (object.get(field) == null) {
			return Optional.empty();
		}
		return Optional.of(strings(field));
	}

	Map<String, String> map(String field) throws ArchiveException {
		if (!(required(field) instanceof Map<?, ?> value)) {
			throw invalid(field, "an object");
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : value.entrySet()) {
			if (!(entry.getValue() instanceof String string)) {
				throw invalid(field, "an object of strings");
			}
			map.put((String) entry.getKey(), string);
		}
		return map;
	}

	Fields object(String field) throws ArchiveException {
		return new Fields(source, qualified(field), required(field));
	}

	List<Fields> objects(String field) throws ArchiveException {
		List<Fields> objects = new ArrayList<>();
		List<?> values = list(field);
		for (int i = 0; i < values.size(); i++) {
			objects.add(new Fields(source, qualified(field) + "[" + i + "]", values.get(i)));
		}
		return objects;
	}

	private List<?> list(String field) throws ArchiveException {
		if (!(required(field) instanceof List<?> value)) {
			throw invalid(field, "a list");
		}
		return value;
	}

	private Object required(String field) throws ArchiveException {
		if (!object.containsKey(field)) {
			throw new ArchiveException(source + " is not a Solo archive manifest: " + qualified(field) + " is missing");
		}
		return object.get(field);
	}

	private ArchiveException invalid(String field, String expected) {
		return new ArchiveException(source + " is not a Solo archive manifest: " + qualified(field) + " is not "
				+ expected);
	}

	private String qualified(String field) {
		return path.isEmpty() ? field : path + "." + field;
	}
}
