package org.krait.runtime.types;

import org.krait.runtime.objects.PyObject;

/**
 * An attribute of a builtin type that assignment through the type itself may change
 * ({@code type.__setattr__} otherwise refuses every change to a builtin): a Java class's static
 * field ({@code runtime.java}).
 */
public interface ClassLevelSetter {

    /** Assigns {@code value} (borrowed), or deletes for null; raises what the attribute refuses. */
    void setOnClass(PyObject value);
}
