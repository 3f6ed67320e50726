package org.krait.runtime.objects;

import org.krait.runtime.memory.ReleaseQueue;
import org.krait.runtime.types.PyType;

/**
 * The base of every Python object: its reference count and its type. CPython: {@code PyObject}
 * in Include/object.h. Counts follow CPython's conventions (docs/internals/runtime.md): methods
 * return new references, arguments are borrowed, containers own their items.
 */
public abstract class PyObject implements ReleaseQueue.Releasable {

    /** The count of an immortal object: increments and decrements leave it alone. */
    public static final int IMMORTAL = 0x3fffffff;

    private int refcnt = 1;

    /** This object's Python type. */
    public abstract PyType type();

    /** The current reference count (what {@code sys.getrefcount} reports, minus its argument). */
    public final int refcnt() {
        return refcnt;
    }

    public final boolean isImmortal() {
        return refcnt == IMMORTAL;
    }

    /** Makes this object immortal and returns it; used for objects shared by all interpreters. */
    @SuppressWarnings("unchecked")
    public final <T extends PyObject> T immortal() {
        refcnt = IMMORTAL;
        // Shared by every interpreter: in none's generations, whose lists it would keep alive.
        if (this instanceof org.krait.runtime.memory.GcObject g) {
            org.krait.runtime.memory.GcHeap.untrack(g);
        }
        return (T) this;
    }

    /** Adds a reference ({@code Py_INCREF}). */
    public final void incref() {
        if (refcnt != IMMORTAL) {
            refcnt++;
        }
    }

    /** Drops a reference ({@code Py_DECREF}); at zero the object releases what it owns. */
    public final void decref() {
        if (refcnt != IMMORTAL && --refcnt == 0) {
            // The temporaries that die most often need no call: this site sees every type, so
            // the JVM could only make dealloc() a virtual call here.
            Class<?> c = getClass();
            if (c != PyFloat.class && c != PyInt.class) {
                dealloc();
            }
        }
    }

    /**
     * Runs once, when the count reaches zero: queues the release of what this object owns.
     * Types whose instances own no references (int, float, str, bytes, complex) override it to
     * do nothing, so the death of a temporary number costs no queue work; their subclasses'
     * instances, which own a dict and their type, restore the queued release.
     */
    protected void dealloc() {
        ReleaseQueue.release(this);
    }

    /**
     * Gives an object whose count just reached zero the one reference its finalizer runs with
     * (CPython's temporary resurrection in {@code PyObject_CallFinalizerFromDealloc}).
     */
    protected final void lendToFinalizer() {
        refcnt = 1;
    }

    /** Takes back the finalizer's reference without a new dealloc; true if others now refer to the object. */
    protected final boolean endFinalizerLoan() {
        return --refcnt != 0;
    }

    /** Returns {@code o} with one more reference: a new reference made from a borrowed one. */
    public static <T extends PyObject> T newRef(T o) {
        o.incref();
        return o;
    }

    /** Drops a reference to {@code o} if it is not null ({@code Py_XDECREF}). */
    public static void xdecref(PyObject o) {
        if (o != null) {
            o.decref();
        }
    }

    @Override
    public void releaseReferences() {
    }

    /** A Java-side description for debugging; Python's repr is {@code ObjectOps.repr}. */
    @Override
    public String toString() {
        return "<" + type().name() + " object>";
    }
}
