package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;

/**
 * An object whose class a program may change ({@code obj.__class__ = C}): instances of classes
 * and of the subclasses of the builtin types whose layout CPython lets change (not the
 * variable-size {@code int}, {@code tuple}, {@code bytes}). The caller has checked that both
 * classes have the same layout.
 */
public interface ClassAssignable {

    /** Makes {@code newType} the object's class; the object holds a reference to its class. */
    void setType(PyType newType);
}
