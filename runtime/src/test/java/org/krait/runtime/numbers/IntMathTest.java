package org.krait.runtime.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntMathTest {
    @Test
    void canonicalFormAndFastPaths() {
        assertEquals(Long.class, IntMath.add(Long.MAX_VALUE, -1L).getClass());
        assertEquals(BigInteger.class, IntMath.add(Long.MAX_VALUE, 1L).getClass());
        assertEquals(Long.MAX_VALUE, IntMath.sub(IntMath.add(Long.MAX_VALUE, 1L), 1L));
        assertEquals(BigInteger.ONE.shiftLeft(63), IntMath.floorDiv((Object) Long.MIN_VALUE, (Object) (-1L)));
        assertEquals(Long.class, IntMath.mul(BigInteger.ONE.shiftLeft(70), BigInteger.ZERO).getClass());
    }

    @Test
    void differentialAgainstCPython() throws Exception {
        Random rnd = new Random(20231);
        List<Object> ints = Values.ints(rnd, 400);
        Oracle o = new Oracle("int arithmetic");
        for (int n = 0; n < 12000; n++) {
            Object a = ints.get(rnd.nextInt(ints.size()));
            Object b = ints.get(rnd.nextInt(ints.size()));
            String pa = Values.py(a);
            String pb = Values.py(b);
            o.add(pa + "+" + pb, () -> IntMath.add(a, b));
            o.add(pa + "-" + pb, () -> IntMath.sub(a, b));
            o.add(pa + "*" + pb, () -> IntMath.mul(a, b));
            o.add(pa + "//" + pb, () -> IntMath.floorDiv(a, b));
            o.add(pa + "%" + pb, () -> IntMath.mod(a, b));
            o.add("divmod(" + pa + "," + pb + ")", () -> IntMath.divmod(a, b));
            o.add(pa + "/" + pb, () -> IntMath.trueDiv(a, b));
            o.add(pa + "&" + pb, () -> IntMath.and(a, b));
            o.add(pa + "|" + pb, () -> IntMath.or(a, b));
            o.add(pa + "^" + pb, () -> IntMath.xor(a, b));
            o.add("(" + pa + "<" + pb + ") - (" + pa + ">" + pb + ")", () -> (long) Integer.signum(-IntMath.compare(a, b)));
            if (IntMath.bitLength(b) < 200) {
                o.add("pow(" + pa + "," + pb + "," + pb + "*3+7)", () -> IntMath.pow(a, b, IntMath.add(IntMath.mul(b, 3L), 7L)));
            }
            long k = rnd.nextInt(200) - 5;
            o.add(pa + "<<" + k, () -> IntMath.lshift(a, k));
            o.add(pa + ">>" + k, () -> IntMath.rshift(a, k));
            long e = rnd.nextInt(40) - 8;
            if (IntMath.bitLength(a) < 2000) {
                o.addWithinUlp(pa + "**" + e, () -> IntMath.pow(a, e));
            }
            long m = rnd.nextInt(41) - 20;
            if (m != 0) {
                o.add("pow(" + pa + "," + e + "," + m + ")", () -> IntMath.pow(a, e, m));
            }
            long nd = rnd.nextInt(30) - 25;
            o.add("round(" + pa + "," + nd + ")", () -> IntMath.round(a, nd));
        }
        for (Object a : ints) {
            String pa = Values.py(a);
            o.add("-" + pa, () -> IntMath.neg(a));
            o.add("abs" + pa, () -> IntMath.abs(a));
            o.add("~" + pa, () -> IntMath.invert(a));
            o.add(pa + ".bit_length()", () -> IntMath.bitLength(a));
            o.add(pa + ".bit_count()", () -> IntMath.bitCount(a));
            o.add("float" + pa, () -> IntMath.toDouble(a));
            o.add(pa + "/1", () -> IntMath.trueDiv(a, 1L));
            o.add(pa + "/3", () -> IntMath.trueDiv(a, 3L));
            o.add(pa + "/(10**399)", () -> IntMath.trueDiv(a, BigInteger.TEN.pow(399)));
            o.add(pa + "/(-7**300)", () -> IntMath.trueDiv(a, BigInteger.valueOf(7).pow(300).negate()));
            o.add(pa + "/(2**1100+1)", () -> IntMath.trueDiv(a, BigInteger.ONE.shiftLeft(1100).add(BigInteger.ONE)));
            o.add("1/" + pa, () -> IntMath.trueDiv(1L, a));
            o.add(pa + "<<(1<<70)", () -> IntMath.lshift(a, BigInteger.ONE.shiftLeft(70)));
            o.add(pa + ">>(1<<70)", () -> IntMath.rshift(a, BigInteger.ONE.shiftLeft(70)));
            o.add("round(" + pa + ", 10**30)", () -> IntMath.round(a, BigInteger.TEN.pow(30)));
            for (int len : new int[] {0, 1, 2, 8, 9, 16, 200}) {
                for (boolean signed : new boolean[] {false, true}) {
                    for (String order : new String[] {"big", "little"}) {
                        o.add(pa + ".to_bytes(" + len + ",'" + order + "',signed=" + (signed ? "True" : "False") + ").hex()",
                                () -> HexFormat.of().formatHex(IntMath.toBytes(a, len, order, signed)));
                        if (len == 16) {
                            byte[] bytes = new byte[16];
                            rnd.nextBytes(bytes);
                            o.add("int.from_bytes(bytes.fromhex('" + HexFormat.of().formatHex(bytes) + "'),'" + order + "',signed=" + (signed ? "True" : "False") + ")",
                                    () -> IntMath.fromBytes(bytes, order, signed));
                        }
                    }
                }
            }
        }
        o.add("(1).to_bytes(-1,'big')", () -> IntMath.toBytes(1L, -1, "big", false));
        o.add("(1).to_bytes(1,'mid')", () -> IntMath.toBytes(1L, 1, "mid", false));
        o.add("int.from_bytes(b'','big')", () -> IntMath.fromBytes(new byte[0], "big", true));
        o.add("int.from_bytes(b'\\x01','x')", () -> IntMath.fromBytes(new byte[] {1}, "x", true));
        o.add("1<<-1", () -> IntMath.lshift(1L, -1L));
        o.add("1>>-1", () -> IntMath.rshift(1L, -1L));
        o.add("pow(2,3,0)", () -> IntMath.pow(2L, 3L, 0L));
        o.add("pow(2,-1,4)", () -> IntMath.pow(2L, -1L, 4L));
        o.add("pow(0,-1,1)", () -> IntMath.pow(0L, -1L, 1L));
        o.add("0**-1", () -> IntMath.pow(0L, -1L));
        o.add("0**0", () -> IntMath.pow(0L, 0L));
        o.add("(-1)**(10**30+1)", () -> IntMath.pow(-1L, BigInteger.TEN.pow(30).add(BigInteger.ONE)));
        o.add("10**400//3/10**399", () -> IntMath.trueDiv(IntMath.floorDiv(BigInteger.TEN.pow(400), 3L), BigInteger.TEN.pow(399)));
        o.check();
    }
}
