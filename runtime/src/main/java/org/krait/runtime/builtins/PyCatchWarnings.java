package org.krait.runtime.builtins;

import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code warnings.catch_warnings(*, record=False, module=None, action=None, category=Warning,
 * lineno=0, append=False)}: a context manager that saves the warnings state on entry and
 * restores it on exit; with {@code record} it collects the warnings in the list it returns.
 * CPython: Lib/warnings.py.
 */
final class PyCatchWarnings extends PyObject {

    static final PyType TYPE = PyType.builtin("warnings.catch_warnings", PyType.OBJECT);

    private static final ArgSpec INIT = ArgSpec.keywords(0, "*", "record", "module", "action", "category", "lineno", "append");

    static {
        TYPE.instances(PyCatchWarnings::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, args, kw) -> {
            PyObject[] a = INIT.bind("__init__", null, args, kw);
            PyCatchWarnings c = (PyCatchWarnings) self;
            c.record = a.length > 0 && a[0] != null && ObjectOps.isTrue(a[0]);
            c.module = a.length > 1 && a[1] != null && a[1] != PyNoneType.NONE ? PyObject.newRef(a[1]) : null;
            c.action = a.length > 2 && a[2] != null && a[2] != PyNoneType.NONE ? PyObject.newRef(a[2]) : null;
            c.category = a.length > 3 && a[3] != null ? PyObject.newRef(a[3]) : null;
            c.lineno = a.length > 4 && a[4] != null ? PyObject.newRef(a[4]) : null;
            c.append = a.length > 5 && a[5] != null ? PyObject.newRef(a[5]) : null;
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> {
            PyCatchWarnings c = (PyCatchWarnings) self;
            StringBuilder sb = new StringBuilder("catch_warnings(");
            if (c.record) {
                sb.append("record=True");
            }
            if (c.module != null) {
                sb.append(c.record ? ", " : "").append("module=").append(ObjectOps.repr(c.module));
            }
            return PyStr.of(sb.append(')').toString());
        });
        TYPE.method("__enter__", ArgSpec.NOARGS, (self, a, kw) -> ((PyCatchWarnings) self).enter());
        TYPE.method("__exit__", ArgSpec.VARARGS, (self, a, kw) -> ((PyCatchWarnings) self).exit());
    }

    private final PyType type;
    private boolean record;
    private PyObject module;
    private PyObject action;
    private PyObject category;
    private PyObject lineno;
    private PyObject append;
    /** The module namespace whose state was saved, and the saved values; null before entry. */
    private PyDict entered;
    private PyObject savedFilters;
    private PyObject savedShow;
    private PyObject savedImpl;

    private PyCatchWarnings(PyType type) {
        this.type = newRef(type);
    }

    @Override
    public PyType type() {
        return type;
    }

    private PyDict namespace() {
        if (module != null) {
            PyObject d = ObjectOps.getAttr(module, "__dict__");
            d.decref();
            return (PyDict) d;
        }
        return ((org.krait.runtime.objects.PyModule) ThreadState.current().interpreter().importModule("warnings")).dict();
    }

    private PyObject enter() {
        if (entered != null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "Cannot enter " + ObjectOps.repr(this) + " twice");
        }
        PyDict d = namespace();
        entered = PyObject.newRef(d);
        savedFilters = PyObject.newRef(d.getItem("filters"));
        savedShow = xref(d.getItem("showwarning"));
        savedImpl = xref(d.getItem("_showwarnmsg_impl"));
        PyList copy = new PyList();
        copy.extend(savedFilters);
        d.setItem("filters", copy);
        copy.decref();
        WarningsModule.bumpVersion(d);
        if (action != null) {
            PyObject simplefilter = d.getItem("simplefilter");
            CallOps.call(simplefilter, new PyObject[] {action, category == null ? ExceptionTypes.WARNING : category,
                lineno == null ? PyInt.of(0) : lineno, append == null ? PyBool.FALSE : append}, null).decref();
        }
        if (!record) {
            return PyNoneType.NONE;
        }
        PyList log = new PyList();
        PyObject appendTo = ObjectOps.getAttr(log, "append");
        d.setItem("_showwarnmsg_impl", appendTo);
        appendTo.decref();
        PyObject orig = d.getItem("_showwarning_orig");
        if (orig != null) {
            d.setItem("showwarning", orig);
        }
        return log;
    }

    private PyObject exit() {
        if (entered == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "Cannot exit " + ObjectOps.repr(this) + " without entering first");
        }
        PyDict d = entered;
        d.setItem("filters", savedFilters);
        restore(d, "showwarning", savedShow);
        restore(d, "_showwarnmsg_impl", savedImpl);
        WarningsModule.bumpVersion(d);
        savedFilters.decref();
        xdecref(savedShow);
        xdecref(savedImpl);
        entered = null;
        d.decref();
        return PyNoneType.NONE;
    }

    private static PyObject xref(PyObject o) {
        return o == null ? null : PyObject.newRef(o);
    }

    private static void restore(PyDict d, String name, PyObject saved) {
        if (saved != null) {
            d.setItem(name, saved);
        } else {
            d.delItemIfPresent(PyStr.of(name));
        }
    }

    @Override
    public void releaseReferences() {
        xdecref(module);
        xdecref(action);
        xdecref(category);
        xdecref(lineno);
        xdecref(append);
        type.decref();
    }
}
