package org.krait.runtime.imports;

import java.io.IOException;
import java.io.InputStream;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyObject;

/**
 * The bundled modules compiled when Krait was built (CPython's frozen modules): the build writes
 * a hash-based {@code .pyc} of each one as the resource {@code org/krait/lib/__frozen__/NAME.pyc}
 * beside the compiler's classes. Importing a bundled module loads that code instead of compiling
 * the source, provided it was compiled from exactly the source this runtime ships (the hash in its
 * header) by a Krait whose bytecode it speaks (the magic number); otherwise the source is compiled
 * as before, so a stale or missing resource costs time, never correctness.
 */
final class FrozenModules {

    static final String PREFIX = "org/krait/lib/__frozen__/";

    private FrozenModules() {
    }

    /** The frozen code of bundled module {@code fullname} for {@code source}, or null when there is none that fits. */
    static PyCode find(String fullname, byte[] source) {
        byte[] data = read(PREFIX + fullname + ".pyc");
        if (data == null || data.length < 16 || !java.util.Arrays.equals(data, 0, 4, PycFiles.MAGIC, 0, 4)
                || (PycFiles.word(data, 4) & PycFiles.FLAG_HASH_BASED) == 0) {
            return null;
        }
        long stored = (PycFiles.word(data, 8) & 0xFFFFFFFFL) | ((long) PycFiles.word(data, 12) << 32);
        if (stored != PycFiles.sourceHash(source)) {
            return null;
        }
        PyObject o = CodeMarshal.loads(data, 16);
        if (o instanceof PyCode) {
            return (PyCode) o;
        }
        o.decref();
        return null;
    }

    /** A resource of the compiler's class loader (the frozen code ships with the compiler), or null. */
    private static byte[] read(String resource) {
        ClassLoader loader = SourceCompiler.get().getClass().getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
