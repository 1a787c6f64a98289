package dev.solo.engine.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

class PortableSourceTest {

    /** The test's own class stands for a test class the parent cannot load. */
    static final class Fixture {
        void check(String text, int n) {
        }
    }

    @Test
    void aSourceMadeFromAClassIsReadWhereTheClassIsNotLoadable() throws Exception {
        TestSource method = MethodSource.from(Fixture.class, Fixture.class.getDeclaredMethod("check", String.class,
                int.class));
        TestSource cls = ClassSource.from(Fixture.class, FilePosition.from(3, 4));
        // As Jupiter makes them, they cannot be read without the class: what the command line got.
        assertThrows(ClassNotFoundException.class, () -> readWithoutTestClasses(write(method)));
        assertThrows(ClassNotFoundException.class, () -> readWithoutTestClasses(write(cls)));

        assertEquals(method, readWithoutTestClasses(write(PortableSource.of(method))));
        assertEquals(cls, readWithoutTestClasses(write(PortableSource.of(cls))));
        MethodSource read = (MethodSource) readWithoutTestClasses(write(PortableSource.of(method)));
        assertEquals(Fixture.class, read.getJavaClass(), "loaded by name where it is asked for");
    }

    @Test
    void otherSourcesAreSentAsTheyAre() {
        TestSource file = FileSource.from(new java.io.File("basket.feature"), FilePosition.from(7));
        assertEquals(file, PortableSource.of(file));
    }

    private static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** A parent without this module's test classes: only the JDK and JUnit resolve. */
    private static Object readWithoutTestClasses(byte[] bytes) throws IOException, ClassNotFoundException {
        InputStream in = new ByteArrayInputStream(bytes);
        try (ObjectInputStream objects = new ObjectInputStream(in) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (desc.getName().startsWith("dev.solo.")) {
                    throw new ClassNotFoundException(desc.getName());
                }
                return super.resolveClass(desc);
            }
        }) {
            return objects.readObject();
        }
    }
}
