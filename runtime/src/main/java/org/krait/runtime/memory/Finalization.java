package org.krait.runtime.memory;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * PEP 442 finalization: an object's {@code __del__} runs at most once, whether its count reached
 * zero or the collector found it in a cycle; an exception from it goes to
 * {@code sys.unraisablehook}; a finalizer that stores its object somewhere resurrects it.
 */
final class Finalization {

    private Finalization() {
    }

    static boolean hasFinalizer(PyObject o) {
        return o.type().has(Slot.DEL);
    }

    /** Calls {@code __del__} of {@code o} (whose count the caller holds) and marks it finalized. */
    static void callFinalizer(GcObject o) {
        o.gcFlags |= GcObject.FINALIZED;
        Signature.Unary del = o.type().unary(Slot.DEL);
        if (del == null) {
            return;
        }
        try {
            del.apply(o).decref();
        } catch (PythonException e) {
            PyObject f = o.type().lookup("__del__");
            Unraisable.report(e.exception(), null, f);
            e.exception().decref();
        }
    }

    /**
     * Runs the finalizer of an object whose count just reached zero, with one reference lent to
     * it; true if the finalizer resurrected the object (it then stays tracked and alive).
     */
    static boolean finalizeFromDealloc(GcObject o) {
        o.lend();
        o.track();
        callFinalizer(o);
        if (o.endLoan()) {
            return true;
        }
        GcHeap.untrack(o);
        return false;
    }
}
