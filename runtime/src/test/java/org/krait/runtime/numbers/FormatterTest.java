package org.krait.runtime.numbers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatterTest {
    private static List<String> specs(String types) {
        List<String> out = new ArrayList<>();
        String[] aligns = {"", "<", ">", "^", "=", "*^", "0=", "x<"};
        String[] signs = {"", "+", "-", " "};
        String[] flags = {"", "z", "#", "z#"};
        String[] widths = {"", "0", "1", "012", "25"};
        String[] groups = {"", ",", "_"};
        String[] precisions = {"", ".0", ".1", ".3", ".17"};
        Random rnd = new Random(3);
        for (int i = 0; i < 3000; i++) {
            String t = String.valueOf(types.charAt(rnd.nextInt(types.length()))).trim();
            out.add(aligns[rnd.nextInt(aligns.length)] + signs[rnd.nextInt(signs.length)] + flags[rnd.nextInt(flags.length)]
                    + widths[rnd.nextInt(widths.length)] + groups[rnd.nextInt(groups.length)]
                    + precisions[rnd.nextInt(precisions.length)] + t);
        }
        for (String s : new String[] {"xx", ",_", "_,", "10000000000000000000000", ".10000000000000000000000f", ".", "=10s",
            "c=", ",n", "_n", "#c", "+c", ",c", "_d", "_x", ",x", "05c", "%", "_%", ".2%", "z", "zd", "\u00e9>9", "s", "d"}) {
            out.add(s);
        }
        return out;
    }

    @Test
    void differentialAgainstCPython() throws Exception {
        Random rnd = new Random(11);
        Oracle o = new Oracle("format()");
        List<Object> ints = new ArrayList<>(List.of(0L, 1L, -1L, 7L, -42L, 65L, 1234L, -1234567L, 0x10ffffL, 0x110000L,
                Long.MAX_VALUE, Long.MIN_VALUE, BigInteger.ONE.shiftLeft(70), BigInteger.TEN.pow(30).negate()));
        List<Double> ds = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.5, 0.125, 2.675, 1234.5678, -1e-30, 1e16, 1e22, 123456789.0,
                -0.0004, 5e-324, 1.7976931348623157e308, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.5, 99.99, -0.4));
        for (String spec : specs("bcdoxXn  eEfFgG%s")) {
            Object i = ints.get(rnd.nextInt(ints.size()));
            o.add("format(" + i + "," + Repr.str(spec) + ")", () -> Formatter.formatInt(i, spec, IntText.DEFAULT_MAX_STR_DIGITS));
        }
        for (String spec : specs("eEfFgGn%  d")) {
            double d = ds.get(rnd.nextInt(ds.size()));
            o.add("format(" + Values.py(d) + "," + Repr.str(spec) + ")", () -> Formatter.formatFloat(d, spec));
            double r = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(30) - 12);
            o.add("format(" + Values.py(r) + "," + Repr.str(spec) + ")", () -> Formatter.formatFloat(r, spec));
        }
        for (String spec : specs("s  d")) {
            String s = rnd.nextBoolean() ? "abc" : "h\u00e9llo w\u00f6rld";
            o.add("format(" + Repr.str(s) + "," + Repr.str(spec) + ")", () -> Formatter.formatStr(s, spec));
        }
        for (Object i : Values.ints(rnd, 300)) {
            o.add("str(" + i + ")", () -> IntText.toDecimal(i, IntText.DEFAULT_MAX_STR_DIGITS));
            o.add("hex(" + i + ")", () -> IntText.hex(i));
            o.add("oct(" + i + ")", () -> IntText.oct(i));
            o.add("bin(" + i + ")", () -> IntText.bin(i));
            int base = rnd.nextInt(35) + 2;
            String text = IntText.toRadix(i, base);
            o.add("int('" + text + "'," + base + ")", () -> IntText.parse(text, base, IntText.DEFAULT_MAX_STR_DIGITS));
        }
        o.add("str(10**4300)", () -> IntText.toDecimal(BigInteger.TEN.pow(4300), 4300));
        o.add("str(10**4300-1)", () -> IntText.toDecimal(BigInteger.TEN.pow(4300).subtract(BigInteger.ONE), 4300));
        o.add("int('1'*4301)", () -> IntText.parse("1".repeat(4301), 10, 4300));
        o.add("int('1'*4300) % 1000", () -> IntMath.mod(IntText.parse("1".repeat(4300), 10, 4300), 1000L));
        for (String s : new String[] {"x", " 1_2 ", "1__2", "_12", "12_", "0x_1f", "0_x1f", "010", "00", "0_0", "0b101", "0o17",
            "-0x10", "+ 5", "\u0663\u0664", "\uff11\uff12", "1e5", "", "  ", "0x", "\u00a042\u2003", "'q'", "a".repeat(300)}) {
            for (int base : new int[] {0, 10, 16, 2, 36, 1, 37}) {
                o.add("int(" + Repr.str(s) + "," + base + ")", () -> IntText.parse(s, base, 4300));
            }
        }
        o.check();
    }
}
