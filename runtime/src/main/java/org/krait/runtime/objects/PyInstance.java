package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;

/**
 * An instance of a class defined by a program (or of {@code object} itself): its type and its
 * {@code __dict__}. CPython: the generic instance layout of Objects/typeobject.c.
 */
public final class PyInstance extends PyObject implements DictOwner {

    private final PyType type;
    private final PyDict dict = new PyDict();

    /** A new instance of {@code type}; the instance keeps a reference to its type. */
    public PyInstance(PyType type) {
        this.type = newRef(type);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public void releaseReferences() {
        dict.decref();
        type.decref();
    }
}
