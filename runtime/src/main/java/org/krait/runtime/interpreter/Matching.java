package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytearray;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyMappingProxy;
import org.krait.runtime.objects.PyMemoryView;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyPlainObject;
import org.krait.runtime.objects.PyRange;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyType;

/** The instructions of structural pattern matching (PEP 634), as CPython 3.11's. */
final class Matching {

    private Matching() {
    }

    static void execute(PyFrame f, Opcode op, int arg) {
        PyObject[] s = f.slots;
        switch (op) {
            // GET_LEN (subject -- subject, len)
            case GET_LEN:
                s[f.sp] = PyInt.of(SequenceOps.length(s[f.sp - 1]));
                f.sp++;
                return;
            // MATCH_MAPPING (subject -- subject, bool)
            case MATCH_MAPPING:
                s[f.sp] = PyBool.of(isMapping(s[f.sp - 1]));
                f.sp++;
                return;
            // MATCH_SEQUENCE (subject -- subject, bool)
            case MATCH_SEQUENCE:
                s[f.sp] = PyBool.of(isSequence(s[f.sp - 1]));
                f.sp++;
                return;
            // MATCH_KEYS (subject, keys -- subject, keys, values or None)
            case MATCH_KEYS:
                s[f.sp] = matchKeys(s[f.sp - 2], (PyTuple) s[f.sp - 1]);
                f.sp++;
                return;
            // COPY_DICT_WITHOUT_KEYS (subject, keys -- subject, rest)
            case COPY_DICT_WITHOUT_KEYS: {
                PyDict subject = (PyDict) s[f.sp - 2];
                PyTuple keys = (PyTuple) s[f.sp - 1];
                PyDict rest = new PyDict();
                for (int i = 0; i < subject.entryBound(); i++) {
                    if (subject.keyAt(i) != null) {
                        rest.setItem(subject.keyAt(i), subject.valueAt(i));
                    }
                }
                for (int i = 0; i < keys.size(); i++) {
                    rest.delItemIfPresent(keys.getItem(i));
                }
                s[f.sp - 1] = rest;
                keys.decref();
                return;
            }
            // MATCH_CLASS (subject, cls, names -- attributes or None)
            case MATCH_CLASS: {
                PyTuple names = (PyTuple) s[f.sp - 1];
                PyObject cls = s[f.sp - 2];
                PyObject subject = s[f.sp - 3];
                PyObject r = matchClass(subject, cls, arg, names);
                Instructions.popN(f, 3);
                s[f.sp++] = r;
                return;
            }
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    /** Whether pattern matching treats {@code o} as a mapping (CPython's Py_TPFLAGS_MAPPING types). */
    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof PyMappingProxy;
    }

    /**
     * Whether pattern matching treats {@code o} as a sequence (CPython's Py_TPFLAGS_SEQUENCE
     * types and their subclasses); str, bytes and bytearray never are.
     */
    private static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyMemoryView;
    }

    /**
     * CPython's {@code match_keys}: the values of {@code keys} read with {@code subject.get(key,
     * dummy)} (so {@code __missing__} is never called), stopping at the first missing key with
     * None; a key repeated at run time (two attribute lookups with equal values) is an error.
     */
    private static PyObject matchKeys(PyObject subject, PyTuple keys) {
        int n = keys.size();
        if (n == 0) {
            return PyObject.newRef(PyTuple.EMPTY);
        }
        PyObject get = ObjectOps.getAttr(subject, "get");
        PySet seen = new PySet();
        PyObject dummy = new PyPlainObject();
        PyObject[] values = new PyObject[n];
        try {
            for (int i = 0; i < n; i++) {
                PyObject key = keys.getItem(i);
                if (seen.contains(key)) {
                    throw PythonException.valueError("mapping pattern checks duplicate key (" + ObjectOps.repr(key) + ")");
                }
                seen.add(key);
                PyObject v = CallOps.call(get, key, dummy);
                if (v == dummy) {
                    v.decref();
                    for (int j = 0; j < i; j++) {
                        values[j].decref();
                    }
                    return PyObject.newRef(PyNoneType.NONE);
                }
                values[i] = v;
            }
        } catch (PythonException e) {
            for (PyObject v : values) {
                PyObject.xdecref(v);
            }
            throw e;
        } finally {
            get.decref();
            seen.decref();
            dummy.decref();
        }
        return PyTuple.fromArray(values);
    }

