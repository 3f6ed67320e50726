package org.krait.runtime.ops;

import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The number protocol. CPython: Objects/abstract.c ({@code PyNumber_Add}, {@code binary_op1}):
 * the right operand's reflected method goes first when its type is a proper subtype of the left's.
 * Results are new references; arguments are borrowed.
 */
public final class NumberOps {

    /** The binary operators in the order of {@code BINARY_OP}'s argument (CPython's {@code NB_*}). */
    public enum Op {
        ADD("+", Slot.ADD, Slot.RADD, Slot.IADD),
        AND("&", Slot.AND, Slot.RAND, Slot.IAND),
        FLOOR_DIVIDE("//", Slot.FLOORDIV, Slot.RFLOORDIV, null),
        LSHIFT("<<", Slot.LSHIFT, Slot.RLSHIFT, null),
        MATRIX_MULTIPLY("@", Slot.MATMUL, Slot.RMATMUL, null),
        MULTIPLY("*", Slot.MUL, Slot.RMUL, Slot.IMUL),
        REMAINDER("%", Slot.MOD, Slot.RMOD, null),
        OR("|", Slot.OR, Slot.ROR, Slot.IOR),
        POWER("**", Slot.POW, Slot.RPOW, null),
        RSHIFT(">>", Slot.RSHIFT, Slot.RRSHIFT, null),
        SUBTRACT("-", Slot.SUB, Slot.RSUB, Slot.ISUB),
        TRUE_DIVIDE("/", Slot.TRUEDIV, Slot.RTRUEDIV, null),
        XOR("^", Slot.XOR, Slot.RXOR, null);

        public final String symbol;
        final Slot slot;
        final Slot reflected;
        final Slot inplace;

        Op(String symbol, Slot slot, Slot reflected, Slot inplace) {
            this.symbol = symbol;
            this.slot = slot;
            this.reflected = reflected;
            this.inplace = inplace;
        }

        private static final Op[] VALUES = values();

        /** The operator numbered {@code i} (as BINARY_OP's argument, in-place ones offset by 13). */
        public static Op of(int i) {
            return VALUES[i];
        }
    }

    /** The in-place variants are numbered after the plain ones. */
    public static final int INPLACE_OFFSET = 13;

    private NumberOps() {
    }

    /** {@code v <op> w}. */
    public static PyObject binary(Op op, PyObject v, PyObject w) {
        if (op == Op.ADD && v instanceof PyInt && w instanceof PyInt && v.type() == PyInt.TYPE && w.type() == PyInt.TYPE) {
            return ((PyInt) v).__add__(w);
        }
        PyObject r = binaryOp1(op, v, w);
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            throw unsupported(op.symbol, v, w);
        }
        return r;
    }

    /** {@code v <op>= w}: the in-place method when the type has one, else the binary operator. */
    public static PyObject inplace(Op op, PyObject v, PyObject w) {
        if (op.inplace != null) {
            Signature.Binary f = v.type().binary(op.inplace);
            if (f != null) {
                PyObject r = f.apply(v, w);
                if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject r = binaryOp1(op, v, w);
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            throw unsupported(op.symbol + "=", v, w);
        }
        return r;
    }

    private static PyObject binaryOp1(Op op, PyObject v, PyObject w) {
        PyType vt = v.type();
        PyType wt = w.type();
        Signature.Binary slotv = vt.binary(op.slot);
        Signature.Binary slotw = wt != vt ? wt.binary(op.reflected) : null;
        if (slotv != null) {
            if (slotw != null && wt.isSubtypeOf(vt)) {
                PyObject r = slotw.apply(w, v);
                if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = slotv.apply(v, w);
            if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            return slotw.apply(w, v);
        }
        return PyNotImplementedType.NOT_IMPLEMENTED;
    }

    private static PythonException unsupported(String symbol, PyObject v, PyObject w) {
        if (symbol.equals("**")) {
            return PythonException.typeError("unsupported operand type(s) for ** or pow(): '" + v.type().name()
                    + "' and '" + w.type().name() + "'");
        }
        return PythonException.typeError("unsupported operand type(s) for " + symbol + ": '" + v.type().name()
                + "' and '" + w.type().name() + "'");
    }

    private static PyObject unary(Slot slot, String symbol, PyObject v) {
        Signature.Unary f = v.type().unary(slot);
        if (f == null) {
            throw PythonException.typeError("bad operand type for unary " + symbol + ": '" + v.type().name() + "'");
        }
        return f.apply(v);
    }

    public static PyObject negative(PyObject v) {
        return unary(Slot.NEG, "-", v);
    }

    public static PyObject positive(PyObject v) {
        return unary(Slot.POS, "+", v);
    }

    public static PyObject invert(PyObject v) {
        return unary(Slot.INVERT, "~", v);
    }

    /** {@code abs(v)}. */
    public static PyObject absolute(PyObject v) {
        Signature.Unary f = v.type().unary(Slot.ABS);
        if (f == null) {
            throw PythonException.typeError("bad operand type for abs(): '" + v.type().name() + "'");
        }
        return f.apply(v);
    }

    /** {@code operator.index(v)} ({@code PyNumber_Index}): borrowed when v is an int, else new. */
    public static PyInt index(PyObject v) {
        if (v instanceof PyInt) {
            return (PyInt) v;
        }
        Signature.Unary f = v.type().unary(Slot.INDEX);
        if (f == null) {
            throw PythonException.typeError("'" + v.type().name() + "' object cannot be interpreted as an integer");
        }
        return (PyInt) f.apply(v);
    }

    /** {@code int(v)} ({@code PyNumber_Long}). */
    public static PyObject toInt(PyObject v) {
        if (v instanceof PyInt) {
            return ((PyInt) v).exact();
        }
        Signature.Unary f = v.type().unary(Slot.INT);
        if (f == null) {
            f = v.type().unary(Slot.INDEX);
        }
        if (f == null && v.type().lookup("__trunc__") != null) {
            org.krait.runtime.objects.exceptions.Warnings.warn(org.krait.runtime.objects.exceptions.ExceptionTypes.DEPRECATION_WARNING,
                    "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = CallOps.call(v.type().lookup("__trunc__"), v);
            if (!(r instanceof PyInt)) {
                throw PythonException.typeError("__trunc__ returned non-Integral (type " + r.type().name() + ")");
            }
            return r;
        }
        if (f == null) {
            throw PythonException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + v.type().name() + "'");
        }
        return f.apply(v);
    }

    /** {@code float(v)} ({@code PyNumber_Float}). */
    public static PyObject toFloat(PyObject v) {
        if (v.getClass() == PyFloat.class) {
            return PyObject.newRef(v);
        }
        if (v instanceof PyFloat && v.type().lookup("__float__") == PyFloat.TYPE.getOwn("__float__")) {
            return new PyFloat(((PyFloat) v).value());
        }
        Signature.Unary f = v.type().unary(Slot.FLOAT);
        if (f == null) {
            throw PythonException.typeError("float() argument must be a string or a real number, not '"
                    + v.type().name() + "'");
        }
        return f.apply(v);
    }

    /** The double value of an int or float ({@code PyFloat_AsDouble}). */
    public static double toDouble(PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value();
        }
        if (v instanceof PyInt) {
            return ((PyInt) v).doubleValue();
        }
        PyObject f = toFloat(v);
        double d = ((PyFloat) f).value();
        f.decref();
        return d;
    }
}
