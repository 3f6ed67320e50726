package org.krait.runtime.types;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;

/**
 * {@code wrapper_descriptor}: a builtin type's slot seen as a method in its namespace
 * ({@code object.__init__}, {@code int.__add__}), so that {@code super().__init__()} and
 * {@code type.__dunder__(obj, ...)} reach builtin behaviour. CPython: {@code PyWrapperDescr_Type}
 * in descrobject.c and the slot table of typeobject.c.
 */
public final class PyWrapperDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PyType.OBJECT);

    static {
        TYPE.slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyWrapperDescr) d).bind(obj));
        TYPE.slot(Slot.CALL, (Signature.Call) (d, args, kw) -> ((PyWrapperDescr) d).callUnbound(args, kw));
        TYPE.slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<slot wrapper '" + ((PyWrapperDescr) d).slot.dunder
                + "' of '" + ((PyWrapperDescr) d).owner.name() + "' objects>"));
    }

    private final PyType owner;
    private final Slot slot;
    private final Object function;

    PyWrapperDescr(PyType owner, Slot slot, Object function) {
        this.owner = owner;
        this.slot = slot;
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj) {
        if (obj == null || obj == PyNoneType.NONE) {
            return newRef(this);
        }
        return new PyMethodWrapper(this, obj);
    }

    private PyObject callUnbound(PyObject[] args, String[] kw) {
        if (slot == Slot.NEW) {
            checkNewTarget(args, kw);
        }
        if (args.length == 0) {
            throw PythonException.typeError("descriptor '" + slot.dunder + "' of '" + owner.name()
                    + "' object needs an argument");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return invoke(args[0], rest, kw);
    }

    /** {@code X.__new__(cls, ...)} needs a subtype of X whose nearest builtin base makes instances as X does (tp_new_wrapper). */
    private void checkNewTarget(PyObject[] args, String[] kw) {
        String self = owner.name() + ".__new__";
        if (args.length - (kw == null ? 0 : kw.length) < 1) {
            throw PythonException.typeError(self + "(): not enough arguments");
        }
        if (!(args[0] instanceof PyType)) {
            throw PythonException.typeError(self + "(X): X is not a type object (" + args[0].type().name() + ")");
        }
        PyType sub = (PyType) args[0];
        if (!sub.isSubtypeOf(owner)) {
            throw PythonException.typeError(self + "(" + sub.name() + "): " + sub.name() + " is not a subtype of " + owner.name());
        }
        PyType staticBase = sub;
        while (staticBase != null && !staticBase.isBuiltin()) {
            staticBase = staticBase.base();
        }
        if (staticBase != null && staticBase.raw(Slot.NEW) != function) {
            throw PythonException.typeError(self + "(" + sub.name() + ") is not safe, use " + staticBase.name() + ".__new__()");
        }
    }

    String name() {
        return slot.dunder;
    }

    PyType owner() {
        return owner;
    }

    /** Calls the slot function with {@code self} and the Python arguments, by its signature. */
    PyObject invoke(PyObject self, PyObject[] a, String[] kw) {
        int n = a.length - (kw == null ? 0 : kw.length);
        switch (slot.signature) {
            case UNARY: {
                expect(0, n);
                PyObject result = ((Signature.Unary) function).apply(self);
                // A NEXT slot reports exhaustion with null; called as __next__() that is StopIteration
                // (CPython's wrap_next).
                if (result == null && slot == Slot.NEXT) {
                    throw PythonException.stopIteration();
                }
                return result;
            }
            case BINARY:
                if (n == 2 && (slot == Slot.POW || slot == Slot.RPOW)) {
                    // int.__pow__(base, exp, mod): the power slot takes a modulus, as CPython's ternary one
                    return slot == Slot.POW ? NumberOps.power(self, a[0], a[1]) : NumberOps.power(a[0], self, a[1]);
                }
                expect(1, n);
                return ((Signature.Binary) function).apply(self, a[0]);
            case TERNARY: {
                // __get__(obj, type=None) as wrap_descr_get: None means "absent" for both, and one is needed.
                if (n < 1 || n > 2) {
                    throw PythonException.typeError(" expected " + (n < 1 ? "at least 1 argument" : "at most 2 arguments")
                            + ", got " + n);
                }
                PyObject obj = a[0] == PyNoneType.NONE ? null : a[0];
                PyObject type = n > 1 && a[1] != PyNoneType.NONE ? a[1] : null;
                if (obj == null && type == null) {
                    throw PythonException.typeError("__get__(None, None) is invalid");
                }
                return ((Signature.Ternary) function).apply(self, obj, type);
            }
            case PREDICATE:
                return PyBool.of(((Signature.Predicate) function).test(self));
            case CONTAINS:
                expect(1, n);
                return PyBool.of(((Signature.Contains) function).test(self, a[0]));
            case LENGTH:
                return PyInt.of(((Signature.Length) function).length(self));
            case HASH:
                return PyInt.of(((Signature.Hash) function).hash(self));
            case CALL:
                return ((Signature.Call) function).call(self, a, kw);
            case SETTER:
                expect(2, n);
                ((Signature.Setter) function).set(self, a[0], a[1]);
                return PyNoneType.NONE;
            default:
                expect(1, n);
                ((Signature.Deleter) function).delete(self, a[0]);
                return PyNoneType.NONE;
        }
    }

    private void expect(int want, int got) {
        if (want != got) {
            throw PythonException.typeError("expected " + want + " argument" + (want == 1 ? "" : "s") + ", got " + got);
        }
    }
}
