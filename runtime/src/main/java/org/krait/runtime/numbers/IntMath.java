package org.krait.runtime.numbers;

import java.math.BigInteger;

/**
 * Python int arithmetic (CPython's {@code Objects/longobject.c}). Ints are {@code Long} or
 * {@code BigInteger} (see the package doc); every result is canonical. The {@code long}
 * overloads are allocation-free fast paths.
 */
public final class IntMath {
    private IntMath() {
    }

    private static final String FLOOR_BY_ZERO = "integer division or modulo by zero";

    /** The canonical form of {@code v}: a {@code Long} when it fits, else {@code v} itself. */
    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** {@code v} (a {@code Long} or {@code BigInteger}) as a {@code BigInteger}. */
    public static BigInteger big(Object v) {
        return v instanceof Long ? BigInteger.valueOf((Long) v) : (BigInteger) v;
    }

    /** The sign of {@code v}: -1, 0 or 1. */
    public static int signum(Object v) {
        return v instanceof Long ? Long.signum((Long) v) : ((BigInteger) v).signum();
    }

    /** {@code a + b} ({@code long_add}). */
    public static Object add(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            long y = (Long) b;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).add(big(b)));
    }

    /** {@code a - b} ({@code long_sub}). */
    public static Object sub(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            long y = (Long) b;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).subtract(big(b)));
    }

    /** {@code a * b} ({@code long_mul}). */
    public static Object mul(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            long y = (Long) b;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        if ((long) x.bitLength() + y.bitLength() > MAX_BITS) {
            // A product Java cannot represent: where CPython's allocation would fail.
            throw new NumericError("MemoryError", "");
        }
        return normalize(x.multiply(y));
    }

    /** The most bits a BigInteger holds (Java's limit is 2^31 - 1 bits); a larger int is a MemoryError. */
    private static final long MAX_BITS = Integer.MAX_VALUE - 64;

    /** {@code -a} ({@code long_neg}). */
    public static Object neg(Object a) {
        if (a instanceof Long && (Long) a != Long.MIN_VALUE) {
            return -(Long) a;
        }
        return normalize(big(a).negate());
    }

    /** {@code abs(a)} ({@code long_abs}). */
    public static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : a;
    }

    /** {@code ~a} ({@code long_invert}). */
    public static Object invert(Object a) {
        return a instanceof Long ? (Object) ~(Long) a : normalize(((BigInteger) a).not());
    }

    /**
     * {@code a // b} for longs ({@code l_divmod}); the one overflowing case
     * {@code Long.MIN_VALUE // -1} must go through {@link #floorDiv(Object, Object)}.
     */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivision(FLOOR_BY_ZERO);
        }
        return Math.floorDiv(a, b);
    }

    /** {@code a % b} for longs, with the sign of {@code b} ({@code l_divmod}). */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    /** {@code a // b} ({@code long_div}): rounds towards minus infinity. */
    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Long && b instanceof Long && !((Long) a == Long.MIN_VALUE && (Long) b == -1)) {
            return floorDiv((long) (Long) a, (long) (Long) b);
        }
        return divmodBig(big(a), big(b), FLOOR_BY_ZERO)[0];
    }

    /** {@code a % b} ({@code long_mod}): the result has the sign of {@code b}. */
    public static Object mod(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return mod((long) (Long) a, (long) (Long) b);
        }
        return divmodBig(big(a), big(b), "integer modulo by zero")[1];
    }

    /** {@code divmod(a, b)} ({@code long_divmod}) as {quotient, remainder}. */
    public static Object[] divmod(Object a, Object b) {
        if (a instanceof Long && b instanceof Long && !((Long) a == Long.MIN_VALUE && (Long) b == -1)) {
            long x = (Long) a;
            long y = (Long) b;
            if (y == 0) {
                throw NumericError.zeroDivision(FLOOR_BY_ZERO);
            }
            return new Object[] {Math.floorDiv(x, y), Math.floorMod(x, y)};
        }
        return divmodBig(big(a), big(b), FLOOR_BY_ZERO);
    }

    private static Object[] divmodBig(BigInteger a, BigInteger b, String zeroMessage) {
        if (b.signum() == 0) {
            throw NumericError.zeroDivision(zeroMessage);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return new Object[] {normalize(qr[0]), normalize(qr[1])};
    }

    /** {@code a / b} for longs ({@code long_true_divide}), correctly rounded. */
    public static double trueDiv(long a, long b) {
        if (b == 0) {
            throw NumericError.zeroDivision("division by zero");
        }
        final long exact = 1L << 53;
        if (-exact <= a && a <= exact && -exact <= b && b <= exact) {
            return (double) a / (double) b;
        }
        return trueDivBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /** {@code a / b} ({@code long_true_divide}): the correctly rounded quotient, however large the operands. */
    public static double trueDiv(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return trueDiv((long) (Long) a, (long) (Long) b);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw NumericError.zeroDivision("division by zero");
        }
        return trueDivBig(big(a), y);
    }

    /** {@code a / b} correctly rounded; {@code b} is non-zero. Shared with hex float parsing. */
    static double trueDivBig(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0;
        }
        boolean negative = a.signum() != b.signum();
        a = a.abs();
        b = b.abs();
        int ea = a.bitLength() - b.bitLength();
        // a/b lies in [2**(ea-1), 2**(ea+1)).
        if (ea > 1025) {
            throw NumericError.overflow("integer division result too large for a float");
        }
        if (ea < -1080) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the quotient carries 55-56 bits (two beyond double precision for rounding),
        // never more precision than the subnormal grid 2**-1076 needs.
        int s = Math.min(55 - ea, 1076);
        BigInteger[] qr = s >= 0 ? a.shiftLeft(s).divideAndRemainder(b) : a.divideAndRemainder(b.shiftLeft(-s));
        long q = qr[0].longValueExact();
        boolean sticky = qr[1].signum() != 0;
        int len = 64 - Long.numberOfLeadingZeros(q);
        int exponent = len - 1 - s;
        int drop = exponent >= -1022 ? len - 53 : s - 1074;
        long m = q >> drop;
        long rest = q & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (sticky || (m & 1) != 0))) {
            m++;
        }
        double r = Math.scalb((double) m, drop - s);
        if (Double.isInfinite(r)) {
            throw NumericError.overflow("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** {@code float(v)} ({@code PyLong_AsDouble}): round-half-even, OverflowError when too large. */
    public static double toDouble(Object v) {
        if (v instanceof Long) {
            return (double) (Long) v;
        }
        BigInteger b = (BigInteger) v;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw NumericError.overflow("int too large to convert to float");
        }
        return d;
    }

    /** {@code a << n} ({@code long_lshift}). */
    public static Object lshift(Object a, Object n) {
        if (signum(n) < 0) {
            throw NumericError.valueError("negative shift count");
        }
        if (signum(a) == 0) {
            return 0L;
        }
        if (n instanceof Long && (Long) n < 64 && a instanceof Long) {
            long x = (Long) a;
            int k = (int) (long) (Long) n;
            long r = x << k;
            if (k == 0 || (r >> k) == x) {
                return r;
            }
        }
        BigInteger x = big(a);
        if (!(n instanceof Long)) {
            // CPython counts the shift in 30-bit digits, which must fit a Py_ssize_t.
            if (big(n).divide(BigInteger.valueOf(30)).bitLength() >= 64) {
                throw NumericError.overflow("too many digits in integer");
            }
            throw new NumericError("MemoryError", "");
        }
        if ((Long) n > MAX_BITS - x.bitLength()) {
            throw new NumericError("MemoryError", "");
        }
        return normalize(x.shiftLeft((int) (long) (Long) n));
    }

    /** {@code a >> n} ({@code long_rshift}): rounds towards minus infinity. */
    public static Object rshift(Object a, Object n) {
        if (signum(n) < 0) {
            throw NumericError.valueError("negative shift count");
        }
        if (a instanceof Long) {
            long k = n instanceof Long ? (Long) n : Long.MAX_VALUE;
            return (Long) a >> (int) Math.min(k, 63);
        }
        BigInteger x = (BigInteger) a;
        if (!(n instanceof Long) || (Long) n > x.bitLength()) {
            return x.signum() < 0 ? -1L : 0L;
        }
        return normalize(x.shiftRight((int) (long) (Long) n));
    }

    /** {@code a & b} ({@code long_and}) in two's complement with infinite sign extension. */
    public static Object and(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return (Long) a & (Long) b;
        }
        return normalize(big(a).and(big(b)));
    }

    /** {@code a | b} ({@code long_or}). */
    public static Object or(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return (Long) a | (Long) b;
        }
        return normalize(big(a).or(big(b)));
    }

    /** {@code a ^ b} ({@code long_xor}). */
    public static Object xor(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return (Long) a ^ (Long) b;
        }
        return normalize(big(a).xor(big(b)));
    }

    /** {@code int.bit_length()} ({@code int_bit_length_impl}): bits of {@code abs(v)}. */
    public static long bitLength(Object v) {
        if (v instanceof Long) {
            long x = (Long) v;
            return x == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(x));
        }
        return ((BigInteger) v).abs().bitLength();
    }

    /** {@code int.bit_count()} ({@code int_bit_count_impl}): one bits of {@code abs(v)}. */
    public static long bitCount(Object v) {
        if (v instanceof Long) {
            long x = (Long) v;
            return x == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(x));
        }
        return ((BigInteger) v).abs().bitCount();
    }

    /** Compares two ints: negative, zero or positive. */
    public static int compare(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return Long.compare((Long) a, (Long) b);
        }
        return big(a).compareTo(big(b));
    }

    /**
     * {@code pow(base, exp)} ({@code long_pow} without modulus): an int, or a {@code Double} when
     * {@code exp} is negative (computed as float pow, as CPython does).
     */
    public static Object pow(Object base, Object exp) {
        if (signum(exp) < 0) {
            return FloatMath.pow(toDouble(base), toDouble(exp));
        }
        if (base instanceof Long) {
            long b = (Long) base;
            if (b == 0 || b == 1) {
                return signum(exp) == 0 ? 1L : b;
            }
            if (b == -1) {
                return big(exp).testBit(0) ? -1L : 1L;
            }
        }
        if (!(exp instanceof Long) || (Long) exp > Integer.MAX_VALUE) {
            throw new NumericError("MemoryError", "");
        }
        long e = (Long) exp;
        if (base instanceof Long) {
            long r = 1;
            long b = (Long) base;
            boolean fits = true;
            for (long k = e; k > 0 && fits; k >>= 1) {
                if ((k & 1) != 0) {
                    long hi = Math.multiplyHigh(r, b);
                    long lo = r * b;
                    fits = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
                    r = lo;
                }
                if (k > 1 && fits) {
                    long hi = Math.multiplyHigh(b, b);
                    long lo = b * b;
                    fits = hi == 0 && lo >= 0;
                    b = lo;
                }
            }
            if (fits) {
                return r;
            }
        }
        BigInteger x = big(base);
        if ((double) x.abs().bitLength() * e > Integer.MAX_VALUE) {
            throw new NumericError("MemoryError", "");
        }
        return normalize(x.pow((int) e));
    }

    /** {@code pow(base, exp, mod)} ({@code long_pow} with modulus), modular inverse for negative {@code exp}. */
    public static Object pow(Object base, Object exp, Object mod) {
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw NumericError.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negativeOutput = m.signum() < 0;
        m = m.abs();
        BigInteger b = big(base);
        BigInteger e = big(exp);
        if (e.signum() < 0) {
            try {
                b = b.mod(m).modInverse(m);
            } catch (ArithmeticException notInvertible) {
                throw NumericError.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        if (m.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger r = b.mod(m).modPow(e, m);
        if (negativeOutput && r.signum() != 0) {
            r = r.subtract(m);
        }
        return normalize(r);
    }

    /**
     * {@code round(v, ndigits)} ({@code int___round___impl}): unchanged for {@code ndigits >= 0},
     * else rounded half-even to a multiple of {@code 10**-ndigits}.
     */
    public static Object round(Object v, Object ndigits) {
        if (signum(ndigits) >= 0) {
            return v;
        }
        BigInteger x = big(v);
        // 10**k > 2*|x| makes the result 0 whatever the tie rule; avoids building 10**huge.
        BigInteger negNd = big(ndigits).negate();
        if (negNd.compareTo(BigInteger.valueOf(x.abs().bitLength() / 3 + 2)) > 0) {
            return 0L;
        }
        BigInteger pow10 = BigInteger.TEN.pow(negNd.intValueExact());
        BigInteger[] qr = x.divideAndRemainder(pow10);
        if (qr[1].signum() < 0) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(pow10);
        }
        int c = qr[1].shiftLeft(1).compareTo(pow10);
        if (c > 0 || (c == 0 && qr[0].testBit(0))) {
            qr[0] = qr[0].add(BigInteger.ONE);
        }
        return normalize(qr[0].multiply(pow10));
    }

    /** {@code int.to_bytes(length, byteorder, signed=...)} ({@code int_to_bytes_impl}). */
    public static byte[] toBytes(Object v, long length, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (length < 0) {
            throw NumericError.valueError("length argument must be non-negative");
        }
        BigInteger x = big(v);
        if (!signed && x.signum() < 0) {
            throw NumericError.overflow("can't convert negative int to unsigned");
        }
        int needed = signed && x.signum() != 0 ? x.bitLength() + 1 : x.bitLength();
        // CPython lets -1 (all sign bits) fit in zero bytes, like 0.
        if (needed > length * 8 && !(length == 0 && signed && x.equals(BigInteger.ONE.negate()))) {
            throw NumericError.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = x.toByteArray();
        byte fill = (byte) (x.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=...)} ({@code int_from_bytes_impl}). */
    public static Object fromBytes(byte[] bytes, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        byte[] bigEndian = new byte[bytes.length + 1];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i + 1] = little ? bytes[bytes.length - 1 - i] : bytes[i];
        }
        if (signed && bytes.length > 0 && bigEndian[1] < 0) {
            bigEndian[0] = (byte) 0xff;
        }
        return normalize(new BigInteger(bigEndian));
    }

    private static boolean littleEndian(String byteorder) {
        if ("little".equals(byteorder)) {
            return true;
        }
        if ("big".equals(byteorder)) {
            return false;
        }
        throw NumericError.valueError("byteorder must be either 'little' or 'big'");
    }
}
