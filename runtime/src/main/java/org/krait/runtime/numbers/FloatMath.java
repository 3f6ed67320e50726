package org.krait.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Python float arithmetic and float/int conversions (CPython's {@code Objects/floatobject.c}). */
public final class FloatMath {
    private FloatMath() {
    }

    private static final double TWO_63 = 0x1p63;

    /** {@code a / b} ({@code float_div}). */
    public static double trueDiv(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b} ({@code float_rem}): the result has the sign of {@code b}. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code a // b} ({@code float_floor_div}). */
    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float floor division by zero");
        }
        return divmodUnchecked(a, b, null);
    }

    /** {@code divmod(a, b)} ({@code float_divmod}) as {quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw NumericError.zeroDivision("float divmod()");
        }
        double[] out = new double[2];
        out[0] = divmodUnchecked(a, b, out);
        return out;
    }

    /** The floor quotient of {@code _float_div_mod}; stores the remainder in {@code out[1]} when given. */
    private static double divmodUnchecked(double a, double b, double[] out) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        if (out != null) {
            out[1] = m;
        }
        return floordiv;
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && Math.floor(w) == w && ((long) w & 1) != 0;
    }

    /**
     * Whether {@code v ** w} is complex in Python (a negative base to a non-integer power): then
     * the caller computes {@link #complexPow} instead of {@link #pow}.
     */
    public static boolean powIsComplex(double v, double w) {
        return v < 0.0 && !Double.isInfinite(v) && Double.isFinite(w) && Math.floor(w) != w;
    }

    /**
     * {@code v ** w} ({@code float_pow}) with CPython's special cases. Precondition:
     * {@code !powIsComplex(v, w)}.
     */
    public static double pow(double v, double w) {
        if (w == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (w > 0) == (av > 1.0) ? Math.abs(w) : 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (v > 0) {
                return w > 0 ? v : 0.0;
            }
            return w > 0 ? (odd ? v : -v) : (odd ? -0.0 : 0.0);
        }
        if (v == 0.0) {
            if (w < 0.0) {
                throw NumericError.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(w) ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0.0) {
            if (Math.floor(w) != w) {
                throw new IllegalArgumentException("complex result: check powIsComplex first");
            }
            v = -v;
            negate = isOddInteger(w);
        }
        if (v == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.floor(w) == w && Math.abs(w) <= 4096 ? exactPow(v, (int) w) : StrictMath.pow(v, w);
        if (Double.isInfinite(r)) {
            throw NumericError.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    /**
     * {@code v ** n} correctly rounded for finite positive {@code v}, as C's pow is for integer
     * powers: the exact power is formed as a ratio of big integers when it is in range.
     */
    private static double exactPow(double v, int n) {
        double log2 = n * (Math.log(v) / Math.log(2));
        if (log2 > 1030) {
            return Double.POSITIVE_INFINITY;
        }
        if (log2 < -1090) {
            return 0.0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exp = biased == 0 ? -1074 : biased - 1075;
        if (biased != 0) {
            mantissa |= 0x10000000000000L;
        }
        int tz = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= tz;
        exp += tz;
        BigInteger m = BigInteger.valueOf(mantissa).pow(Math.abs(n));
        long k = (long) exp * n;
        BigInteger num = n > 0 ? m : BigInteger.ONE;
        BigInteger den = n > 0 ? BigInteger.ONE : m;
        if (k >= 0) {
            num = num.shiftLeft((int) k);
        } else {
            den = den.shiftLeft((int) -k);
        }
        try {
            return IntMath.trueDivBig(num, den);
        } catch (NumericError overflow) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /**
     * {@code (ar+ai j) ** (br+bi j)} ({@code _Py_c_pow}) as {real, imag}; used for the complex
     * results of {@link #powIsComplex} cases.
     */
    public static double[] complexPow(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw NumericError.zeroDivision("0.0 to a negative or complex power");
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = StrictMath.hypot(ar, ai);
        double len = StrictMath.pow(vabs, br);
        double at = StrictMath.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= StrictMath.exp(at * bi);
            phase += bi * StrictMath.log(vabs);
        }
        double re = len * StrictMath.cos(phase);
        double im = len * StrictMath.sin(phase);
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            throw NumericError.overflow("complex exponentiation");
        }
        return new double[] {re, im};
    }

    /** {@code int(d)} ({@code PyLong_FromDouble}) truncating towards zero; errors for inf and nan. */
    public static Object toInt(double d) {
        if (d > -TWO_63 && d < TWO_63) {
            return (long) d;
        }
        if (Double.isNaN(d)) {
            throw NumericError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw NumericError.overflow("cannot convert float infinity to integer");
        }
        long bits = Double.doubleToRawLongBits(d);
        long mantissa = (bits & 0xFFFFFFFFFFFFFL) | 0x10000000000000L;
        int exp = (int) ((bits >>> 52) & 0x7ff) - 1075;
        BigInteger r = BigInteger.valueOf(mantissa).shiftLeft(exp);
        return d < 0 ? r.negate() : r;
    }

    /** {@code math.floor(d)} ({@code math_floor} on a float). */
    public static Object floor(double d) {
        return toInt(Math.floor(d));
    }

    /** {@code math.ceil(d)} ({@code math_ceil} on a float). */
    public static Object ceil(double d) {
        return toInt(Math.ceil(d));
    }

    /** {@code math.trunc(d)} ({@code float___trunc___impl}). */
    public static Object trunc(double d) {
        return toInt(d);
    }

    /** {@code round(d)} ({@code float___round___impl} without ndigits): half-even, to int. */
    public static Object round(double d) {
        return toInt(Math.rint(d));
    }

    /**
     * {@code round(d, ndigits)} ({@code double_round}): correctly rounded half-even on the exact
     * binary value; {@code ndigits} is clamped by the caller from a Python int (any long is fine).
     */
    public static double round(double d, long ndigits) {
        if (d == 0.0 || !Double.isFinite(d) || ndigits > 323) {
            return d;
        }
        if (ndigits < -308) {
            return 0.0 * d;
        }
        double r = new BigDecimal(d).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw NumericError.overflow("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, d) : r;
    }

    /** {@code float.is_integer()}. */
    public static boolean isInteger(double d) {
        return Double.isFinite(d) && Math.floor(d) == d;
    }

    /** {@code float.as_integer_ratio()} ({@code float_as_integer_ratio}) as {numerator, denominator}. */
    public static Object[] asIntegerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw NumericError.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw NumericError.valueError("cannot convert NaN to integer ratio");
        }
        if (d == 0.0) {
            return new Object[] {0L, 1L};
        }
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 0x10000000000000L;
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= tz;
        exp += tz;
        if (d < 0) {
            mantissa = -mantissa;
        }
        if (exp >= 0) {
            return new Object[] {IntMath.normalize(BigInteger.valueOf(mantissa).shiftLeft(exp)), 1L};
        }
        return new Object[] {mantissa, IntMath.normalize(BigInteger.ONE.shiftLeft(-exp))};
    }

    /**
     * Compares int {@code i} with float {@code d} exactly ({@code float_richcompare}): negative,
     * zero or positive. Precondition: {@code d} is not NaN (every comparison with NaN is false).
     */
    public static int compare(long i, double d) {
        if (i > -(1L << 53) && i < (1L << 53)) {
            double x = i;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        if (d >= TWO_63) {
            return -1;
        }
        if (d < -TWO_63) {
            return 1;
        }
        double f = Math.floor(d);
        long fl = (long) f;
        if (i != fl) {
            return i < fl ? -1 : 1;
        }
        return f == d ? 0 : -1;
    }

    /** Exact comparison of an int ({@code Long} or {@code BigInteger}) with a non-NaN float. */
    public static int compare(Object i, double d) {
        if (i instanceof Long) {
            return compare((long) (Long) i, d);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        double f = Math.floor(d);
        int c = IntMath.big(i).compareTo(IntMath.big(toInt(f)));
        if (c != 0) {
            return c;
        }
        return f == d ? 0 : -1;
    }
}
