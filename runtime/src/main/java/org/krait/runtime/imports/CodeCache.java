package org.krait.runtime.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.krait.runtime.bytecode.PyCode;

/**
 * Code objects compiled from sources that do not change while the JVM runs (the bundled modules,
 * members of zip and jar archives), shared by every interpreter: code objects are immutable. The
 * key names the source with what identifies its version (mtime and size, or a member's CRC), so a
 * rewritten archive is compiled again.
 */
final class CodeCache {

    private static final Map<String, PyCode> CODE = new ConcurrentHashMap<>();

    private CodeCache() {
    }

    /** The cached code for {@code key}, or null. Borrowed: cached code is immortal. */
    static PyCode get(String key) {
        return CODE.get(key);
    }

    /** Caches {@code code} (made immortal, as it outlives any interpreter) and returns it. */
    static PyCode put(String key, PyCode code) {
        code.immortal();
        PyCode old = CODE.putIfAbsent(key, code);
        return old != null ? old : code;
    }
}
