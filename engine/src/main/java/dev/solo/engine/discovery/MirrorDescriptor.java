package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * Solo's copy of a delegate engine's descriptor: same display name, legacy reporting name,
 * source, tags and type, under a Solo unique id. It remembers the delegate's id, which is what
 * a child JVM selects.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class MirrorDescriptor extends AbstractTestDescriptor {
	private final UniqueId delegateId;
	private final Type type;
	private final Set<TestTag> tags;
	private final String legacyReportingName;
	private final boolean mayRegisterTests;
	private final String engineClass;
	private List<Integer> iterations = List.of();
	private String indivisibleReason;

	MirrorDescriptor(TestDescriptor original, String engineClass, UniqueId prefix) {
		this(SoloIds.toSolo(prefix, original.getUniqueId()), original.getUniqueId(), original.getDisplayName(),
				original.getLegacyReportingName(), original.getType(), original.getSource().orElse(null),
				original.getTags(), original.mayRegisterTests(), engineClass);
	}

	public MirrorDescriptor(UniqueId soloId, UniqueId delegateId, String displayName, String legacyReportingName,
			Type type, TestSource source, Set<TestTag> tags, boolean mayRegisterTests, String engineClass) {
		super(soloId, displayName, source);
		this.delegateId = delegateId;
		this.type = type;
		this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
		this.legacyReportingName = legacyReportingName;
		this.mayRegisterTests = mayRegisterTests;
		this.engineClass = engineClass;
	}

	public UniqueId delegateId() {
		return delegateId;
	}

	/**
	 * The Solo id of another id of this descriptor's delegate engine (a child's report names
	 * those): under the same prefix, the Solo root or the module this descriptor belongs to.
	 */
	public UniqueId soloIdOf(UniqueId delegate) {
		List<UniqueId.Segment> own = getUniqueId().getSegments();
		UniqueId prefix = UniqueId.forEngine(SoloIds.ENGINE_ID);
		for (UniqueId.Segment segment : own.subList(1, own.size() - delegateId.getSegments().size())) {
			prefix = prefix.append(segment);
		}
		return SoloIds.toSolo(prefix, delegate);
	}

	/** The class name of the engine that owns this descriptor, instantiated alone in the child. */
	public String engineClass() {
		return engineClass;
	}

	/** The invocations an iteration selector chose, or empty for all of them. */
	public List<Integer> iterations() {
		return iterations;
	}

	void restrictToIterations(List<Integer> indexes) {
		this.iterations = List.copyOf(indexes);
	}

	/** Why this class's tests can only run together, in one JVM; empty when each can run alone. */
	public Optional<String> indivisible() {
		return Optional.ofNullable(indivisibleReason);
	}

	void markIndivisible(String reason) {
		this.indivisibleReason = reason;
	}

	@Override
	public Type getType() {
		return type;
	}

	@Override
	public Set<TestTag> getTags() {
		return tags;
	}

	@Override
	public String getLegacyReportingName() {
		return legacyReportingName;
	}

	@Override
	public boolean mayRegisterTests() {
		return mayRegisterTests;
	}

	public Optional<MirrorDescriptor> mirrorParent() {
		return getParent().filter(MirrorDescriptor.class::isInstance).map(MirrorDescriptor.class::cast);
	}
}
