package org.krait.runtime.builtins;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.numbers.FloatMath;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.Signature;

/**
 * The {@code math} module. CPython: Modules/mathmodule.c. A function of floats follows CPython's
 * {@code math_1} rule: a NaN result from a non-NaN argument is "math domain error" (ValueError),
 * an infinite result from a finite argument "math range error" (OverflowError) for functions
 * that can overflow and a domain error for the others. Not here yet: gamma, lgamma, erf, erfc, cbrt.
 */
final class MathModule {

    private MathModule() {
    }

    static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("math", d);
        constant(d, "pi", Math.PI);
        constant(d, "e", Math.E);
        constant(d, "tau", 2 * Math.PI);
        constant(d, "inf", Double.POSITIVE_INFINITY);
        constant(d, "nan", Double.NaN);
        real(d, "sqrt", Math::sqrt, false);
        real(d, "exp", Math::exp, true);
        real(d, "exp2", x -> Math.pow(2, x), true);
        real(d, "expm1", Math::expm1, true);
        real(d, "sin", Math::sin, false);
        real(d, "cos", Math::cos, false);
        real(d, "tan", Math::tan, false);
        real(d, "asin", Math::asin, false);
        real(d, "acos", Math::acos, false);
        real(d, "atan", Math::atan, false);
        real(d, "sinh", Math::sinh, true);
        real(d, "cosh", MathModule::cosh, true);
        real(d, "tanh", Math::tanh, false);
        real(d, "asinh", MathModule::asinh, false);
        real(d, "acosh", MathModule::acosh, false);
        real(d, "atanh", MathModule::atanh, false);
        real(d, "fabs", Math::abs, false);
        real(d, "log1p", x -> x <= -1 ? (x == -1 ? Double.NEGATIVE_INFINITY : Double.NaN) : Math.log1p(x), false);
        real(d, "degrees", Math::toDegrees, false);
        real(d, "radians", Math::toRadians, false);
        real(d, "ulp", x -> Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x), false);
        define(d, "log", ArgSpec.VARARGS, (s, a, kw) -> {
            if (a.length < 1 || a.length > 2) {
                throw PythonException.typeError("math.log requires 1 to 2 arguments");
            }
            double r = log(a[0], Math::log);
            if (a.length == 1) {
                return new PyFloat(r);
            }
            double base = log(a[1], Math::log);
            if (base == 0) {
                throw PythonException.zeroDivision("float division by zero");
            }
            return new PyFloat(r / base);
        });
        define(d, "log2", ArgSpec.ONE, (s, a, kw) -> new PyFloat(log(a[0], MathModule::log2)));
        define(d, "log10", ArgSpec.ONE, (s, a, kw) -> new PyFloat(log(a[0], Math::log10)));
        real2(d, "pow", MathModule::pow);
        real2(d, "atan2", Math::atan2);
        real2(d, "copysign", Math::copySign);
        real2(d, "fmod", (x, y) -> {
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            return y == 0 || Double.isInfinite(x) ? Double.NaN : x % y;
        });
        real2(d, "remainder", MathModule::remainder);
        real2(d, "nextafter", Math::nextAfter);
        define(d, "floor", ArgSpec.ONE, (s, a, kw) -> rounding(a[0], "__floor__", FloatMath::floor));
        define(d, "ceil", ArgSpec.ONE, (s, a, kw) -> rounding(a[0], "__ceil__", FloatMath::ceil));
        define(d, "trunc", ArgSpec.ONE, (s, a, kw) -> {
            if (a[0] instanceof PyFloat) {
                return toInt(FloatMath::trunc, ((PyFloat) a[0]).value());
            }
            PyObject t = a[0].type().lookup("__trunc__");
            if (t == null) {
                throw PythonException.typeError("type " + a[0].type().name() + " doesn't define __trunc__ method");
            }
            return CallOps.call(t, a[0]);
        });
        define(d, "hypot", ArgSpec.VARARGS, (s, a, kw) -> {
            double r = 0;
            for (PyObject o : a) {
                r = Math.hypot(r, real(o));
            }
            return new PyFloat(r);
        });
        define(d, "dist", ArgSpec.positional(2, 2), (s, a, kw) -> {
            PyObject[] p = IterOps.toArray(a[0]);
            PyObject[] q = IterOps.toArray(a[1]);
            if (p.length != q.length) {
                throw PythonException.valueError("both points must have the same number of dimensions");
            }
            double r = 0;
            for (int i = 0; i < p.length; i++) {
                r = Math.hypot(r, real(p[i]) - real(q[i]));
            }
            return new PyFloat(r);
        });
        define(d, "isfinite", ArgSpec.ONE, (s, a, kw) -> PyBool.of(Double.isFinite(real(a[0]))));
        define(d, "isnan", ArgSpec.ONE, (s, a, kw) -> PyBool.of(Double.isNaN(real(a[0]))));
        define(d, "isinf", ArgSpec.ONE, (s, a, kw) -> PyBool.of(Double.isInfinite(real(a[0]))));
        define(d, "isclose", ArgSpec.keywords(2, "a", "b", "*", "rel_tol", "abs_tol"), (s, a, kw) -> {
            double x = real(a[0]);
            double y = real(a[1]);
            double rel = a.length > 2 && a[2] != null ? real(a[2]) : 1e-09;
            double abs = a.length > 3 && a[3] != null ? real(a[3]) : 0.0;
            if (rel < 0 || abs < 0) {
                throw PythonException.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        define(d, "fsum", ArgSpec.ONE, (s, a, kw) -> new PyFloat(fsum(a[0])));
        define(d, "frexp", ArgSpec.ONE, (s, a, kw) -> {
            double x = real(a[0]);
            if (x == 0 || !Double.isFinite(x)) {
                return tuple(new PyFloat(x), PyInt.of(0));
            }
            int e = Math.getExponent(x) + 1;
            if (e < Double.MIN_EXPONENT + 1) {
                // Subnormal: scale into the normal range first.
                int sub = Math.getExponent(x * 0x1p64) + 1 - 64;
                return tuple(new PyFloat(x / Math.scalb(1.0, sub)), PyInt.of(sub));
            }
            return tuple(new PyFloat(Math.scalb(x, -e)), PyInt.of(e));
        });
        define(d, "ldexp", ArgSpec.positional(2, 2), (s, a, kw) -> {
            double x = real(a[0]);
            PyInt e = NumberOps.index(a[1]);
            long n = e.isLong() ? e.longValue() : e.signum() * (long) Integer.MAX_VALUE;
            double r = Math.scalb(x, (int) Math.max(Math.min(n, 1_000_000), -1_000_000));
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw PythonException.overflow("math range error");
            }
            return new PyFloat(r);
        });
        define(d, "modf", ArgSpec.ONE, (s, a, kw) -> {
            double x = real(a[0]);
            if (Double.isInfinite(x)) {
                return tuple(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double i = x < 0 ? Math.ceil(x) : Math.floor(x);
            return tuple(new PyFloat(Math.copySign(x - i, x)), new PyFloat(i));
        });
        define(d, "factorial", ArgSpec.ONE, (s, a, kw) -> {
            PyInt n = NumberOps.index(a[0]);
            if (n.signum() < 0) {
                throw PythonException.valueError("factorial() not defined for negative values");
            }
            if (!n.isLong()) {
                throw PythonException.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyInt.of(product(1, n.longValue()));
        });
        define(d, "comb", ArgSpec.positional(2, 2), (s, a, kw) -> {
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger kk = k.min(n.subtract(k));
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(kk) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(n.subtract(i)).divide(i.add(BigInteger.ONE));
            }
            return PyInt.of(r);
        });
        define(d, "perm", ArgSpec.positional(1, 2), (s, a, kw) -> {
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = a.length > 1 && a[1] != org.krait.runtime.objects.PyNoneType.NONE ? nonNegative(a[1], "k") : n;
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(n.subtract(i));
            }
            return PyInt.of(r);
        });
        define(d, "gcd", ArgSpec.VARARGS, (s, a, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) {
                g = g.gcd(NumberOps.index(o).bigValue());
            }
            return PyInt.of(g);
        });
        define(d, "lcm", ArgSpec.VARARGS, (s, a, kw) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = NumberOps.index(o).bigValue().abs();
                if (v.signum() == 0) {
                    return PyInt.of(0);
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        define(d, "isqrt", ArgSpec.ONE, (s, a, kw) -> {
            BigInteger n = NumberOps.index(a[0]).bigValue();
            if (n.signum() < 0) {
                throw PythonException.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        define(d, "prod", ArgSpec.keywords(1, "iterable", "/", "*", "start"), (s, a, kw) -> {
            PyObject acc = a.length > 1 && a[1] != null ? PyObject.newRef(a[1]) : PyInt.of(1);
            for (PyObject o : IterOps.toArray(a[0])) {
                PyObject next = NumberOps.binary(NumberOps.Op.MULTIPLY, acc, o);
                acc.decref();
                o.decref();
                acc = next;
            }
            return acc;
        });
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** A float argument: "must be real number, not str" for anything float() would not take. */
    private static double real(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value();
        }
        if (o.getClass() == PyInt.class) {
            return ((PyInt) o).doubleValue();
        }
        if (!o.type().has(org.krait.runtime.types.Slot.FLOAT) && !o.type().has(org.krait.runtime.types.Slot.INDEX)) {
            throw PythonException.typeError("must be real number, not " + o.type().name());
        }
        return NumberOps.toDouble(o);
    }

    /** CPython's {@code math_1}: NaN from non-NaN is a domain error; inf from finite a range or domain error. */
    private static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw PythonException.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (canOverflow) {
                throw PythonException.overflow("math range error");
            }
            throw PythonException.valueError("math domain error");
        }
        return r;
    }

    private static void real(PyDict d, String name, DoubleUnaryOperator f, boolean canOverflow) {
        define(d, name, ArgSpec.ONE, (s, a, kw) -> {
            double x = real(a[0]);
            return new PyFloat(checked(x, f.applyAsDouble(x), canOverflow));
        });
    }

    /** A function of two floats: {@code math_2} (NaN from non-NaNs a domain error, inf from finites a range error). */
    private static void real2(PyDict d, String name, DoubleBinaryOperator f) {
        define(d, name, ArgSpec.positional(2, 2), (s, a, kw) -> {
            double x = real(a[0]);
            double y = real(a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw PythonException.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw PythonException.overflow("math range error");
            }
            return new PyFloat(r);
        });
    }

    private static final double LN2 = 0.6931471805599453;

    /** 1/ln(2) as a double-double: the leading part and the rest. */
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /**
     * log2 as the exponent plus log1p of the mantissa's distance from 1, scaled by 1/ln(2) in
     * double-double arithmetic, so that powers of two are exact and the rest correctly rounded
     * nearly always (as the C library's log2 CPython calls).
     */
    private static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p64) - 64;
        }
        double m = Math.scalb(x, -e);
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        double r = Math.log1p(m - 1);
        double hi = r * INV_LN2;
        double lo = Math.fma(r, INV_LN2, -hi) + r * INV_LN2_LO;
        double sum = e + hi;
        double err = (e - sum) + hi;
        return sum + (err + lo);
    }

    /** cosh through exp and expm1 by magnitude, the classic way, rounding as the C library does. */
    private static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * LN2) {
            double t = Math.expm1(a);
            double w = 1 + t;
            return a < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) {
            return 0.5 * Math.exp(a);
        }
        double half = Math.exp(0.5 * a);
        return 0.5 * half * half;
    }

    /** asinh by the usual piecewise forms (log1p near zero, a log of 2|x| far away) for full precision. */
    private static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double r;
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < 0x1p-28) {
            return x;
        }
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }

    /** {@code math.pow}: C99's special cases, where 0 to a negative power is a domain error. */
    private static double pow(double x, double y) {
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            return Double.NaN;
        }
        if (x == 1 || y == 0) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    /** IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even. */
    private static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    /** A logarithm of an int of any size (by its bit length) or a float; zero and negatives are domain errors. */
    private static double log(PyObject o, DoubleUnaryOperator f) {
        if (o instanceof PyInt && !((PyInt) o).isLong()) {
            BigInteger v = ((PyInt) o).bigValue();
            if (v.signum() <= 0) {
                throw PythonException.valueError("math domain error");
            }
            int shift = v.bitLength() - 64;
            double mantissa = v.shiftRight(shift).doubleValue();
            // log(m * 2^shift) = log(m) + shift * log(2), in f's base.
            return f.applyAsDouble(mantissa) + shift * f.applyAsDouble(2.0);
        }
        double x = real(o);
        if (x <= 0) {
            throw PythonException.valueError("math domain error");
        }
        return checked(x, f.applyAsDouble(x), false);
    }

    /** {@code math.floor}/{@code math.ceil}: a float by the numbers library, else the type's own method. */
    private static PyObject rounding(PyObject x, String dunder, java.util.function.DoubleFunction<Object> f) {
        if (x instanceof PyFloat) {
            return toInt(f, ((PyFloat) x).value());
        }
        if (x instanceof PyInt) {
            return ((PyInt) x).exact();
        }
        PyObject m = x.type().lookup(dunder);
        if (m != null) {
            return CallOps.call(m, x);
        }
        return toInt(f, real(x));
    }

    private static PyObject toInt(java.util.function.DoubleFunction<Object> rounding, double x) {
        try {
            return PyInt.ofNumeric(rounding.apply(x));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    private static BigInteger nonNegative(PyObject o, String name) {
        BigInteger v = NumberOps.index(o).bigValue();
        if (v.signum() < 0) {
            throw PythonException.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    /** lo * (lo + 1) * ... * hi by halves, so the big multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = Math.max(lo, 1); i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** {@code math.fsum}: the exactly rounded sum (exact decimal accumulation, rounded once). */
    private static double fsum(PyObject iterable) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        double special = 0;
        boolean haveSpecial = false;
        for (PyObject o : IterOps.toArray(iterable)) {
            double x = real(o);
            o.decref();
            if (!Double.isFinite(x)) {
                if (haveSpecial && Double.isInfinite(special) && Double.isInfinite(x) && special != x) {
                    throw PythonException.valueError("-inf + inf in fsum");
                }
                special = haveSpecial && Double.isNaN(special) ? special : x;
                haveSpecial = true;
                continue;
            }
            sum = sum.add(new java.math.BigDecimal(x));
        }
        if (haveSpecial) {
            return special;
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw PythonException.overflow("intermediate overflow in fsum");
        }
        return r;
    }

    private static PyObject tuple(PyObject a, PyObject b) {
        PyTuple t = PyTuple.of(a, b);
        a.decref();
        b.decref();
        return t;
    }

    private static void constant(PyDict d, String name, double v) {
        PyFloat f = new PyFloat(v);
        d.setItem(name, f);
        f.decref();
    }

}
