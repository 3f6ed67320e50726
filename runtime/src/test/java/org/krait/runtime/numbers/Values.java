package org.krait.runtime.numbers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Interesting ints and floats for the differential tests, with their Python spellings. */
final class Values {
    private Values() {
    }

    /** Edge-case ints (powers of two and neighbours, long bounds, powers of ten) and random ones. */
    static List<Object> ints(Random rnd, int randomCount) {
        List<BigInteger> raw = new ArrayList<>();
        for (long v : new long[] {0, 1, 2, 3, 5, 7, 10, 100, 255, 256, 1000, 12345, 12350}) {
            raw.add(BigInteger.valueOf(v));
        }
        for (int k : new int[] {8, 15, 16, 31, 32, 52, 53, 54, 61, 62, 63, 64, 65, 100, 127, 128, 200, 1000, 1100}) {
            BigInteger p = BigInteger.ONE.shiftLeft(k);
            raw.add(p);
            raw.add(p.subtract(BigInteger.ONE));
            raw.add(p.add(BigInteger.ONE));
        }
        for (int k : new int[] {1, 9, 15, 16, 17, 18, 19, 20, 22, 23, 50, 308, 309, 400}) {
            raw.add(BigInteger.TEN.pow(k));
        }
        raw.add(BigInteger.TEN.pow(400).divide(BigInteger.valueOf(3)));
        raw.add(BigInteger.TEN.pow(399));
        List<Object> out = new ArrayList<>();
        for (BigInteger b : raw) {
            out.add(IntMath.normalize(b));
            out.add(IntMath.normalize(b.negate()));
        }
        out.add(Long.MIN_VALUE);
        out.add(IntMath.normalize(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)));
        for (int i = 0; i < randomCount; i++) {
            switch (rnd.nextInt(4)) {
                case 0:
                    out.add((long) (rnd.nextInt(2001) - 1000));
                    break;
                case 1:
                    out.add(rnd.nextLong() >> rnd.nextInt(64));
                    break;
                case 2:
                    out.add(IntMath.normalize(new BigInteger(64 + rnd.nextInt(100), rnd).multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1))));
                    break;
                default:
                    out.add(IntMath.normalize(new BigInteger(1 + rnd.nextInt(1200), rnd).multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1))));
                    break;
            }
        }
        return out;
    }

    /** Python source for an int, parenthesised so that any operator can follow. */
    static String py(Object i) {
        return "(" + i + ")";
    }

    /** Edge-case doubles (zeros, subnormals, boundaries, inf, nan, powers of two and ten) and random ones. */
    static List<Double> doubles(Random rnd, int randomCount) {
        List<Double> out = new ArrayList<>();
        double[] edge = {0.0, 1.0, 0.5, 1.5, 2.5, 3.5, 0.1, 0.2, 0.3, 1e-5, 1e-4, 1e15, 1e16, 1e17, 1e22, 1e23,
            123456789.0, 0.1 + 0.2, 2.675, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, 5e-324, Double.MIN_NORMAL,
            Double.MAX_VALUE, Math.nextDown(Double.MIN_NORMAL), 0x1p52, 0x1p53, 0x1p53 + 2, 0x1p63, 0x1p64,
            0x1p-1022, 1e300, 1e-300, 9007199254740993.0, 0.05, 0.15, 0.25, 0.35, 1.25, 1e100, 123.456,
            9.995, 99.5, 0.5e-6, 1e308, 4.35, 0.000123, 1234.5, Double.POSITIVE_INFINITY, Double.NaN};
        for (double d : edge) {
            out.add(d);
            out.add(-d);
        }
        for (int k = -1074; k <= 1023; k += 37) {
            double p = Math.scalb(1.0, k);
            out.add(p);
            out.add(Math.nextUp(p));
            out.add(Math.nextDown(p));
        }
        for (int k = -320; k <= 308; k += 7) {
            out.add(Double.parseDouble("1e" + k));
        }
        for (int i = 0; i < randomCount; i++) {
            switch (rnd.nextInt(4)) {
                case 0:
                    out.add(Double.longBitsToDouble(rnd.nextLong()));
                    break;
                case 1:
                    out.add((rnd.nextInt(200001) - 100000) / 100.0);
                    break;
                case 2:
                    out.add((rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20));
                    break;
                default:
                    out.add((double) (rnd.nextInt(2001) - 1000));
                    break;
            }
        }
        out.removeIf(d -> Double.isNaN(d) && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(Double.NaN));
        return out;
    }

    /** Python source for a double, independent of the code under test. */
    static String py(double d) {
        if (Double.isNaN(d)) {
            return "float('nan')";
        }
        return "float.fromhex('" + Double.toHexString(d) + "')";
    }
}
