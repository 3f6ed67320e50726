package org.krait.runtime.builtins;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.numbers.FloatMath;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.Signature;

/** The {@code math} module's common functions. CPython: Modules/mathmodule.c. */
final class MathModule {

    private MathModule() {
    }

    static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("math", d);
        d.setItem("pi", new PyFloat(Math.PI));
        d.setItem("e", new PyFloat(Math.E));
        d.setItem("tau", new PyFloat(2 * Math.PI));
        d.setItem("inf", new PyFloat(Double.POSITIVE_INFINITY));
        d.setItem("nan", new PyFloat(Double.NaN));
        real(d, "sqrt", x -> {
            if (x < 0) {
                throw PythonException.valueError("math domain error");
            }
            return Math.sqrt(x);
        });
        real(d, "exp", Math::exp);
        real(d, "sin", Math::sin);
        real(d, "cos", Math::cos);
        real(d, "tan", Math::tan);
        real(d, "atan", Math::atan);
        real(d, "fabs", Math::abs);
        real(d, "log10", x -> {
            if (x <= 0) {
                throw PythonException.valueError("math domain error");
            }
            return Math.log10(x);
        });
        real(d, "log2", x -> {
            if (x <= 0) {
                throw PythonException.valueError("math domain error");
            }
            return Math.log(x) / Math.log(2);
        });
        fn(d, "log", (s, a, kw) -> {
            double x = NumberOps.toDouble(a[0]);
            if (x <= 0) {
                throw PythonException.valueError("math domain error");
            }
            double r = Math.log(x);
            return new PyFloat(a.length > 1 ? r / Math.log(NumberOps.toDouble(a[1])) : r);
        });
        fn(d, "floor", (s, a, kw) -> a[0] instanceof PyInt ? ((PyInt) a[0]).exact() : toInt(FloatMath::floor, a[0]));
        fn(d, "ceil", (s, a, kw) -> a[0] instanceof PyInt ? ((PyInt) a[0]).exact() : toInt(FloatMath::ceil, a[0]));
        fn(d, "trunc", (s, a, kw) -> NumberOps.toInt(a[0]));
        fn(d, "pow", (s, a, kw) -> new PyFloat(Math.pow(NumberOps.toDouble(a[0]), NumberOps.toDouble(a[1]))));
        fn(d, "atan2", (s, a, kw) -> new PyFloat(Math.atan2(NumberOps.toDouble(a[0]), NumberOps.toDouble(a[1]))));
        fn(d, "hypot", (s, a, kw) -> new PyFloat(Math.hypot(NumberOps.toDouble(a[0]), NumberOps.toDouble(a[1]))));
        fn(d, "isfinite", (s, a, kw) -> PyBool.of(Double.isFinite(NumberOps.toDouble(a[0]))));
        fn(d, "copysign", (s, a, kw) -> new PyFloat(Math.copySign(NumberOps.toDouble(a[0]), NumberOps.toDouble(a[1]))));
        fn(d, "fsum", (s, a, kw) -> {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (PyObject o : org.krait.runtime.ops.IterOps.toArray(a[0])) {
                double x = NumberOps.toDouble(o);
                if (!Double.isFinite(x)) {
                    return new PyFloat(x);
                }
                sum = sum.add(new java.math.BigDecimal(x));
            }
            return new PyFloat(sum.doubleValue());
        });
        fn(d, "frexp", (s, a, kw) -> {
            double x = NumberOps.toDouble(a[0]);
            if (x == 0 || !Double.isFinite(x)) {
                return org.krait.runtime.objects.PyTuple.of(new PyFloat(x), PyInt.of(0));
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.pow(2, e);
            if (Math.abs(mant) >= 1 || Math.abs(mant) < 0.5) {
                e = (int) Math.floor(Math.log(Math.abs(x)) / Math.log(2)) + 1;
                mant = x / Math.pow(2, e);
            }
            return org.krait.runtime.objects.PyTuple.of(new PyFloat(mant), PyInt.of(e));
        });
        fn(d, "ldexp", (s, a, kw) -> new PyFloat(NumberOps.toDouble(a[0]) * Math.pow(2, NumberOps.index(a[1]).asLong())));
        fn(d, "fmod", (s, a, kw) -> {
            double x = NumberOps.toDouble(a[0]);
            double y = NumberOps.toDouble(a[1]);
            if (y == 0 && !Double.isNaN(x)) {
                throw PythonException.valueError("math domain error");
            }
            return new PyFloat(x % y);
        });
        fn(d, "modf", (s, a, kw) -> {
            double x = NumberOps.toDouble(a[0]);
            double i = x < 0 ? Math.ceil(x) : Math.floor(x);
            return org.krait.runtime.objects.PyTuple.of(new PyFloat(Math.copySign(x - i, x)), new PyFloat(i));
        });
        fn(d, "comb", (s, a, kw) -> {
            BigInteger n = NumberOps.index(a[0]).bigValue();
            long k = NumberOps.index(a[1]).asLong();
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(k < 0 || BigInteger.valueOf(k).compareTo(n) > 0 ? BigInteger.ZERO : r);
        });
        fn(d, "isnan", (s, a, kw) -> PyBool.of(Double.isNaN(NumberOps.toDouble(a[0]))));
        fn(d, "isinf", (s, a, kw) -> PyBool.of(Double.isInfinite(NumberOps.toDouble(a[0]))));
        fn(d, "isclose", (s, a, kw) -> {
            double x = NumberOps.toDouble(a[0]);
            double y = NumberOps.toDouble(a[1]);
            return PyBool.of(x == y || Math.abs(x - y) <= Math.max(1e-09 * Math.max(Math.abs(x), Math.abs(y)), 0.0));
        });
        fn(d, "gcd", (s, a, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) {
                g = g.gcd(NumberOps.index(o).bigValue());
            }
            return PyInt.of(g);
        });
        fn(d, "factorial", (s, a, kw) -> {
            long n = NumberOps.index(a[0]).asLong();
            if (n < 0) {
                throw PythonException.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        fn(d, "isqrt", (s, a, kw) -> {
            BigInteger n = NumberOps.index(a[0]).bigValue();
            if (n.signum() < 0) {
                throw PythonException.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** {@code math.floor}/{@code math.ceil} of a float operand: the numbers library's rounding to an int. */
    private static PyObject toInt(java.util.function.DoubleFunction<Object> rounding, PyObject x) {
        try {
            return PyInt.ofNumeric(rounding.apply(NumberOps.toDouble(x)));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    private static void real(PyDict d, String name, DoubleUnaryOperator f) {
        fn(d, name, (s, a, kw) -> new PyFloat(f.applyAsDouble(NumberOps.toDouble(a[0]))));
    }

    private static void fn(PyDict d, String name, Signature.Call impl) {
        d.setItem(name, new PyBuiltinFunctionOrMethod(name, impl));
    }
}
