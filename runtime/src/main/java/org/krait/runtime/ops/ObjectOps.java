package org.krait.runtime.ops;

import org.krait.runtime.numbers.Formatter;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The object protocol: repr, str, hash, truth, attributes and rich comparison. CPython:
 * Objects/object.c ({@code PyObject_Repr}, {@code PyObject_GetAttr}, {@code PyObject_RichCompare}).
 * Results are new references; arguments are borrowed.
 */
public final class ObjectOps {

    /** Rich comparison operators, numbered as CPython's {@code Py_LT}..{@code Py_GE}. */
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final Slot[] COMPARE_SLOTS = {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    private ObjectOps() {
    }

    /** {@code PyObject_Repr}. */
    public static PyStr repr(PyObject o) {
        PyObject r = o.type().unary(Slot.REPR).apply(o);
        if (!(r instanceof PyStr)) {
            throw PythonException.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
        }
        return (PyStr) r;
    }

    /** {@code ascii(o)}: the repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject o) {
        StringBuilder sb = new StringBuilder();
        for (int c : repr(o).codePoints()) {
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return PyStr.of(sb.toString());
    }

    /** {@code format(o, spec)} ({@code PyObject_Format}): a class's own {@code __format__} first. */
    public static PyStr format(PyObject o, String spec) {
        if (!o.type().isBuiltin()) {
            PyObject f = o.type().lookup("__format__");
            if (f instanceof org.krait.runtime.objects.PyFunction) {
                PyObject r = CallOps.call(f, o, PyStr.of(spec));
                if (!(r instanceof PyStr)) {
                    throw PythonException.typeError("__format__ must return a str, not " + r.type().name());
                }
                return (PyStr) r;
            }
        }
        return formatBuiltin(o, spec);
    }

    /** {@code __format__} of the builtin types: int, float and str by the format-spec language, others by str(). */
    public static PyStr formatBuiltin(PyObject o, String spec) {
        if (spec.isEmpty()) {
            // every builtin __format__ gives str(self) for an empty spec, a subclass's __str__ included
            return str(o);
        }
        try {
            return PyStr.of(formatSpec(o, spec));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    private static String formatSpec(PyObject o, String spec) {
        if (o instanceof PyStr) {
            return Formatter.formatStr(o.toString(), spec);
        }
        if (o instanceof PyBool && spec.isEmpty()) {
            return o == PyBool.TRUE ? "True" : "False";
        }
        if (o instanceof PyInt) {
            return Formatter.formatInt(((PyInt) o).numeric(), spec, PyInt.maxStrDigits());
        }
        if (o instanceof PyFloat) {
            return Formatter.formatFloat(((PyFloat) o).value(), spec);
        }
        if (o instanceof org.krait.runtime.objects.PyComplex && !spec.isEmpty()) {
            org.krait.runtime.objects.PyComplex z = (org.krait.runtime.objects.PyComplex) o;
            return Formatter.formatComplex(z.real(), z.imag(), spec);
        }
        if (!spec.isEmpty()) {
            throw PythonException.typeError("unsupported format string passed to " + o.type().name() + ".__format__");
        }
        return str(o).toString();
    }

    /** {@code PyObject_Str}. */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return PyObject.newRef((PyStr) o);
        }
        Signature.Unary s = o.type().unary(Slot.STR);
        PyObject r = s != null ? s.apply(o) : o.type().unary(Slot.REPR).apply(o);
        if (!(r instanceof PyStr)) {
            throw PythonException.typeError("__str__ returned non-string (type " + r.type().name() + ")");
        }
        if (r.getClass() != PyStr.class) {
            PyStr exact = PyStr.ofCodePoints(((PyStr) r).codePoints());
            r.decref();
            return exact;
        }
        return (PyStr) r;
    }

    /** {@code PyObject_Hash}. */
    public static long hash(PyObject o) {
        Signature.Hash h = o.type().hash();
        if (h == null) {
            throw PythonException.typeError("unhashable type: '" + o.type().name() + "'");
        }
        return h.hash(o);
    }

    /** {@code PyObject_IsTrue}. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNoneType.NONE) {
            return false;
        }
        PyType t = o.type();
        Signature.Predicate b = t.predicate(Slot.BOOL);
        if (b != null) {
            return b.test(o);
        }
        Signature.Length len = t.length();
        if (len != null) {
            return len.length(o) != 0;
        }
        return true;
    }

    /** {@code PyObject_GetAttr}: new reference, or AttributeError. */
    public static PyObject getAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        Signature.Binary ga = t.binary(Slot.GETATTRIBUTE);
        Signature.Binary fallback = t.binary(Slot.GETATTR);
        if (fallback == null) {
            return ga.apply(o, name);
        }
        try {
            return ga.apply(o, name);
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return fallback.apply(o, name);
        }
    }

