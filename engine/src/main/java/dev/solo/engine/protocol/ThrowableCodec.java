package dev.solo.engine.protocol;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * Carries a test's exception from the child to the parent. The exception itself travels
 * Java-serialized (the parent has the same class path, so IDEs get the real type, including
 * opentest4j's expected/actual for their diff view); a structural copy travels beside it so
 * that an exception that cannot be serialized or deserialized still arrives with its type,
 * message, stack, causes and suppressed exceptions.
 */
@API(status = INTERNAL, since = "0.1")
public final class ThrowableCodec {
	private static final int MAX_DEPTH = 16;

	private ThrowableCodec() {
	}

	public static byte[] encode(Throwable throwable) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			byte[] serialized = serialize(throwable);
			out.writeInt(serialized == null ? -1 : serialized.length);
			if (serialized != null) {
				out.write(serialized);
			}
			writeStructure(out, throwable, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot encode exception", e);
		}
		return bytes.toByteArray();
	}

	public static Throwable decode(byte[] encoded, ClassLoader loader) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			int length = in.readInt();
			byte[] serialized = null;
			if (length >= 0) {
				serialized = new byte[length];
				in.readFully(serialized);
			}
			Throwable structural = readStructure(in);
			if (serialized != null) {
				Throwable real = deserialize(serialized, loader);
				if (real != null) {
					return real;
				}
			}
			return structural;
		}
		catch (IOException e) {
			return new RemoteException("java.lang.Throwable", "undecodable exception from child JVM: " + e, null);
		}
	}

	private static byte[] serialize(Throwable throwable) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(throwable);
		}
		catch (Exception | StackOverflowError e) {
			return null;
		}
		return bytes.toByteArray();
	}

	private static Throwable deserialize(byte[] serialized, ClassLoader loader) {
		try (ObjectInputStream in = new LoaderObjectInputStream(new ByteArrayInputStream(serialized), loader)) {
			Object value = in.readObject();
			return value instanceof Throwable ? (Throwable) value : null;
		}
		catch (Exception | LinkageError e) {
			return null;
		}
	}

	private static void writeStructure(DataOutputStream out, Throwable t, int depth, Set<Throwable> seen)
			throws IOException {
		if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
			out.writeBoolean(false);
			return;
		}
		out.writeBoolean(true);
		writeString(out, t.getClass().getName());
		writeString(out, safeMessage(t));
		StackTraceElement[] stack = t.getStackTrace();
		out.writeInt(stack.length);
		for (StackTraceElement element : stack) {
			writeString(out, element.getClassName());
			writeString(out, element.getMethodName());
			writeString(out, element.getFileName());
			out.writeInt(element.getLineNumber());
		}
		writeStructure(out, t.getCause(), depth + 1, seen);
		Throwable[] suppressed = t.getSuppressed();
		out.writeInt(suppressed.length);
		for (Throwable s : suppressed) {
			writeStructure(out, s, depth + 1, seen);
		}
	}

	private static Throwable readStructure(DataInputStream in) throws IOException {
		if (!in.readBoolean()) {
			return null;
		}
		String type = readString(in);
		String message = readString(in);
		int frames = in.readInt();
		StackTraceElement[] stack = new StackTraceElement[frames];
		for (int i = 0; i < frames; i++) {
			String cls = readString(in);
			String method = readString(in);
			String file = readString(in);
			stack[i] = new StackTraceElement(cls, method, file, in.readInt());
		}
		Throwable cause = readStructure(in);
		RemoteException remote = new RemoteException(type, message, cause);
		remote.setStackTrace(stack);
		int suppressed = in.readInt();
		for (int i = 0; i < suppressed; i++) {
			Throwable s = readStructure(in);
			if (s != null) {
				remote.addSuppressed(s);
			}
		}
		return remote;
	}

	private static String safeMessage(Throwable t) {
		try {
			return t.getMessage();
		}
		catch (RuntimeException e) {
			return "<getMessage() threw " + e.getClass().getName() + ">";
		}
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] raw = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		out.writeInt(raw.length);
		out.write(raw);
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] raw = new byte[length];
		in.readFully(raw);
		return new String(raw, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static final class LoaderObjectInputStream extends ObjectInputStream {
		private final ClassLoader loader;

		LoaderObjectInputStream(ByteArrayInputStream in, ClassLoader loader) throws IOException {
			super(in);
			this.loader = loader;
		}

		@Override
		protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
			try {
				return Class.forName(desc.getName(), false, loader);
			}
			catch (ClassNotFoundException e) {
				return super.resolveClass(desc);
			}
		}
	}
}
