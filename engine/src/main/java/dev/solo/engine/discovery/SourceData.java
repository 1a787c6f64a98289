package dev.solo.engine.discovery;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.descriptor.PackageSource;
import org.junit.platform.engine.support.descriptor.UriSource;

/**
 * A test's source as plain values (strings, numbers, lists, maps) and back: what crosses from a
 * module's own JUnit Platform to the run's, whose {@code TestSource} types are other classes.
 * Every source the Platform defines keeps its kind and position; a source of another kind keeps
 * its URI if it has one, else it is dropped (the test still runs, its report names no source).
 */
final class SourceData {
	private SourceData() {
	}

	static Map<String, Object> toData(TestSource source) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (source instanceof MethodSource method) {
			data.put("kind", "method");
			data.put("class", method.getClassName());
			data.put("method", method.getMethodName());
			data.put("parameters", method.getMethodParameterTypes());
		}
		else if (source instanceof ClassSource type) {
			data.put("kind", "class");
			data.put("class", type.getClassName());
			putPosition(data, type.getPosition());
		}
		else if (source instanceof PackageSource pkg) {
			data.put("kind", "package");
			data.put("package", pkg.getPackageName());
		}
		else if (source instanceof ClasspathResourceSource resource) {
			data.put("kind", "classpath-resource");
			data.put("resource", resource.getClasspathResourceName());
			putPosition(data, resource.getPosition());
		}
		else if (source instanceof FileSource file) {
			data.put("kind", "file");
			data.put("path", file.getFile().getPath());
			putPosition(data, file.getPosition());
		}
		else if (source instanceof DirectorySource directory) {
			data.put("kind", "directory");
			data.put("path", directory.getFile().getPath());
		}
		else if (source instanceof CompositeTestSource composite) {
			List<Map<String, Object>> parts = new ArrayList<>();
			composite.getSources().stream().map(SourceData::toData).filter(p -> !p.isEmpty()).forEach(parts::add);
			data.put("kind", "composite");
			data.put("sources", parts);
		}
		else if (source instanceof UriSource uri) {
			data.put("kind", "uri");
			data.put("uri", uri.getUri().toString());
		}
		return data;
	}

	@SuppressWarnings("unchecked")
	static TestSource fromData(Map<String, Object> data) {
		String kind = (String) data.get("kind");
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case "method" -> MethodSource.from((String) data.get("class"), (String) data.get("method"),
					(String) data.get("parameters"));
			case "class" -> ClassSource.from((String) data.get("class"), position(data).orElse(null));
			case "package" -> PackageSource.from((String) data.get("package"));
			case "classpath-resource" -> ClasspathResourceSource.from((String) data.get("resource"),
					position(data).orElse(null));
			case "file" -> FileSource.from(new File((String) data.get("path")), position(data).orElse(null));
			case "directory" -> DirectorySource.from(new File((String) data.get("path")));
			case "composite" -> CompositeTestSource.from(((List<Map<String, Object>>) data.get("sources")).stream()
					.map(SourceData::fromData).toList());
			case "uri" -> UriSource.from(URI.create((String) data.get("uri")));
			default -> null;
		};
	}

	private static void putPosition(Map<String, Object> data, Optional<FilePosition> position) {
		position.ifPresent(p -> {
			data.put("line", p.getLine());
			p.getColumn().ifPresent(c -> data.put("column", c));
		});
	}

	private static Optional<FilePosition> position(Map<String, Object> data) {
		Integer line = (Integer) data.get("line");
		if (line == null) {
			return Optional.empty();
		}
		Integer column = (Integer) data.get("column");
		return Optional.of(column == null ? FilePosition.from(line) : FilePosition.from(line, column));
	}
}