    /** {@code getattr(o, name)} for a Java string name. */
    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.of(name));
    }

    /**
     * The attribute, or null when it is missing (other errors propagate). CPython's
     * {@code _PyObject_LookupAttr}: for an object with the generic lookup and no
     * {@code __getattr__}, a missing name costs no exception.
     */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        try {
            if (o.type().hasGenericGetAttr() && name.type() == PyStr.TYPE) {
                return genericLookup(o, name, o instanceof DictOwner d ? d.dict() : null);
            }
            return getAttr(o, name);
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                // The swallowed exception's reference (it holds the object as its .obj).
                e.exception().decref();
                return null;
            }
            throw e;
        }
    }

    /** {@code PyObject_SetAttr}. */
    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Signature.Setter s = o.type().setter(Slot.SETATTR);
        if (s == null) {
            throw noAttribute(o, name);
        }
        s.set(o, name, value);
    }

    /** {@code PyObject_DelAttr}. */
    public static void delAttr(PyObject o, PyStr name) {
        Signature.Deleter d = o.type().deleter(Slot.DELATTR);
        if (d == null) {
            genericDelAttr(o, name);
            return;
        }
        d.delete(o, name);
    }

    /** {@code object.__delattr__}: a data descriptor's delete, else removal from the instance dict. */
    public static void genericDelAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        PyObject descr = t.lookup(name.toString());
        if (descr != null && descr.type().has(Slot.SET)) {
            descr.type().setter(Slot.SET).set(descr, o, null);
            return;
        }
        PyDict dict = o instanceof DictOwner && !(o instanceof PyType) ? ((DictOwner) o).dict() : null;
        if (dict != null) {
            if (dict.delItemIfPresent(name)) {
                return;
            }
            if (o instanceof org.krait.runtime.objects.PyModule) {
                // object's delattr words it for any object, a module too
                throw PythonException.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
            }
        } else if (o instanceof PyType) {
            if (((PyType) o).deleteAttribute(name.toString())) {
                return;
            }
        } else if (descr != null) {
            // no instance dict: what the class has cannot be removed through an instance
            throw PythonException.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only");
        }
        throw noAttribute(o, name);
    }

    /** {@code PyObject_GenericGetAttr} with the instance dict {@code dict} (or null). */
    public static PyObject genericGetAttr(PyObject o, PyStr name, PyDict dict) {
        PyObject v = genericLookup(o, name, dict);
        if (v == null) {
            throw noAttribute(o, name);
        }
        return v;
    }

    /** {@link #genericGetAttr}, but null when the name is found nowhere (a descriptor's errors propagate). */
    private static PyObject genericLookup(PyObject o, PyStr name, PyDict dict) {
        PyType t = o.type();
        String n = name.toString();
        PyObject descr = t.lookup(n);
        Signature.Ternary get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.ternary(Slot.GET);
            if (get != null && dt.has(Slot.SET)) {
                return get.apply(descr, o, t);
            }
        }
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return PyObject.newRef(v);
            }
        }
        if (descr != null) {
            return get != null ? get.apply(descr, o, t) : PyObject.newRef(descr);
        }
        // Builtin objects with a dict (functions, modules) have no __dict__ descriptor in their type.
        if (dict != null && n.equals("__dict__")) {
            return PyObject.newRef(dict);
        }
        return null;
    }

    /** {@code PyObject_GenericSetAttr} with the instance dict {@code dict} (or null). */
    public static void genericSetAttr(PyObject o, PyStr name, PyObject value, PyDict dict) {
        PyObject descr = o.type().lookup(name.toString());
        if (descr != null) {
            Signature.Setter set = descr.type().setter(Slot.SET);
            if (set != null) {
                set.set(descr, o, value);
                return;
            }
        }
        if (dict == null) {
            if (descr != null) {
                throw PythonException.attributeError("'" + o.type().name() + "' object attribute '" + name
                        + "' is read-only");
            }
            throw noAttribute(o, name);
        }
        dict.setItem(name, value);
    }

    /** AttributeError: {@code 'int' object has no attribute 'x'}. */
    public static PythonException noAttribute(PyObject o, PyStr name) {
        PythonException e;
        if (o instanceof PyType) {
            e = PythonException.attributeError("type object '" + ((PyType) o).name() + "' has no attribute '" + name + "'");
        } else if (o instanceof org.krait.runtime.objects.PyModule) {
            e = PythonException.attributeError("module '" + ((org.krait.runtime.objects.PyModule) o).name()
                    + "' has no attribute '" + name + "'");
        } else {
            e = PythonException.attributeError("'" + o.type().name() + "' object has no attribute '" + name + "'");
        }
        e.exception().dict().setItem("name", name);
        e.exception().dict().setItem("obj", o);
        return e;
    }

    /** {@code PyObject_RichCompare}: new reference. */
    public static PyObject richCompare(PyObject v, PyObject w, int op) {
        PyType vt = v.type();
        PyType wt = w.type();
        boolean checkedReverse = false;
        if (vt != wt && wt.isSubtypeOf(vt) && wt.has(COMPARE_SLOTS[SWAPPED[op]])) {
            checkedReverse = true;
            PyObject r = wt.binary(COMPARE_SLOTS[SWAPPED[op]]).apply(w, v);
            if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Signature.Binary f = vt.binary(COMPARE_SLOTS[op]);
        if (f != null) {
            PyObject r = f.apply(v, w);
            if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            Signature.Binary g = wt.binary(COMPARE_SLOTS[SWAPPED[op]]);
            if (g != null) {
                PyObject r = g.apply(w, v);
                if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return PyBool.of(v == w);
        }
        if (op == NE) {
            return PyBool.of(v != w);
        }
        throw PythonException.typeError("'" + SYMBOLS[op] + "' not supported between instances of '" + vt.name()
                + "' and '" + wt.name() + "'");
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality, as in CPython. */
    public static boolean compareBool(PyObject v, PyObject w, int op) {
        if (v == w && (op == EQ || op == NE)) {
            return op == EQ;
        }
        if (op == EQ && v.getClass() == PyStr.class && w.getClass() == PyStr.class) {
            return v.equals(w);
        }
        if (v instanceof PyInt && w instanceof PyInt && v.type() == PyInt.TYPE && w.type() == PyInt.TYPE) {
            int c = ((PyInt) v).compareTo((PyInt) w);
            switch (op) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        }
        PyObject r = richCompare(v, w, op);
        boolean b = isTrue(r);
        r.decref();
        return b;
    }

    /** {@code a == b} as a Java boolean. */
    public static boolean equal(PyObject a, PyObject b) {
        return compareBool(a, b, EQ);
    }

    /** {@code isinstance(o, t)} for a type {@code t}. */
    public static boolean isInstance(PyObject o, PyType t) {
        return o.type().isSubtypeOf(t);
    }
}
