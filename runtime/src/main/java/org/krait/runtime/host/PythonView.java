package org.krait.runtime.host;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyObject;

/**
 * A Java object that stands for a Python object (a live view, a handle): handing it back to
 * Python gives the object itself, not a wrapper of the wrapper.
 */
public interface PythonView {

    /** The Python object (borrowed; alive as long as this view is reachable). */
    PyObject pythonObject();

    /** The interpreter that owns the object and whose lock guards it. */
    Interpreter interpreter();
}
