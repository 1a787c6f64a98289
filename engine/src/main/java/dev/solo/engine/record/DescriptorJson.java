package dev.solo.engine.record;

import dev.solo.engine.discovery.MirrorDescriptor;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.descriptor.PackageSource;

/**
 * A test descriptor as the event log holds it: what a reporter reads of it (ids, names, type,
 * source, tags), never the engine objects behind it. Sources other than class, method and
 * package are left out: no reporter shows them.
 */
final class DescriptorJson {
	private DescriptorJson() {
	}

	static void write(JsonGenerator json, TestDescriptor descriptor) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", descriptor.getUniqueId().toString());
		descriptor.getParent().ifPresent(parent -> field(json, "parent", parent.getUniqueId().toString()));
		json.writeStringField("name", descriptor.getDisplayName());
		if (!descriptor.getLegacyReportingName().equals(descriptor.getDisplayName())) {
			json.writeStringField("legacy", descriptor.getLegacyReportingName());
		}
		json.writeStringField("type", descriptor.getType().name());
		writeSource(json, descriptor.getSource());
		if (!descriptor.getTags().isEmpty()) {
			json.writeArrayFieldStart("tags");
			for (TestTag tag : descriptor.getTags()) {
				json.writeString(tag.getName());
			}
			json.writeEndArray();
		}
		if (descriptor instanceof MirrorDescriptor mirror) {
			json.writeStringField("delegate", mirror.delegateId().toString());
			json.writeStringField("engine", mirror.engineClass());
			if (mirror.mayRegisterTests()) {
				json.writeBooleanField("may-register", true);
			}
		}
		json.writeEndObject();
	}

	static void writeSource(JsonGenerator json, Optional<TestSource> source) throws IOException {
		if (source.isEmpty()) {
			return;
		}
		if (source.get() instanceof MethodSource method) {
			json.writeObjectFieldStart("source");
			json.writeStringField("class", method.getClassName());
			json.writeStringField("method", method.getMethodName());
			json.writeStringField("params", method.getMethodParameterTypes());
			json.writeEndObject();
		}
		else if (source.get() instanceof ClassSource cls) {
			json.writeObjectFieldStart("source");
			json.writeStringField("class", cls.getClassName());
			json.writeEndObject();
		}
		else if (source.get() instanceof PackageSource pkg) {
			json.writeObjectFieldStart("source");
			json.writeStringField("package", pkg.getPackageName());
			json.writeEndObject();
		}
	}

	static TestSource readSource(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.has("method")) {
			return MethodSource.from(node.path("class").asText(), node.path("method").asText(),
					node.path("params").asText(""));
		}
		if (node.has("class")) {
			return ClassSource.from(node.path("class").asText());
		}
		if (node.has("package")) {
			return PackageSource.from(node.path("package").asText());
		}
		return null;
	}

	/** A recorded descriptor, not yet attached to its parent. */
	static TestDescriptor read(JsonNode node) {
		UniqueId id = UniqueId.parse(node.path("id").asText());
		String name = node.path("name").asText();
		TestSource source = readSource(node.get("source"));
		TestDescriptor.Type type = TestDescriptor.Type.valueOf(node.path("type").asText("CONTAINER"));
		if (!node.has("delegate")) {
			return new RecordedContainer(id, name, source, type);
		}
		Set<TestTag> tags = new LinkedHashSet<>();
		node.path("tags").forEach(tag -> {
			if (TestTag.isValid(tag.asText())) {
				tags.add(TestTag.create(tag.asText()));
			}
		});
		return new MirrorDescriptor(id, UniqueId.parse(node.path("delegate").asText()), name,
				node.path("legacy").asText(name), type, source, tags, node.path("may-register").asBoolean(false),
				node.path("engine").asText(""));
	}

	private static void field(JsonGenerator json, String name, String value) {
		try {
			json.writeStringField(name, value);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** A recorded node that was not a mirror of a delegate's: the Solo root, a Maven module. */
	static final class RecordedContainer extends AbstractTestDescriptor {
		private final Type type;

		RecordedContainer(UniqueId id, String name, TestSource source, Type type) {
			super(id, name, source);
			this.type = type;
		}

		@Override
		public Type getType() {
			return type;
		}
	}
}
