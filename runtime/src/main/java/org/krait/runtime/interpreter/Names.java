package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/** The instructions on global names and on the locals mapping of module and class bodies. */
final class Names {

    private Names() {
    }

    static void execute(PyFrame f, Opcode op, int arg) {
        PyObject[] s = f.slots;
        switch (op) {
            // STORE_GLOBAL (value -- )
            case STORE_GLOBAL: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                f.globals.setItem(f.decoded.names[arg], v);
                v.decref();
                return;
            }
            // DELETE_GLOBAL ( -- )
            case DELETE_GLOBAL:
                if (!f.globals.delItemIfPresent(f.decoded.names[arg])) {
                    throw notDefined(f.decoded.names[arg]);
                }
                return;
            // LOAD_NAME ( -- value): locals, globals, builtins
            case LOAD_NAME: {
                PyStr name = f.decoded.names[arg];
                PyObject v = f.locals != null ? f.locals.getItem(name) : null;
                if (v == null) {
                    v = f.globals.getItem(name);
                }
                if (v == null) {
                    v = f.builtins.getItem(name);
                }
                if (v == null) {
                    throw notDefined(name);
                }
                s[f.sp++] = PyObject.newRef(v);
                return;
            }
            // STORE_NAME (value -- )
            case STORE_NAME: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                (f.locals != null ? f.locals : f.globals).setItem(f.decoded.names[arg], v);
                v.decref();
                return;
            }
            // DELETE_NAME ( -- )
            case DELETE_NAME:
                if (!(f.locals != null ? f.locals : f.globals).delItemIfPresent(f.decoded.names[arg])) {
                    throw notDefined(f.decoded.names[arg]);
                }
                return;
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    static PythonException notDefined(PyStr name) {
        PythonException e = PythonException.nameError("name '" + name + "' is not defined");
        e.exception().dict().setItem("name", name);
        return e;
    }
}
