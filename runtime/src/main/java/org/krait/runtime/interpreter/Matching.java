package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytearray;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyRange;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
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
                s[f.sp] = PyBool.of(s[f.sp - 1] instanceof PyDict);
                f.sp++;
                return;
            // MATCH_SEQUENCE (subject -- subject, bool)
            case MATCH_SEQUENCE: {
                PyObject x = s[f.sp - 1];
                boolean seq = (x instanceof PyList || x instanceof PyTuple || x instanceof PyRange)
                        && !(x instanceof PyStr || x instanceof PyBytes || x instanceof PyBytearray);
                s[f.sp] = PyBool.of(seq);
                f.sp++;
                return;
            }
            // MATCH_KEYS (subject, keys -- subject, keys, values or None)
            case MATCH_KEYS: {
                PyDict subject = (PyDict) s[f.sp - 2];
                PyTuple keys = (PyTuple) s[f.sp - 1];
                PyObject[] values = new PyObject[keys.size()];
                PyObject result = null;
                for (int i = 0; i < values.length; i++) {
                    PyObject v = subject.getItem(keys.getItem(i));
                    if (v == null) {
                        for (int j = 0; j < i; j++) {
                            values[j].decref();
                        }
                        result = PyNoneType.NONE;
                        break;
                    }
                    values[i] = PyObject.newRef(v);
                }
                s[f.sp++] = result != null ? result : PyTuple.fromArray(values);
                return;
            }
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

    private static PyObject matchClass(PyObject subject, PyObject clsObj, int npos, PyTuple names) {
        if (!(clsObj instanceof PyType)) {
            throw PythonException.typeError("called match pattern must be a class");
        }
        PyType cls = (PyType) clsObj;
        if (!subject.type().isSubtypeOf(cls)) {
            return PyObject.newRef(PyNoneType.NONE);
        }
        PyObject[] out = new PyObject[npos + names.size()];
        if (npos > 0) {
            PyObject matchArgs = cls.lookup("__match_args__");
            boolean self = matchArgs == null && isSelfMatching(cls);
            if (self) {
                if (npos > 1) {
                    throw PythonException.typeError(cls.name() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                }
                out[0] = PyObject.newRef(subject);
            } else {
                if (matchArgs == null) {
                    matchArgs = org.krait.runtime.objects.PyTuple.EMPTY;
                }
                if (!(matchArgs instanceof PyTuple)) {
                    throw PythonException.typeError(cls.name() + ".__match_args__ must be a tuple (got "
                            + matchArgs.type().name() + ")");
                }
                PyTuple ma = (PyTuple) matchArgs;
                if (npos > ma.size()) {
                    throw PythonException.typeError(cls.name() + "() accepts " + ma.size() + " positional sub-pattern"
                            + (ma.size() == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    PyObject v = ObjectOps.lookupAttr(subject, (PyStr) ma.getItem(i));
                    if (v == null) {
                        return none(out);
                    }
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            PyObject v = ObjectOps.lookupAttr(subject, (PyStr) names.getItem(i));
            if (v == null) {
                return none(out);
            }
            out[npos + i] = v;
        }
        return PyTuple.fromArray(out);
    }

    private static PyObject none(PyObject[] partial) {
        for (PyObject o : partial) {
            PyObject.xdecref(o);
        }
        return PyObject.newRef(PyNoneType.NONE);
    }

    private static boolean isSelfMatching(PyType cls) {
        PyType[] self = {PyBool.TYPE, PyBytearray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PySet.FROZEN_TYPE,
            PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};
        for (PyType t : self) {
            if (cls == t) {
                return true;
            }
        }
        return false;
    }
}
