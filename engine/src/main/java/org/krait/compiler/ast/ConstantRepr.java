package org.krait.compiler.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr} of the values a {@code Constant} can hold (str, also as
 * {@link CodePointStr}, bytes, int, float, complex, bool, None, Ellipsis), character for character
 * as CPython 3.11 prints them.
 */
public final class ConstantRepr {

    /**
     * Code point ranges (inclusive pairs) that Unicode 14.0 (CPython 3.11) assigns printable
     * characters to but Unicode 13.0 (Java 17's {@link Character}) leaves unassigned. Found by
     * comparing {@code str.isprintable} with {@link #isPrintable}'s category rule over all code
     * points; every difference lies in this direction.
     */
    private static final int[] PRINTABLE_SINCE_UNICODE_14 = {
            0x61D, 0x61D, 0x870, 0x88E, 0x898, 0x89F, 0x8B5, 0x8B5, 0x8C8, 0x8D2, 0xC3C, 0xC3C,
            0xC5D, 0xC5D, 0xCDD, 0xCDD, 0x170D, 0x170D, 0x1715, 0x1715, 0x171F, 0x171F,
            0x180F, 0x180F, 0x1AC1, 0x1ACE, 0x1B4C, 0x1B4C, 0x1B7D, 0x1B7E, 0x1DFA, 0x1DFA,
            0x20C0, 0x20C0, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x2E53, 0x2E5D, 0x9FFD, 0x9FFF,
            0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9, 0xA7F2, 0xA7F4,
            0xFBC2, 0xFBC2, 0xFD40, 0xFD4F, 0xFDCF, 0xFDCF, 0xFDFE, 0xFDFF, 0x10570, 0x1057A,
            0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1,
            0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x10780, 0x10785,
            0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10F70, 0x10F89, 0x11070, 0x11075,
            0x110C2, 0x110C2, 0x116B9, 0x116B9, 0x11740, 0x11746, 0x11AB0, 0x11ABF,
            0x12F90, 0x12FF2, 0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x1AFF0, 0x1AFF3,
            0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B11F, 0x1B122, 0x1CF00, 0x1CF2D,
            0x1CF30, 0x1CF46, 0x1CF50, 0x1CFC3, 0x1D1E9, 0x1D1EA, 0x1DF00, 0x1DF1E,
            0x1E290, 0x1E2AE, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE,
            0x1E7F0, 0x1E7FE, 0x1F6DD, 0x1F6DF, 0x1F7F0, 0x1F7F0, 0x1F979, 0x1F979,
            0x1F9CC, 0x1F9CC, 0x1FA7B, 0x1FA7C, 0x1FAA9, 0x1FAAC, 0x1FAB7, 0x1FABA,
            0x1FAC3, 0x1FAC5, 0x1FAD7, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6,
            0x2A6DE, 0x2A6DF, 0x2B735, 0x2B738,
    };

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ConstantRepr() {
    }

