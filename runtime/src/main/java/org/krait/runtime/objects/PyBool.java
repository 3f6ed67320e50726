package org.krait.runtime.objects;

import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code bool}: an int with two immortal instances. CPython: Objects/boolobject.c. */
public final class PyBool extends PyInt {

    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE).finalType()
            .slot(Slot.REPR, (Signature.Unary) self -> PyStr.of(self == PyBool.TRUE ? "True" : "False"))
            .slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
                if (kw != null) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError("bool() takes no keyword arguments");
                }
                if (args.length > 1) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError(
                            "bool expected at most 1 argument, got " + args.length);
                }
                return of(args.length > 0 && ObjectOps.isTrue(args[0]));
            })
            .slot(Slot.AND, (Signature.Binary) (a, b) -> logic(a, b, 0))
            .slot(Slot.RAND, (Signature.Binary) (a, b) -> logic(a, b, 0))
            .slot(Slot.OR, (Signature.Binary) (a, b) -> logic(a, b, 1))
            .slot(Slot.ROR, (Signature.Binary) (a, b) -> logic(a, b, 1))
            .slot(Slot.XOR, (Signature.Binary) (a, b) -> logic(a, b, 2))
            .slot(Slot.RXOR, (Signature.Binary) (a, b) -> logic(a, b, 2));

    public static final PyBool TRUE = new PyBool(1).immortal();
    public static final PyBool FALSE = new PyBool(0).immortal();

    private PyBool(long v) {
        super(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code True} or {@code False}. */
    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    private static PyObject logic(PyObject a, PyObject b, int op) {
        if (a instanceof PyBool && b instanceof PyBool) {
            boolean x = a == TRUE;
            boolean y = b == TRUE;
            return of(op == 0 ? x & y : op == 1 ? x | y : x ^ y);
        }
        PyInt l = (PyInt) a;
        return op == 0 ? l.__and__(b) : op == 1 ? l.__or__(b) : l.__xor__(b);
    }
}
