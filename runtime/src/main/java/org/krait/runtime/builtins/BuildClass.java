package org.krait.runtime.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyCell;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Slot;
import org.krait.runtime.types.TypeNew;

/**
 * {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}, what a class statement
 * calls: the bases after {@code __mro_entries__}, the metaclass (the most derived of the given
 * one and the bases'), its {@code __prepare__}d namespace filled by the class body, then the
 * metaclass called, and the {@code __class__} cell checked. CPython: {@code builtin___build_class__}
 * in Python/bltinmodule.c.
 */
final class BuildClass {

    private BuildClass() {
    }

    static PyObject build(Interpreter interp, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos < 2) {
            throw PythonException.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction)) {
            throw PythonException.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr)) {
            throw PythonException.typeError("__build_class__: name is not a string");
        }
        PyFunction body = (PyFunction) a[0];
        PyObject name = a[1];
        PyObject[] origBases = Arrays.copyOfRange(a, 2, npos);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        List<PyObject> kwValues = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                meta = a[npos + i];
            } else {
                kwNames.add(kw[i]);
                kwValues.add(a[npos + i]);
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) {
            meta = bases.length > 0 ? bases[0].type() : PyType.TYPE;
        }
        if (isClass) {
            meta = TypeNew.calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        String[] extraKw = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
        try {
            PyObject ns = prepare(meta, name, basesTuple, kwValues, extraKw, isClass);
            try {
                PyObject cell = interp.runClassBody(body, ns);
                try {
                    if (bases != origBases) {
                        PyTuple orig = PyTuple.of(origBases);
                        org.krait.runtime.ops.SequenceOps.setItem(ns, PyStr.of("__orig_bases__"), orig);
                        orig.decref();
                    }
                    PyObject[] margs = new PyObject[3 + kwValues.size()];
                    margs[0] = name;
                    margs[1] = basesTuple;
                    margs[2] = ns;
                    for (int i = 0; i < kwValues.size(); i++) {
                        margs[3 + i] = kwValues.get(i);
                    }
                    PyObject cls = CallOps.call(meta, margs, extraKw);
                    checkCell(cls, cell, name);
                    return cls;
                } finally {
                    cell.decref();
                }
            } finally {
                ns.decref();
            }
        } finally {
            basesTuple.decref();
        }
    }

    /** The namespace {@code meta.__prepare__(name, bases, **kwds)} gives, or a new dict when there is none. */
    private static PyObject prepare(PyObject meta, PyObject name, PyTuple bases, List<PyObject> kwValues, String[] kw,
            boolean isClass) {
        PyObject prep = ObjectOps.lookupAttr(meta, PyStr.of("__prepare__"));
        if (prep == null) {
            return new PyDict();
        }
        PyObject[] args = new PyObject[2 + kwValues.size()];
        args[0] = name;
        args[1] = bases;
        for (int i = 0; i < kwValues.size(); i++) {
            args[2 + i] = kwValues.get(i);
        }
        PyObject ns;
        try {
            ns = CallOps.call(prep, args, kw);
        } finally {
            prep.decref();
        }
        if (!ns.type().has(Slot.GETITEM)) {
            String who = isClass ? ((PyType) meta).name() : "<metaclass>";
            String got = ns.type().name();
            ns.decref();
            throw PythonException.typeError(who + ".__prepare__() must return a mapping, not " + got);
        }
        return ns;
    }

    /** Bases after {@code __mro_entries__} (PEP 560); the same array when no base has it. */
    private static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject meth = b instanceof PyType ? null : ObjectOps.lookupAttr(b, PyStr.of("__mro_entries__"));
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            PyTuple orig = PyTuple.of(bases);
            PyObject entries;
            try {
                entries = CallOps.call(meth, orig);
            } finally {
                orig.decref();
                meth.decref();
            }
            if (!(entries instanceof PyTuple)) {
                entries.decref();
                throw PythonException.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(Arrays.asList(((PyTuple) entries).toArray()));
            // the tuple's items stay alive in the class's bases; the tuple itself is dropped
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    /** The {@code __class__} cell of the body must hold the class made (the metaclass passed {@code __classcell__} on). */
    private static void checkCell(PyObject cls, PyObject cell, PyObject name) {
        if (!(cls instanceof PyType) || !(cell instanceof PyCell)) {
            return;
        }
        PyObject inCell = ((PyCell) cell).get();
        if (inCell == cls) {
            return;
        }
        if (inCell == null) {
            // The message names the class, so it is made before the class may die.
            String msg = "__class__ not set defining " + ObjectOps.repr(name) + " as " + ObjectOps.repr(cls)
                    + ". Was __classcell__ propagated to type.__new__?";
            cls.decref();
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, msg);
        }
        String msg = "__class__ set to " + ObjectOps.repr(inCell) + " defining " + ObjectOps.repr(name) + " as "
                + ObjectOps.repr(cls);
        cls.decref();
        throw PythonException.typeError(msg);
    }
}
