package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code float}: a Java double. CPython: Objects/floatobject.c. */
public class PyFloat extends PyObject {

    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT);

    static {
        TYPE.slot(Slot.REPR, (Signature.Unary) a -> PyStr.of(FloatFormatter.repr(((PyFloat) a).value)));
        TYPE.slot(Slot.HASH, (Signature.Hash) a -> ((PyFloat) a).__hash__());
        TYPE.slot(Slot.BOOL, (Signature.Predicate) a -> ((PyFloat) a).value != 0);
        TYPE.slot(Slot.NEG, (Signature.Unary) a -> new PyFloat(-((PyFloat) a).value));
        TYPE.slot(Slot.POS, (Signature.Unary) a -> newRef(a));
        TYPE.slot(Slot.ABS, (Signature.Unary) a -> new PyFloat(Math.abs(((PyFloat) a).value)));
        TYPE.slot(Slot.FLOAT, (Signature.Unary) a -> newRef(a));
        TYPE.slot(Slot.INT, (Signature.Unary) a -> ((PyFloat) a).toInt());
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
            PyObject v = FloatConstructor.construct(args);
            return cls == TYPE ? v : new Derived((PyType) cls, ((PyFloat) v).value);
        });
        TYPE.method("is_integer", (s, a, kw) -> PyBool.of(((PyFloat) s).value == Math.rint(((PyFloat) s).value)
                && !Double.isInfinite(((PyFloat) s).value)));
        TYPE.method("as_integer_ratio", (s, a, kw) -> {
            double v = ((PyFloat) s).value;
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw Double.isNaN(v) ? PythonException.valueError("cannot convert NaN to integer ratio")
                        : PythonException.overflow("cannot convert Infinity to integer ratio");
            }
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            java.math.BigInteger num = d.unscaledValue();
            java.math.BigInteger den = java.math.BigInteger.ONE;
            if (d.scale() > 0) {
                den = java.math.BigInteger.TEN.pow(d.scale());
            } else {
                num = num.multiply(java.math.BigInteger.TEN.pow(-d.scale()));
            }
            java.math.BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        TYPE.method("hex", (s, a, kw) -> PyStr.of(floatHex(((PyFloat) s).value)));
        TYPE.define("fromhex", PyClassmethod.of(new PyBuiltinFunctionOrMethod("fromhex", (s, a, kw) -> {
            String t = a[1].toString().strip().toLowerCase();
            try {
                if (t.equals("inf") || t.equals("+inf") || t.equals("infinity")) {
                    return new PyFloat(Double.POSITIVE_INFINITY);
                }
                if (t.equals("-inf") || t.equals("-infinity")) {
                    return new PyFloat(Double.NEGATIVE_INFINITY);
                }
                if (t.equals("nan") || t.equals("+nan") || t.equals("-nan")) {
                    return new PyFloat(Double.NaN);
                }
                String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
                if (!body.startsWith("0x")) {
                    body = "0x" + body;
                }
                if (!body.contains("p")) {
                    body = body + "p0";
                }
                double v = Double.parseDouble(body);
                return new PyFloat(t.startsWith("-") ? -v : v);
            } catch (NumberFormatException e) {
                throw PythonException.valueError("invalid hexadecimal floating-point string");
            }
        })));
        TYPE.method("conjugate", (s, a, kw) -> newRef(s));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (s, n) -> {
            switch (n.toString()) {
                case "real": return newRef(s);
                case "imag": return new PyFloat(0.0);
                default: return org.krait.runtime.ops.ObjectOps.genericGetAttr(s, (PyStr) n, null);
            }
        });
        Slot[] ops = {Slot.ADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV, Slot.FLOORDIV, Slot.MOD, Slot.POW};
        Slot[] rops = {Slot.RADD, Slot.RSUB, Slot.RMUL, Slot.RTRUEDIV, Slot.RFLOORDIV, Slot.RMOD, Slot.RPOW};
        for (int i = 0; i < ops.length; i++) {
            int op = i;
            TYPE.slot(ops[i], (Signature.Binary) (a, b) -> arith(op, a, b));
            TYPE.slot(rops[i], (Signature.Binary) (a, b) -> arith(op, b, a));
        }
        Slot[] cmps = {Slot.EQ, Slot.NE, Slot.LT, Slot.LE, Slot.GT, Slot.GE};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            TYPE.slot(cmps[i], (Signature.Binary) (a, b) -> compare(op, a, b));
        }
    }

    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public double value() {
        return value;
    }

    /** The double of a float or int operand, or NaN-free null signal via {@code Double.NaN} is not used: returns null. */
    static Double operand(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).doubleValue();
        }
        return null;
    }

    private static PyObject arith(int op, PyObject a, PyObject b) {
        Double x = operand(a);
        Double y = operand(b);
        if (x == null || y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        double l = x;
        double r = y;
        switch (op) {
            case 0: return new PyFloat(l + r);
            case 1: return new PyFloat(l - r);
            case 2: return new PyFloat(l * r);
            case 3:
                if (r == 0) {
                    throw PythonException.zeroDivision("float division by zero");
                }
                return new PyFloat(l / r);
            case 4:
                if (r == 0) {
                    throw PythonException.zeroDivision("float floor division by zero");
                }
                return new PyFloat(Math.floor(l / r));
            case 5: {
                if (r == 0) {
                    throw PythonException.zeroDivision("float modulo");
                }
                double m = l % r;
                if (m != 0 && (m < 0) != (r < 0)) {
                    m += r;
                } else if (m == 0) {
                    m = Math.copySign(0.0, r);
                }
                return new PyFloat(m);
            }
            default:
                if (l == 0 && r < 0) {
                    throw PythonException.zeroDivision("0.0 cannot be raised to a negative power");
                }
                if (l == 1 || r == 0) {
                    return new PyFloat(1.0);
                }
                if (l == -1 && Double.isInfinite(r)) {
                    return new PyFloat(1.0);
                }
                if (l < 0 && r != Math.rint(r) && Double.isFinite(r)) {
                    // A negative number to a fractional power is complex (Python 3).
                    return PyComplex.pow(new double[] {l, 0}, new double[] {r, 0}, b);
                }
                double p = Math.pow(l, r);
                if (Double.isInfinite(p) && Double.isFinite(l) && Double.isFinite(r)) {
                    throw new PythonException(org.krait.runtime.objects.exceptions.PyBaseException.create(
                            org.krait.runtime.objects.exceptions.ExceptionTypes.OVERFLOW_ERROR, PyInt.of(34),
                            PyStr.of("Numerical result out of range")));
                }
                return new PyFloat(p);
        }
    }

    private static PyObject compare(int op, PyObject a, PyObject b) {
        double l = ((PyFloat) a).value;
        if (b instanceof PyInt && !((PyInt) b).isLong() || b instanceof PyInt && Math.abs(((PyInt) b).longValue()) > (1L << 53)) {
            // Compare exactly: the int may not be representable as a double (CPython's float_richcompare).
            if (Double.isNaN(l)) {
                return PyBool.of(op == 1);
            }
            int c = Double.isInfinite(l) ? (l > 0 ? 1 : -1)
                    : new java.math.BigDecimal(l).compareTo(new java.math.BigDecimal(((PyInt) b).bigValue()));
            boolean res;
            switch (op) {
                case 0: res = c == 0; break;
                case 1: res = c != 0; break;
                case 2: res = c < 0; break;
                case 3: res = c <= 0; break;
                case 4: res = c > 0; break;
                default: res = c >= 0; break;
            }
            return PyBool.of(res);
        }
        Double y = operand(b);
        if (y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        double r = y;
        boolean res;
        switch (op) {
            case 0: res = l == r; break;
            case 1: res = l != r; break;
            case 2: res = l < r; break;
            case 3: res = l <= r; break;
            case 4: res = l > r; break;
            default: res = l >= r; break;
        }
        return PyBool.of(res);
    }

    /** {@code int(self)}: truncation toward zero. */
    public PyObject toInt() {
        if (Double.isNaN(value)) {
            throw PythonException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw PythonException.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(value) < 9.0e18) {
            return PyInt.of((long) value);
        }
        return PyInt.of(new java.math.BigDecimal(value).toBigInteger());
    }

    /** CPython's numeric hash: equal to the hash of an equal int. */
    public long __hash__() {
        if (Double.isNaN(value)) {
            return System.identityHashCode(this);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? 314159 : -314159;
        }
        return hashDouble(value);
    }

    /** CPython's {@code _Py_HashDouble} for a finite value: the value modulo 2**61 - 1, so equal numbers hash equal. */
    static long hashDouble(double v) {
        if (v == 0) {
            return 0;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.pow(2, e);
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) {
            // subnormal: scale up first so that the mantissa is normalised
            double scaled = v * 0x1p64;
            e = Math.getExponent(scaled) + 1 - 64;
            m = scaled / Math.pow(2, e + 64);
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        final long mod = PyInt.HASH_MODULUS;
        final int bits = 61;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, mod) >= 0) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & mod) | x >>> (bits - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code float.hex()}: {@code [-]0x1.<13 hex digits>p<exp>}. */
    static String floatHex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "";
        double a = Math.abs(v);
        if (a == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToLongBits(a);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    @Override
    public String toString() {
        return FloatFormatter.repr(value);
    }

    /**
     * An instance of a class deriving from {@code float} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    public static final class Derived extends PyFloat implements DictOwner {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, double value) {
            super(value);
            this.type = newRef(type);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void releaseReferences() {
            super.releaseReferences();
            dict.decref();
            type.decref();
        }
    }
}
