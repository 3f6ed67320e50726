package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;

/**
 * An instance of a class defined by a program (or of {@code object} itself): its type, its
 * {@code __dict__} and its {@code __slots__} values. CPython: the generic instance layout of
 * Objects/typeobject.c.
 *
 * <p>Layout, fixed by the class when the instance is made ({@code types.SlotsLayout}): the dict
 * exists unless the class's {@code __slots__} leave it out; the slot values sit in one array
 * indexed by the member descriptors, null while a slot is unset.
 */
public final class PyInstance extends org.krait.runtime.memory.GcObject implements DictOwner, ClassAssignable {

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    /** Changes only by {@code __class__} assignment, to a class of the same layout. */
    private PyType type;
    /** Null when the class has {@code __slots__} without {@code __dict__}. */
    private PyDict dict;
    private final PyObject[] slots;
    /**
     * The Java object that stands for this instance in Java when its class derives from Java
     * classes or interfaces ({@code runtime.java} makes it), or null. Not a Python reference.
     */
    private Object javaPeer;

    /** A new instance of {@code type}; the instance keeps a reference to its type. */
    public PyInstance(PyType type) {
        this.type = newRef(type);
        this.dict = type.hasInstanceDict() ? new PyDict() : null;
        int n = type.memberSlots();
        this.slots = n == 0 ? NO_SLOTS : new PyObject[n];
        if (dict != null) {
            dict.embedIn();
        }
        track();
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The instance dict, or null when the class's {@code __slots__} leave it out. */
    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code obj.__class__ = type}, the layouts checked by the caller. */
    @Override
    public void setType(PyType newType) {
        PyType old = type;
        type = newRef(newType);
        old.decref();
    }

    /** {@code obj.__dict__ = d} (kept), for an instance that has a dict. */
    public void setDict(PyDict d) {
        PyDict old = dict;
        dict = newRef(d);
        xdecref(old);
    }

    /** The Java object standing for this instance in Java, or null (see {@code runtime.java}). */
    public Object javaPeer() {
        return javaPeer;
    }

    public void setJavaPeer(Object peer) {
        javaPeer = peer;
    }

    /** The value of slot {@code i} (borrowed), or null while unset. */
    public PyObject slot(int i) {
        return slots[i];
    }

    /** Stores {@code value} (borrowed; null unsets) in slot {@code i}; whether the slot was set before. */
    public boolean setSlot(int i, PyObject value) {
        PyObject old = slots[i];
        slots[i] = value == null ? null : newRef(value);
        xdecref(old);
        return old != null;
    }

    /** The slots first, then the dict, as CPython's subtype_dealloc clears them. */
    @Override
    public void releaseReferences() {
        for (int i = 0; i < slots.length; i++) {
            PyObject o = slots[i];
            slots[i] = null;
            xdecref(o);
        }
        xdecref(dict);
        type.decref();
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : slots) {
            if (o != null) {
                v.visit(o);
            }
        }
        InstanceTraversal.dictAndType(this, dict, type, v);
    }
}
