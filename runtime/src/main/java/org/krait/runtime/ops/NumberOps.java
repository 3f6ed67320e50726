package org.krait.runtime.ops;

import org.krait.runtime.numbers.IntMath;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyComplex;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.objects.exceptions.Warnings;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;
import org.krait.runtime.types.SlotDispatchers;

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
        FLOOR_DIVIDE("//", Slot.FLOORDIV, Slot.RFLOORDIV, Slot.IFLOORDIV),
        LSHIFT("<<", Slot.LSHIFT, Slot.RLSHIFT, Slot.ILSHIFT),
        MATRIX_MULTIPLY("@", Slot.MATMUL, Slot.RMATMUL, Slot.IMATMUL),
        MULTIPLY("*", Slot.MUL, Slot.RMUL, Slot.IMUL),
        REMAINDER("%", Slot.MOD, Slot.RMOD, Slot.IMOD),
        OR("|", Slot.OR, Slot.ROR, Slot.IOR),
        POWER("**", Slot.POW, Slot.RPOW, Slot.IPOW),
        RSHIFT(">>", Slot.RSHIFT, Slot.RRSHIFT, Slot.IRSHIFT),
        SUBTRACT("-", Slot.SUB, Slot.RSUB, Slot.ISUB),
        TRUE_DIVIDE("/", Slot.TRUEDIV, Slot.RTRUEDIV, Slot.ITRUEDIV),
        XOR("^", Slot.XOR, Slot.RXOR, Slot.IXOR);

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
        PyObject r = binaryOp1(op.slot, op.reflected, v, w);
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            r = sequenceOp(op, null, v, w);
        }
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            throw unsupported(op.symbol, v, w);
        }
        return r;
    }

    /**
     * What {@code PyNumber_Add} and {@code PyNumber_Multiply} (and their in-place forms) do when
     * the number methods declined: the left operand's concatenation or repetition ({@code inplace}
     * first, when given), or the right operand's repetition.
     */
    private static PyObject sequenceOp(Op op, Slot inplace, PyObject v, PyObject w) {
        if (op != Op.ADD && op != Op.MULTIPLY) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (inplace != null && v.type().binary(inplace) instanceof Signature.SequenceOp) {
            return v.type().binary(inplace).apply(v, w);
        }
        Signature.Binary f = v.type().binary(op.slot);
        if (f instanceof Signature.SequenceOp) {
            return f.apply(v, w);
        }
        Signature.Binary g = w.type().binary(op.slot);
        if (op == Op.MULTIPLY && g instanceof Signature.SequenceOp) {
            return g.apply(w, v);
        }
        return PyNotImplementedType.NOT_IMPLEMENTED;
    }

    /** {@code v <op>= w}: the in-place method when the type has one, else the binary operator. */
    public static PyObject inplace(Op op, PyObject v, PyObject w) {
        Signature.Binary f = v.type().binary(op.inplace);
        if (f != null && !(f instanceof Signature.SequenceOp)) {
            PyObject r = f.apply(v, w);
            if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = binaryOp1(op.slot, op.reflected, v, w);
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            r = sequenceOp(op, op.inplace, v, w);
        }
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            throw unsupported(op.symbol + "=", v, w);
        }
        return r;
    }

    /** {@code divmod(v, w)} ({@code PyNumber_Divmod}). */
    public static PyObject divmod(PyObject v, PyObject w) {
        PyObject r = binaryOp1(Slot.DIVMOD, Slot.RDIVMOD, v, w);
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            throw unsupported("divmod()", v, w);
        }
        return r;
    }

    /**
     * {@code pow(v, w, z)} ({@code PyNumber_Power}); with {@code z} None it is {@code v ** w}.
     * Three-argument power never uses {@code __rpow__}: only the left operand's {@code __pow__}
     * is offered the modulus, and the builtin numbers take it only when all three are ints.
     */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        if (z == PyNoneType.NONE) {
            return binary(Op.POWER, v, w);
        }
        PyType vt = v.type();
        PyType wt = w.type();
        PowerKind kv = PowerKind.of(vt);
        PowerKind kw = wt != vt ? PowerKind.of(wt) : null;
        if (kw == kv) {
            kw = null;
        }
        PowerKind kz = PowerKind.of(z.type());
        if (kz == kv || kz == kw) {
            kz = null;
        }
        if (kv != null) {
            if (kw != null && wt.isSubtypeOf(vt)) {
                PyObject r = kw.power(v, w, z);
                if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                    return r;
                }
                kw = null;
            }
            PyObject r = kv.power(v, w, z);
            if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                return r;
            }
        }
        for (PowerKind k : new PowerKind[] {kw, kz}) {
            if (k != null) {
                PyObject r = k.power(v, w, z);
                if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        throw PythonException.typeError("unsupported operand type(s) for ** or pow(): '" + vt.name() + "', '"
                + wt.name() + "', '" + z.type().name() + "'");
    }

    /**
     * Which three-argument power a type has (CPython's {@code nb_power} function): the builtin
     * numbers', or a class's {@code __pow__}. Types of one kind are tried once.
     */
    private enum PowerKind {
        INT, FLOAT, COMPLEX, CLASS;

        static PowerKind of(PyType t) {
            if (SlotDispatchers.isDispatcher(t.raw(Slot.POW)) || SlotDispatchers.isDispatcher(t.raw(Slot.RPOW))) {
                return CLASS;
            }
            if (t.isSubtypeOf(PyInt.TYPE)) {
                return INT;
            }
            if (t.isSubtypeOf(PyFloat.TYPE)) {
                return FLOAT;
            }
            return t.isSubtypeOf(PyComplex.TYPE) ? COMPLEX : null;
        }

        PyObject power(PyObject v, PyObject w, PyObject z) {
            switch (this) {
                case INT:
                    if (!(v instanceof PyInt && w instanceof PyInt && z instanceof PyInt)) {
                        return PyNotImplementedType.NOT_IMPLEMENTED;
                    }
                    try {
                        return PyInt.ofNumeric(IntMath.pow(((PyInt) v).numeric(), ((PyInt) w).numeric(), ((PyInt) z).numeric()));
                    } catch (NumericError e) {
                        throw PythonException.of(e);
                    }
                case FLOAT:
                    throw PythonException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                case COMPLEX:
                    if (!isComplexOperand(v) || !isComplexOperand(w)) {
                        return PyNotImplementedType.NOT_IMPLEMENTED;
                    }
                    throw PythonException.valueError("complex modulo");
                default:
                    // only the left operand's __pow__ takes a modulus; never __rpow__
                    PyType vt = v.type();
                    if (!SlotDispatchers.isDispatcher(vt.raw(Slot.POW))) {
                        return PyNotImplementedType.NOT_IMPLEMENTED;
                    }
                    return SlotDispatchers.callDunder(v, "__pow__", w, z);
            }
        }

        private static boolean isComplexOperand(PyObject o) {
            return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
        }
    }

    /**
     * CPython's {@code binary_op1}: the left operand's method, then the right's reflected one;
     * the right goes first when its type is a proper subtype of the left's, except that a class
     * whose operator is Python code yields only to a subclass that overrides the reflected
     * method (CPython's {@code method_is_overloaded} in {@code SLOT1BINFULL}).
     */
    private static PyObject binaryOp1(Slot slot, Slot reflected, PyObject v, PyObject w) {
        PyType vt = v.type();
        PyType wt = w.type();
        Signature.Binary slotv = vt.binary(slot);
        Signature.Binary slotw = wt != vt ? wt.binary(reflected) : null;
        if (slotv instanceof Signature.SequenceOp) {
            slotv = null;
        }
        if (slotw instanceof Signature.SequenceOp) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && wt.isSubtypeOf(vt) && reflectedFirst(slotv, reflected, vt, wt)) {
                PyObject r = slotw.apply(w, v);
                if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                    return r;
                }
                r.decref();
                slotw = null;
            }
            PyObject r = slotv.apply(v, w);
            if (r != PyNotImplementedType.NOT_IMPLEMENTED) {
                return r;
            }
            r.decref();
        }
        if (slotw != null) {
            return slotw.apply(w, v);
        }
        return PyNotImplementedType.NOT_IMPLEMENTED;
    }

    private static boolean reflectedFirst(Signature.Binary slotv, Slot reflected, PyType vt, PyType wt) {
        if (!SlotDispatchers.isDispatcher(slotv)) {
            return true;
        }
        PyObject overriding = wt.lookup(reflected.dunder);
        return overriding != null && overriding != vt.lookup(reflected.dunder);
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
        return checkedInt(f.apply(v), "__index__");
    }

    /**
     * The result of {@code __index__} or {@code __int__}: an int, else TypeError; a subclass of
     * int is deprecated and made an exact int, as CPython 3.11 does.
     */
    private static PyInt checkedInt(PyObject r, String dunder) {
        if (!(r instanceof PyInt)) {
            PythonException e = PythonException.typeError(dunder + " returned non-int (type " + r.type().name() + ")");
            r.decref();
            throw e;
        }
        if (r.getClass() != PyInt.class) {
            Warnings.warn(ExceptionTypes.DEPRECATION_WARNING, dunder + " returned non-int (type " + r.type().name()
                    + ").  The ability to return an instance of a strict subclass of int is deprecated, and may be "
                    + "removed in a future version of Python.", 1);
            PyInt exact = ((PyInt) r).exact();
            r.decref();
            return exact;
        }
        return (PyInt) r;
    }

    /** {@code int(v)} ({@code PyNumber_Long}). */
    public static PyObject toInt(PyObject v) {
        // an int subclass may override __int__, which CPython then calls
        if (v.getClass() == PyInt.class || v instanceof PyBool) {
            return ((PyInt) v).exact();
        }
        PyType t = v.type();
        Signature.Unary f = t.unary(Slot.INT);
        if (f != null) {
            return checkedInt(f.apply(v), "__int__");
        }
        if (t.has(Slot.INDEX)) {
            PyInt i = index(v);
            return i == v ? i.exact() : i;
        }
        PyObject trunc = t.lookup("__trunc__");
        if (trunc != null) {
            Warnings.warn(ExceptionTypes.DEPRECATION_WARNING, "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = SlotDispatchers.callDunder(v, "__trunc__");
            if (r instanceof PyInt) {
                return r;
            }
            if (r.type().has(Slot.INDEX)) {
                return index(r);
            }
            throw PythonException.typeError("__trunc__ returned non-Integral (type " + r.type().name() + ")");
        }
        throw PythonException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name() + "'");
    }

    /** {@code float(v)} ({@code PyNumber_Float}): {@code __float__}, else {@code __index__}. */
    public static PyObject toFloat(PyObject v) {
        if (v.getClass() == PyFloat.class) {
            return PyObject.newRef(v);
        }
        PyType t = v.type();
        Signature.Unary f = t.unary(Slot.FLOAT);
        if (f != null) {
            if (v instanceof PyFloat && t.lookup("__float__") == PyFloat.TYPE.getOwn("__float__")) {
                return new PyFloat(((PyFloat) v).value());
            }
            PyObject r = f.apply(v);
            if (r.getClass() == PyFloat.class) {
                return r;
            }
            if (!(r instanceof PyFloat)) {
                PythonException e = PythonException.typeError(t.name() + ".__float__ returned non-float (type "
                        + r.type().name() + ")");
                r.decref();
                throw e;
            }
            Warnings.warn(ExceptionTypes.DEPRECATION_WARNING, t.name() + ".__float__ returned non-float (type "
                    + r.type().name() + ").  The ability to return an instance of a strict subclass of float is "
                    + "deprecated, and may be removed in a future version of Python.", 1);
            PyFloat exact = new PyFloat(((PyFloat) r).value());
            r.decref();
            return exact;
        }
        if (t.has(Slot.INDEX)) {
            PyInt i = index(v);
            return new PyFloat(i.doubleValue());
        }
        throw PythonException.typeError("float() argument must be a string or a real number, not '" + t.name() + "'");
    }

    /** The double value of an int or float ({@code PyFloat_AsDouble}). */
    public static double toDouble(PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value();
        }
        // an int subclass may override __float__, which CPython then calls
        if (v.getClass() == PyInt.class || v instanceof PyBool) {
            return ((PyInt) v).doubleValue();
        }
        PyObject f = toFloat(v);
        double d = ((PyFloat) f).value();
        f.decref();
        return d;
    }
}
