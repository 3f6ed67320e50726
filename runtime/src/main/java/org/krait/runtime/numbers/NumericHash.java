package org.krait.runtime.numbers;

import java.math.BigInteger;

/**
 * CPython's numeric hash ({@code Python/pyhash.c}, {@code _PyHASH_MODULUS} = 2**61 - 1): a
 * rational {@code x} hashes to {@code x mod P} with the sign of {@code x}, so equal numbers of
 * different types hash equally. {@code Fraction} and {@code Decimal} follow the same scheme in
 * their Python code ({@code numerator * pow(denominator, -1, P)}).
 */
public final class NumericHash {
    private NumericHash() {
    }

    /** The modulus 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code hash(inf)}; {@code hash(-inf)} is its negation. */
    public static final long INF = 314159;
    /** The multiplier of the imaginary part in {@code hash(complex)}. */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** {@code hash(v)} for an int that fits in a long ({@code long_hash}). */
    public static long hashInt(long v) {
        long h;
        if (v == Long.MIN_VALUE) {
            h = -4; // 2**63 == 4 (mod 2**61 - 1)
        } else {
            h = Math.abs(v) % MODULUS;
            if (v < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(v)} for an int ({@code Long} or {@code BigInteger}). */
    public static long hashInt(Object v) {
        if (v instanceof Long) {
            return hashInt((long) (Long) v);
        }
        BigInteger b = (BigInteger) v;
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(d)} ({@code _Py_HashDouble}); a NaN hashes by identity in 3.11, so the caller
     * passes the object's identity hash ({@code _Py_HashPointer}), returned for NaN.
     */
    public static long hashFloat(double d, long identityHash) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? identityHash : d > 0 ? INF : -INF;
        }
        if (d == 0.0) {
            return 0;
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
        // 2**61 == 1 (mod P): multiplying by 2**e is a rotation of the 61-bit residue.
        int k = Math.floorMod(exp, 61);
        long h = k == 0 ? mantissa : ((mantissa << k) & MODULUS) | (mantissa >>> (61 - k));
        if (d < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(complex(re, im))} ({@code complex_hash}); NaN parts hash by {@code identityHash}. */
    public static long hashComplex(double re, double im, long identityHash) {
        long h = hashFloat(re, identityHash) + IMAG * hashFloat(im, identityHash);
        return h == -1 ? -2 : h;
    }
}
