package org.krait.runtime.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyObject;

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

    /**
     * Caches {@code code} and returns it: made immortal with everything it holds (constants,
     * nested code objects), as it outlives any interpreter and interpreters running it on other
     * threads must never write to it. The interpreter keeps its own inline caches for it.
     */
    static PyCode put(String key, PyCode code) {
        share(code);
        PyCode old = CODE.putIfAbsent(key, code);
        return old != null ? old : code;
    }

    /** Makes {@code o} and what it refers to immortal (and so untracked by any heap). */
    private static void share(PyObject o) {
        if (o.isImmortal()) {
            return;
        }
        o.immortal();
        if (o instanceof PyCode c) {
            for (PyObject k : c.consts) {
                share(k);
            }
        } else if (o instanceof org.krait.runtime.memory.GcObject g) {
            // Tuples and frozensets of constants: their items.
            g.traverse(CodeCache::share);
        }
    }
}
