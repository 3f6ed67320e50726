package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyCell;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;

/** The instructions on cells and free variables (closures). */
final class Cells {

    private Cells() {
    }

    static void execute(PyFrame f, Opcode op, int arg) {
        PyObject[] s = f.slots;
        switch (op) {
            // LOAD_DEREF ( -- value)
            case LOAD_DEREF: {
                PyObject v = ((PyCell) s[arg]).get();
                if (v == null) {
                    throw unbound(f, arg);
                }
                s[f.sp++] = PyObject.newRef(v);
                return;
            }
            // LOAD_CLASSDEREF ( -- value): the class namespace first
            case LOAD_CLASSDEREF: {
                if (f.locals != null && f.locals.getClass() != org.krait.runtime.objects.PyDict.class) {
                    // a class namespace that is not a dict: its own __getitem__ (a new reference)
                    PyObject own = Names.mappingItem(f.locals, PyStr.of(f.code.localsplusnames[arg]));
                    if (own != null) {
                        s[f.sp++] = own;
                        return;
                    }
                }
                PyObject v = f.locals == null || f.locals.getClass() != org.krait.runtime.objects.PyDict.class ? null
                        : ((org.krait.runtime.objects.PyDict) f.locals).getItem(PyStr.of(f.code.localsplusnames[arg]));
                if (v == null) {
                    v = ((PyCell) s[arg]).get();
                    if (v == null) {
                        throw unbound(f, arg);
                    }
                }
                s[f.sp++] = PyObject.newRef(v);
                return;
            }
            // STORE_DEREF (value -- )
            case STORE_DEREF: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                ((PyCell) s[arg]).set(v);
                v.decref();
                return;
            }
            // DELETE_DEREF ( -- )
            case DELETE_DEREF: {
                PyCell c = (PyCell) s[arg];
                if (c.get() == null) {
                    throw unbound(f, arg);
                }
                c.set(null);
                return;
            }
            // LOAD_CLOSURE ( -- cell)
            case LOAD_CLOSURE:
                s[f.sp++] = PyObject.newRef(s[arg]);
                return;
            // MAKE_CELL ( -- ): the slot's value moves into a new cell
            case MAKE_CELL: {
                PyObject v = s[arg];
                s[arg] = new PyCell(v);
                PyObject.xdecref(v);
                return;
            }
            // COPY_FREE_VARS ( -- ): the closure's cells into the last n slots
            case COPY_FREE_VARS: {
                PyTuple closure = f.function.closure();
                int offset = f.code.nlocalsplus() - arg;
                for (int i = 0; i < arg; i++) {
                    s[offset + i] = PyObject.newRef(closure.getItem(i));
                }
                return;
            }
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    private static PythonException unbound(PyFrame f, int i) {
        String name = f.code.localsplusnames[i];
        if ((f.code.localspluskinds[i] & org.krait.runtime.bytecode.PyCode.KIND_FREE) != 0) {
            return PythonException.of(ExceptionTypes.NAME_ERROR, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return PythonException.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }
}
