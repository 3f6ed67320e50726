package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;

/**
 * An instance of {@code object} itself ({@code object()}): it has no {@code __dict__}, so it
 * takes no attributes, unlike instances of classes defined by a program ({@link PyInstance}).
 */
public final class PyPlainObject extends PyObject {

    @Override
    public PyType type() {
        return PyType.OBJECT;
    }
}
