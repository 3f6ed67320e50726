package org.krait.runtime.interpreter;

import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;

/**
 * LOAD_GLOBAL's inline cache (CPython 3.11: {@code LOAD_GLOBAL_MODULE} and
 * {@code LOAD_GLOBAL_BUILTIN}): where the name was found, as an entry index of the globals or the
 * builtins dict, valid while those dicts keep the key versions they had. A key version changes on
 * every insertion and deletion, so an unchanged one proves the name still sits at that index and,
 * for a builtin, that no global of the same name has appeared since. Immutable, so a cache
 * written by one thread is read whole by another.
 */
final class GlobalCache {

    private final PyDict globals;
    private final int globalsVersion;
    /** Null when the name is a global. */
    private final PyDict builtins;
    private final int builtinsVersion;
    private final int index;

    private GlobalCache(PyDict globals, PyDict builtins, int index) {
        this.globals = globals;
        this.globalsVersion = globals.version();
        this.builtins = builtins;
        this.builtinsVersion = builtins == null ? 0 : builtins.version();
        this.index = index;
    }

    /** The value of global {@code name} for the instruction at {@code pc} (borrowed), or null when it is not defined. */
    static PyObject load(PyFrame f, int pc, PyStr name) {
        Object c = f.decoded.caches[pc];
        if (c instanceof GlobalCache) {
            GlobalCache g = (GlobalCache) c;
            PyDict globals = f.globals;
            if (g.globals == globals && g.globalsVersion == globals.version()) {
                if (g.builtins == null) {
                    return globals.valueAt(g.index);
                }
                PyDict builtins = f.builtins;
                if (g.builtins == builtins && g.builtinsVersion == builtins.version()) {
                    return builtins.valueAt(g.index);
                }
            }
        }
        return lookUp(f, pc, name);
    }

    private static PyObject lookUp(PyFrame f, int pc, PyStr name) {
        int ix = f.globals.entryIndex(name);
        if (ix >= 0) {
            f.decoded.caches[pc] = new GlobalCache(f.globals, null, ix);
            return f.globals.valueAt(ix);
        }
        ix = f.builtins.entryIndex(name);
        if (ix >= 0) {
            f.decoded.caches[pc] = new GlobalCache(f.globals, f.builtins, ix);
            return f.builtins.valueAt(ix);
        }
        return null;
    }
}
