package org.krait.runtime.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionGroups;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;

/** The instructions of {@code except*} (PEP 654), as CPython 3.11's. */
final class StarHandlers {

    private StarHandlers() {
    }

    static void execute(PyFrame f, ThreadState ts, Opcode op) {
        PyObject[] s = f.slots;
        if (op == Opcode.CHECK_EG_MATCH) {
            // CHECK_EG_MATCH (exc, type -- rest, match) or (exc, type -- exc, None)
            PyObject type = s[f.sp - 1];
            PyObject exc = s[f.sp - 2];
            if (type instanceof PyType && ((PyType) type).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                throw PythonException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
            if (exc == PyNoneType.NONE) {
                s[f.sp - 1] = PyObject.newRef(PyNoneType.NONE);
                type.decref();
                return;
            }
            PyObject[] parts = ExceptionGroups.splitForStar((PyBaseException) exc, type);
            type.decref();
            if (parts[0] == null) {
                s[f.sp - 1] = PyObject.newRef(PyNoneType.NONE);
                PyObject.xdecref(parts[1]);
                return;
            }
            s[f.sp - 2] = parts[1] == null ? PyObject.newRef(PyNoneType.NONE) : parts[1];
            s[f.sp - 1] = parts[0];
            PyBaseException was = ts.handled;
            ts.handled = (PyBaseException) PyObject.newRef(parts[0]);
            PyObject.xdecref(was);
            exc.decref();
            return;
        }
        // PREP_RERAISE_STAR (orig, list -- exc or None)
        PyList list = (PyList) s[f.sp - 1];
        PyBaseException orig = (PyBaseException) s[f.sp - 2];
        List<PyBaseException> results = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.getItem(i) instanceof PyBaseException) {
                results.add((PyBaseException) list.getItem(i));
            }
        }
        PyBaseException r = ExceptionGroups.prepReraiseStar(orig, results);
        Instructions.popN(f, 2);
        s[f.sp++] = r == null ? PyObject.newRef(PyNoneType.NONE) : PyObject.newRef(r);
    }
}
