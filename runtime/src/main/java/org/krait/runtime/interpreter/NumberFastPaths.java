package org.krait.runtime.interpreter;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * The shortcuts BINARY_OP and COMPARE_OP take before the general protocol of {@code ops}: exact
 * {@code int}s that fit in a long, exact {@code float}s, and a mix of the two, with CPython's
 * results. Each method returns null when its shortcut does not apply (another type, an overflow,
 * a division by zero, an operator left to the general code), and the caller goes the long way,
 * which also raises the errors.
 */
final class NumberFastPaths {

    private static final int ADD = 0;
    private static final int AND = 1;
    private static final int FLOOR_DIVIDE = 2;
    private static final int LSHIFT = 3;
    private static final int MULTIPLY = 5;
    private static final int REMAINDER = 6;
    private static final int OR = 7;
    private static final int RSHIFT = 9;
    private static final int SUBTRACT = 10;
    private static final int TRUE_DIVIDE = 11;
    private static final int XOR = 12;

    /** Integers up to this magnitude convert to double exactly. */
    private static final long EXACT_DOUBLE = 1L << 53;

    private NumberFastPaths() {
    }

    /** {@code l op r} for BINARY_OP's argument {@code op} (in-place forms included: ints and floats are immutable). */
    static PyObject binary(int op, PyObject l, PyObject r) {
        if (op >= NumberOps.INPLACE_OFFSET) {
            op -= NumberOps.INPLACE_OFFSET;
        }
        Class<?> lc = l.getClass();
        Class<?> rc = r.getClass();
        if (lc == PyInt.class) {
            PyInt a = (PyInt) l;
            if (!a.isLong()) {
                return null;
            }
            if (rc == PyInt.class) {
                PyInt b = (PyInt) r;
                return b.isLong() ? ints(op, a.longValue(), b.longValue()) : null;
            }
            if (rc == PyFloat.class && Math.abs(a.longValue()) <= EXACT_DOUBLE) {
                return floats(op, a.longValue(), ((PyFloat) r).value());
            }
            return null;
        }
        if (lc == PyFloat.class) {
            double a = ((PyFloat) l).value();
            if (rc == PyFloat.class) {
                return floats(op, a, ((PyFloat) r).value());
            }
            if (rc == PyInt.class) {
                PyInt b = (PyInt) r;
                if (b.isLong() && Math.abs(b.longValue()) <= EXACT_DOUBLE) {
                    return floats(op, a, b.longValue());
                }
            }
        }
        return null;
    }

    private static PyObject ints(int op, long a, long b) {
        switch (op) {
            case ADD: {
                long r = a + b;
                // overflow when both operands have the sign the result lacks
                return ((a ^ r) & (b ^ r)) < 0 ? null : PyInt.of(r);
            }
            case SUBTRACT: {
                long r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? null : PyInt.of(r);
            }
            case MULTIPLY: {
                long r = a * b;
                return Math.multiplyHigh(a, b) != (r >> 63) ? null : PyInt.of(r);
            }
            case FLOOR_DIVIDE:
                return b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : PyInt.of(Math.floorDiv(a, b));
            case REMAINDER:
                return b == 0 ? null : PyInt.of(Math.floorMod(a, b));
            case AND:
                return PyInt.of(a & b);
            case OR:
                return PyInt.of(a | b);
            case XOR:
                return PyInt.of(a ^ b);
            case LSHIFT:
                if (b < 0 || b > 62) {
                    return null;
                }
                return (a << b) >> b == a ? PyInt.of(a << b) : null;
            case RSHIFT:
                return b < 0 ? null : PyInt.of(a >> Math.min(b, 63));
            case TRUE_DIVIDE:
                // both convert exactly, so one IEEE division is correctly rounded, as CPython's
                return b == 0 || Math.abs(a) > EXACT_DOUBLE || Math.abs(b) > EXACT_DOUBLE
                        ? null : new PyFloat((double) a / (double) b);
            default:
                return null;
        }
    }

    private static PyObject floats(int op, double a, double b) {
        switch (op) {
            case ADD:
                return new PyFloat(a + b);
            case SUBTRACT:
                return new PyFloat(a - b);
            case MULTIPLY:
                return new PyFloat(a * b);
            case TRUE_DIVIDE:
                return b == 0.0 ? null : new PyFloat(a / b);
            default:
                return null;
        }
    }

    /** {@code l op r} for COMPARE_OP's argument, as a bool, or null. */
    static PyObject compare(int op, PyObject l, PyObject r) {
        Class<?> lc = l.getClass();
        Class<?> rc = r.getClass();
        if (lc == PyInt.class && rc == PyInt.class) {
            PyInt a = (PyInt) l;
            PyInt b = (PyInt) r;
            if (a.isLong() && b.isLong()) {
                return PyBool.of(test(op, Long.compare(a.longValue(), b.longValue())));
            }
            return null;
        }
        if (lc == PyFloat.class && rc == PyFloat.class) {
            return PyBool.of(doubles(op, ((PyFloat) l).value(), ((PyFloat) r).value()));
        }
        if (lc == PyStr.class && rc == PyStr.class && (op == ObjectOps.EQ || op == ObjectOps.NE)) {
            return PyBool.of(l.equals(r) == (op == ObjectOps.EQ));
        }
        return null;
    }

    private static boolean test(int op, int c) {
        switch (op) {
            case ObjectOps.LT:
                return c < 0;
            case ObjectOps.LE:
                return c <= 0;
            case ObjectOps.EQ:
                return c == 0;
            case ObjectOps.NE:
                return c != 0;
            case ObjectOps.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** IEEE comparisons: every one but != is false with a NaN, as in Python. */
    private static boolean doubles(int op, double a, double b) {
        switch (op) {
            case ObjectOps.LT:
                return a < b;
            case ObjectOps.LE:
                return a <= b;
            case ObjectOps.EQ:
                return a == b;
            case ObjectOps.NE:
                return a != b;
            case ObjectOps.GT:
                return a > b;
            default:
                return a >= b;
        }
    }
}