    /** Python's {@code repr(value)} for any value a {@code Constant} may hold. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Appends Python's {@code repr(value)}; {@code null} prints as {@code None}. */
    public static void append(StringBuilder out, Object value) {
        if (value instanceof String) {
            appendStr(out, (String) value);
        } else if (value instanceof CodePointStr) {
            appendStr(out, (CodePointStr) value);
        } else if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Double) {
            out.append(floatRepr((Double) value));
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "True" : "False");
        } else if (value == null || value == Singleton.None) {
            out.append("None");
        } else if (value == Singleton.Ellipsis) {
            out.append("Ellipsis");
        } else if (value instanceof Bytes) {
            appendBytes(out, ((Bytes) value).value());
        } else if (value instanceof Imaginary) {
            out.append(complexRepr((Imaginary) value));
        } else {
            throw new IllegalArgumentException("not a constant value: " + value.getClass().getName());
        }
    }

    /** Appends Python's {@code repr} of a str. */
    public static void appendStr(StringBuilder out, String s) {
        if (isPlainAscii(s)) {
            out.append('\'').append(s).append('\'');
            return;
        }
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            appendEscaped(out, c, quote);
        }
        out.append(quote);
    }

    /** Appends Python's {@code repr} of a str held as code points (each surrogate printed on its own). */
    public static void appendStr(StringBuilder out, CodePointStr s) {
        boolean single = false;
        boolean dbl = false;
        for (int c : s.codePoints()) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        char quote = quoteFor(single, dbl);
        out.append(quote);
        for (int c : s.codePoints()) {
            appendEscaped(out, c, quote);
        }
        out.append(quote);
    }

    /** CPython prefers single quotes unless the text has a single quote and no double quote. */
    private static char quoteFor(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    private static void appendEscaped(StringBuilder out, int c, char quote) {
        if (c == quote || c == '\\') {
            out.append('\\').append((char) c);
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c < ' ' || c == 0x7f) {
            appendHex(out, "\\x", c, 2);
        } else if (c < 0x7f || isPrintable(c)) {
            out.appendCodePoint(c);
        } else if (c <= 0xff) {
            appendHex(out, "\\x", c, 2);
        } else if (c <= 0xffff) {
            appendHex(out, "\\u", c, 4);
        } else {
            appendHex(out, "\\U", c, 8);
        }
    }

    /** True when every char is printable ASCII other than a quote or backslash: repr just adds quotes. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7f || c == '\'' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code str.isprintable} for one code point, by Unicode 14.0 as CPython 3.11 has it. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            case Character.UNASSIGNED:
                return isPrintableSinceUnicode14(c);
            default:
                return true;
        }
    }

    private static boolean isPrintableSinceUnicode14(int c) {
        int[] r = PRINTABLE_SINCE_UNICODE_14;
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < r[2 * mid]) {
                hi = mid - 1;
            } else if (c > r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Appends Python's {@code repr} of a bytes value. */
    public static void appendBytes(StringBuilder out, byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        out.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                appendHex(out, "\\x", c, 2);
            } else {
                out.append((char) c);
            }
        }
        out.append(quote);
    }

    private static void appendHex(StringBuilder out, String prefix, int value, int digits) {
        out.append(prefix);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xf]);
        }
    }

    /** Python's {@code repr} of a float: the shortest string that reads back as {@code d}. */
    public static String floatRepr(double d) {
        return formatDouble(d, true);
    }

    /** Python's {@code repr} of a complex number with real part +0.0, as an imaginary literal gives. */
    public static String complexRepr(Imaginary value) {
        // complex's repr formats its parts without the ".0" a float's repr would add.
        return formatDouble(value.imag(), false) + "j";
    }

    /**
     * Formats {@code d} with its shortest round-trip digits the way CPython's {@code 'r'} format
     * does: positional notation when the decimal point falls within -4 < exponent <= 16 of the
     * digits, otherwise {@code d.ddde+XX}.
     */
    private static String formatDouble(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
        if (d == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal shortest = shortestDecimal(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        // The value is 0.<digits> * 10^decpt.
        int decpt = digits.length() - shortest.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            out.append(exp < 0 ? "e-" : "e+");
            int abs = Math.abs(exp);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (decpt <= 0) {
            out.append("0.");
            for (int i = decpt; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                out.append('0');
            }
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code positive}; among
     * those, the one nearest to its exact value. At each precision the nearest decimal may fall
     * just outside the rounding interval while a neighbour lies inside it (the interval is
     * lopsided at powers of two), so both neighbours are tried too.
     */
    private static BigDecimal shortestDecimal(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal unit = nearest.ulp();
            BigDecimal best = null;
            for (BigDecimal candidate : new BigDecimal[] {nearest, nearest.subtract(unit), nearest.add(unit)}) {
                if (candidate.signum() > 0 && Double.parseDouble(candidate.toString()) == positive
                        && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new AssertionError("17 significant digits always round-trip a double");
    }
}
