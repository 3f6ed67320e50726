package org.krait.runtime.objects;

import java.util.IdentityHashMap;
import java.util.Map;

/** Stops {@code repr} of a container that contains itself ({@code Py_ReprEnter}). */
final class ReprGuard {

    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {
    }

    /** False if {@code o}'s repr is already running on this thread. */
    static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    static void leave(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
