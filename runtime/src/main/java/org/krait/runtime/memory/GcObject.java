package org.krait.runtime.memory;

import org.krait.runtime.objects.PyObject;

/**
 * The base of the objects the cycle collector can see (CPython's objects with a GC header): the
 * links of the intrusive list of the generation the object is in, the collector's scratch count,
 * the PEP 442 "finalized" mark and the head of the weak references to the object.
 *
 * <p>Invariants: an object is tracked exactly when {@code gcNext != null}; only the thread holding
 * the GIL touches these fields. A subclass tracks itself when it is made ({@link #track()}), or
 * later when it first holds something that may be tracked (dicts and tuples, as CPython does), and
 * reports the references it owns through {@link #traverse}. It is untracked when its count
 * reaches zero, so a list never keeps a dead object reachable for the JVM.
 */
public abstract class GcObject extends PyObject {

    /** Receives each reference an object owns. */
    @FunctionalInterface
    public interface Visitor {
        void visit(PyObject referent);
    }

    static final byte FINALIZED = 1;
    /** Set while the object is in the generations a collection examines. */
    static final byte COLLECTING = 2;
    /** Set while the collection believes the object unreachable. */
    static final byte UNREACHABLE = 4;
    /** The collector cleared this object's references: its release must not run again. */
    static final byte CLEARED = 8;
    /** Never tracked: a dict embedded in an instance, traversed through its owner. */
    static final byte EMBEDDED = 16;

    GcObject gcPrev;
    GcObject gcNext;
    int gcRefs;
    byte gcFlags;
    /** The first weak reference to this object, or null ({@code tp_weaklistoffset}). */
    PyReferenceType weakrefs;

    /** Whether the collector sees this object ({@code gc.is_tracked}). */
    public final boolean isTracked() {
        return gcNext != null;
    }

    /** Whether a PEP 442 finalizer already ran for this object ({@code gc.is_finalized}). */
    public final boolean isFinalized() {
        return (gcFlags & FINALIZED) != 0;
    }

    /** Starts tracking this object in the youngest generation of the running interpreter's heap. */
    protected final void track() {
        if (gcNext == null && (gcFlags & EMBEDDED) == 0) {
            GcHeap heap = GcHeap.current();
            if (heap != null) {
                heap.link(this);
            }
        }
    }

    /** Marks this object as never tracked: its owner traverses what it holds. */
    protected final void embed() {
        gcFlags |= EMBEDDED;
    }

    /** Whether this object is embedded in another ({@link #embed}). */
    protected final boolean isEmbedded() {
        return (gcFlags & EMBEDDED) != 0;
    }

    /**
     * CPython's {@code _PyObject_GC_MAY_BE_TRACKED}: whether {@code o} may ever take part in a
     * cycle, so that a dict or tuple holding it must be tracked.
     */
    public static boolean mayBeTracked(PyObject o) {
        return o instanceof GcObject g && g.gcCapable()
                && (g.gcNext != null || !(o instanceof org.krait.runtime.objects.PyTuple));
    }

    /**
     * Whether objects of this kind are ever tracked ({@code PyObject_IS_GC}); false for a builtin
     * type, which CPython's collector does not see either.
     */
    public boolean gcCapable() {
        return true;
    }

    /** Reports every reference this object owns (CPython's {@code tp_traverse}); none by default. */
    public void traverse(Visitor v) {
    }

    /**
     * Drops the references this object owns so that a cycle through it breaks (CPython's
     * {@code tp_clear}); the object must stay a valid Java object. By default its release.
     */
    protected void clearReferences() {
        releaseReferences();
    }

    /** Whether {@link #clearReferences} can break a cycle; false for immutable containers (tuple). */
    protected boolean clearable() {
        return true;
    }

    /** Runs the collector's clear once, leaving the object marked so its release does not repeat it. */
    final void clearForCollector() {
        if ((gcFlags & CLEARED) == 0 && clearable()) {
            gcFlags |= CLEARED;
            clearReferences();
        }
    }

    final void lend() {
        lendToFinalizer();
    }

    final boolean endLoan() {
        return endFinalizerLoan();
    }

    @Override
    protected void dealloc() {
        if (gcNext != null) {
            GcHeap.unlinkDead(this);
        }
        if (Finalization.hasFinalizer(this) && (gcFlags & FINALIZED) == 0) {
            if (Finalization.finalizeFromDealloc(this)) {
                return;
            }
        }
        if (weakrefs != null) {
            WeakrefLists.clearAll(this);
        }
        if ((gcFlags & CLEARED) == 0) {
            ReleaseQueue.release(this);
        }
    }
}