    /**
     * CPython's {@code match_class}: None unless {@code subject} is an instance of {@code cls};
     * then the attributes named by {@code __match_args__} for the {@code npos} positional
     * sub-patterns (the subject itself for the builtins that match themselves) and by
     * {@code names}, or None as soon as one is missing.
     */
    private static PyObject matchClass(PyObject subject, PyObject clsObj, int npos, PyTuple names) {
        if (!(clsObj instanceof PyType)) {
            throw PythonException.typeError("called match pattern must be a type");
        }
        PyType cls = (PyType) clsObj;
        if (!isInstance(subject, cls)) {
            return PyObject.newRef(PyNoneType.NONE);
        }
        PyObject[] out = new PyObject[npos + names.size()];
        PySet seen = new PySet();
        try {
            if (npos > 0) {
                PyObject matchArgs = ObjectOps.lookupAttr(cls, PyStr.of("__match_args__"));
                boolean self = false;
                if (matchArgs == null) {
                    matchArgs = PyObject.newRef(PyTuple.EMPTY);
                    self = matchesSelf(cls);
                } else if (matchArgs.type() != PyTuple.TYPE) {
                    String t = matchArgs.type().name();
                    matchArgs.decref();
                    throw PythonException.typeError(cls.name() + ".__match_args__ must be a tuple (got " + t + ")");
                }
                PyTuple ma = (PyTuple) matchArgs;
                try {
                    int allowed = self ? 1 : ma.size();
                    if (allowed < npos) {
                        throw PythonException.typeError(cls.name() + "() accepts " + allowed + " positional sub-pattern"
                                + (allowed == 1 ? "" : "s") + " (" + npos + " given)");
                    }
                    if (self) {
                        out[0] = PyObject.newRef(subject);
                    } else {
                        for (int i = 0; i < npos; i++) {
                            PyObject name = ma.getItem(i);
                            if (name.type() != PyStr.TYPE) {
                                throw PythonException.typeError("__match_args__ elements must be strings (got "
                                        + name.type().name() + ")");
                            }
                            out[i] = attribute(subject, cls, (PyStr) name, seen);
                            if (out[i] == null) {
                                return none(out);
                            }
                        }
                    }
                } finally {
                    ma.decref();
                }
            }
            for (int i = 0; i < names.size(); i++) {
                out[npos + i] = attribute(subject, cls, (PyStr) names.getItem(i), seen);
                if (out[npos + i] == null) {
                    return none(out);
                }
            }
        } catch (PythonException e) {
            none(out).decref();
            throw e;
        } finally {
            seen.decref();
        }
        return PyTuple.fromArray(out);
    }

    /** CPython's {@code match_class_attr}: the attribute, or null when it is missing. */
    private static PyObject attribute(PyObject subject, PyType cls, PyStr name, PySet seen) {
        if (seen.contains(name)) {
            throw PythonException.typeError(cls.name() + "() got multiple sub-patterns for attribute " + ObjectOps.repr(name));
        }
        seen.add(name);
        return ObjectOps.lookupAttr(subject, name);
    }

    /** {@code PyObject_IsInstance} for a type: its exact type, or the metaclass's {@code __instancecheck__}. */
    private static boolean isInstance(PyObject o, PyType cls) {
        if (o.type() == cls) {
            return true;
        }
        PyType meta = cls.type();
        if (meta != PyType.TYPE) {
            PyObject check = meta.lookup("__instancecheck__");
            if (check != null) {
                PyObject r = CallOps.call(check, cls, o);
                try {
                    return ObjectOps.isTrue(r);
                } finally {
                    r.decref();
                }
            }
        }
        return o.type().isSubtypeOf(cls);
    }

    private static PyObject none(PyObject[] partial) {
        for (PyObject o : partial) {
            PyObject.xdecref(o);
        }
        return PyObject.newRef(PyNoneType.NONE);
    }

    /** The builtins whose instances a single positional sub-pattern matches whole (CPython's _Py_TPFLAGS_MATCH_SELF), subclasses included. */
    private static boolean matchesSelf(PyType cls) {
        PyType[] self = {PyBool.TYPE, PyBytearray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PySet.FROZEN_TYPE,
            PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};
        for (PyType t : self) {
            if (cls.isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }
}
