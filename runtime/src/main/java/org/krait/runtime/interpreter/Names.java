package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyDict;
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
                PyObject v = f.locals == null ? null : f.locals.getClass() == PyDict.class ? ((PyDict) f.locals).getItem(name)
                        : mappingItem(f.locals, name);
                if (v != null && f.locals.getClass() != PyDict.class) {
                    // a new reference from the mapping's __getitem__: hand it to the stack as is
                    s[f.sp++] = v;
                    return;
                }
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
                if (f.locals != null && f.locals.getClass() != PyDict.class) {
                    // a class namespace from __prepare__ that overrides item assignment (CPython: PyObject_SetItem)
                    org.krait.runtime.ops.SequenceOps.setItem(f.locals, f.decoded.names[arg], v);
                } else {
                    (f.locals != null ? (PyDict) f.locals : f.globals).setItem(f.decoded.names[arg], v);
                }
                v.decref();
                return;
            }
            // DELETE_NAME ( -- )
            case DELETE_NAME:
                if (f.locals != null && f.locals.getClass() != PyDict.class) {
                    try {
                        org.krait.runtime.ops.SequenceOps.delItem(f.locals, f.decoded.names[arg]);
                    } catch (PythonException e) {
                        if (e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.KEY_ERROR)) {
                            throw notDefined(f.decoded.names[arg]);
                        }
                        throw e;
                    }
                    return;
                }
                if (!(f.locals != null ? (PyDict) f.locals : f.globals).delItemIfPresent(f.decoded.names[arg])) {
                    throw notDefined(f.decoded.names[arg]);
                }
                return;
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    /**
     * SETUP_ANNOTATIONS ( -- ): an empty {@code __annotations__} in the namespace of a module or
     * class body that has none; a namespace that is not a dict is asked through its own methods.
     */
    static void setupAnnotations(PyFrame f) {
        PyObject ns = f.locals != null ? f.locals : f.globals;
        PyStr key = PyStr.of("__annotations__");
        if (ns.getClass() == PyDict.class) {
            if (((PyDict) ns).getItem(key) != null) {
                return;
            }
        } else {
            PyObject had = mappingItem(ns, key);
            if (had != null) {
                had.decref();
                return;
            }
        }
        PyDict ann = new PyDict();
        try {
            org.krait.runtime.ops.SequenceOps.setItem(ns, key, ann);
        } finally {
            ann.decref();
        }
    }

    /** {@code mapping[name]} through the mapping's own {@code __getitem__} (new reference), or null on KeyError. */
    static PyObject mappingItem(PyObject mapping, PyStr name) {
        try {
            return org.krait.runtime.ops.SequenceOps.getItem(mapping, name);
        } catch (PythonException e) {
            if (e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    static PythonException notDefined(PyStr name) {
        PythonException e = PythonException.nameError("name '" + name + "' is not defined");
        e.exception().dict().setItem("name", name);
        return e;
    }
}
