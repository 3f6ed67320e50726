package org.krait.runtime.bytecode;

import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyObject;

/**
 * How a code object runs when its function is called: installed by the interpreter, replaced by
 * the JIT once the code is hot (the seam of CPython's PEP 523 {@code eval_frame}).
 */
@FunctionalInterface
public interface CodeBody {
    /** Runs {@code function} with vectorcall arguments (borrowed); returns a new reference. */
    PyObject call(PyFunction function, PyObject[] args, String[] kwnames);
}
