package org.krait.runtime.numbers;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatMathTest {
    @Test
    void differentialAgainstCPython() throws Exception {
        Random rnd = new Random(7);
        List<Double> ds = Values.doubles(rnd, 3000);
        List<Object> ints = Values.ints(rnd, 200);
        Oracle o = new Oracle("float semantics");
        for (double d : ds) {
            String p = Values.py(d);
            o.add("repr(" + p + ")", () -> FloatText.repr(d));
            o.add("float(repr(" + p + "))", () -> FloatText.parse(FloatText.repr(d)));
            o.add(p + ".hex()", () -> FloatText.hex(d));
            o.add("float.fromhex(" + p + ".hex())", () -> FloatText.fromHex(FloatText.hex(d)));
            o.add("round(" + p + ")", () -> FloatMath.round(d));
            o.add("math.floor(" + p + ")", () -> FloatMath.floor(d));
            o.add("math.ceil(" + p + ")", () -> FloatMath.ceil(d));
            o.add("int(" + p + ")", () -> FloatMath.trunc(d));
            o.add(p + ".as_integer_ratio()", () -> FloatMath.asIntegerRatio(d));
            o.add(p + ".is_integer()", () -> FloatMath.isInteger(d));
            o.add("hash(" + p + ") if " + p + " == " + p + " else 7", () -> NumericHash.hashFloat(d, 7));
            o.add("hash(complex(" + p + ", 1.5)) if " + p + " == " + p + " else 7", () -> Double.isNaN(d) ? 7L : NumericHash.hashComplex(d, 1.5, 0));
            for (int nd : new int[] {-400, -308, -20, -3, -1, 0, 1, 2, 3, 5, 10, 17, 100, 323, 400}) {
                o.add("round(" + p + "," + nd + ")", () -> FloatMath.round(d, nd));
            }
            double e = ds.get(rnd.nextInt(ds.size()));
            String q = Values.py(e);
            o.add(p + "/" + q, () -> FloatMath.trueDiv(d, e));
            o.add(p + "//" + q, () -> FloatMath.floorDiv(d, e));
            o.add(p + "%" + q, () -> FloatMath.mod(d, e));
            o.add("divmod(" + p + "," + q + ")", () -> FloatMath.divmod(d, e));
            o.addWithinUlp("(lambda r: (r.real, r.imag) if type(r) is complex else r)(" + p + "**" + q + ")", () -> FloatMath.powIsComplex(d, e) ? FloatMath.complexPow(d, 0, e, 0) : FloatMath.pow(d, e));
            double small = rnd.nextInt(41) - 20;
            o.addWithinUlp(p + "**" + Values.py(small), () -> FloatMath.pow(d, small));
            double half = (rnd.nextInt(21) - 10) / 2.0;
            o.addWithinUlp("(lambda r: (r.real, r.imag) if type(r) is complex else r)(" + p + "**" + Values.py(half) + ")",
                    () -> FloatMath.powIsComplex(d, half) ? FloatMath.complexPow(d, 0, half, 0) : FloatMath.pow(d, half));
            Object i = ints.get(rnd.nextInt(ints.size()));
            if (!Double.isNaN(d)) {
                o.add("(" + i + "<" + p + ") - (" + i + ">" + p + ")", () -> (long) -Integer.signum(FloatMath.compare(i, d)));
                Object fi = Double.isFinite(d) ? FloatMath.trunc(d) : 0L;
                o.add("(" + fi + "<" + p + ") - (" + fi + ">" + p + ")", () -> (long) -Integer.signum(FloatMath.compare(fi, d)));
            }
        }
        for (Object i : ints) {
            o.add("hash(" + i + ")", () -> NumericHash.hashInt(i));
        }
        o.add("hash(-2**63)", () -> NumericHash.hashInt(Long.MIN_VALUE));
        o.add("hash(2**61-1)", () -> NumericHash.hashInt((1L << 61) - 1));
        o.add("hash(-1)", () -> NumericHash.hashInt(-1L));
        o.add("hash(2**53+1) == hash(float(2**53))", () -> NumericHash.hashInt((1L << 53) + 1) == NumericHash.hashFloat(0x1p53, 0));
        o.add("2**53+1 == float(2**53)", () -> FloatMath.compare((1L << 53) + 1, 0x1p53) == 0);
        o.add("2**1000+1 > 2.0**1000", () -> FloatMath.compare(BigInteger.ONE.shiftLeft(1000).add(BigInteger.ONE), 0x1p1000) > 0);
        for (String s : new String[] {"1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_1", " 1.5 ", "\t-inf\n",
            "-Infinity", "+nan", "NaN", "infinit", "1e", ".", ".e1", "1.", ".5", "+.5e-3", "0x10", "1d", "1f", "", " ",
            "1e400", "-1e-400", "1e-9999999999999", "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "\u0663.\u0665",
            "１２", "1 2", "--1", "1e+", "infinity ", "in f", "\u00a01\u2003", "x"}) {
            o.add("float(" + Repr.str(s) + ")", () -> FloatText.parse(s));
        }
        for (String s : new String[] {"0x1p2000", "xyz", "0x1.8p1", " -0x1.8p1 ", "inf", "-infinity", "nan", "0x.8", "1",
            "0x1p-1075", "0x1.1p-1074", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x3p-1076",
            "0x", "0xp1", "0x1p", "0x1.p0", "0X1P+3", "0x1p-99999999999999", "0x0p99999999999", "1.2.3"}) {
            o.add("float.fromhex(" + Repr.str(s) + ")", () -> FloatText.fromHex(s));
        }
        o.check();
    }
}
