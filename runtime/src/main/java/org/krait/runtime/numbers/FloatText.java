package org.krait.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python float to and from text: {@code repr}, {@code float(str)}, {@code float.hex},
 * {@code float.fromhex} and the digit generation behind {@code format} and {@code %}
 * ({@code Python/pystrtod.c}, {@code Python/dtoa.c}).
 */
public final class FloatText {
    private FloatText() {
    }

    /** Alternate form ({@code #}): keep trailing zeros and the decimal point. */
    public static final int ALT = 1;
    /** Add {@code ".0"} to a result that looks like an integer (repr, and format with no type). */
    public static final int ADD_DOT_0 = 2;

    /** Decimal digits of a positive finite value: {@code 0.d1d2... * 10**decpt}; "0"/1 for zero. */
    record Digits(String digits, int decpt) {
    }

    /** {@code repr(d)} and {@code str(d)} ({@code float_repr}): the shortest round-tripping form. */
    public static String repr(double d) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        String body = formatAbs(Math.abs(d), 'r', 0, ADD_DOT_0);
        return (Math.copySign(1.0, d) < 0 ? "-" : "") + body;
    }

    /**
     * Formats finite non-negative {@code a} ({@code PyOS_double_to_string} without the sign):
     * {@code type} is 'e', 'f', 'g' (lower case; the caller upper-cases) or 'r' (repr digits),
     * {@code flags} a combination of {@link #ALT} and {@link #ADD_DOT_0}.
     */
    public static String formatAbs(double a, char type, int precision, int flags) {
        Digits dg;
        switch (type) {
            case 'e':
                dg = significant(a, precision + 1);
                precision++;
                break;
            case 'f':
                dg = fixed(a, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                dg = significant(a, precision);
                break;
            case 'r':
                dg = shortest(a);
                break;
            default:
                throw new IllegalArgumentException("type " + type);
        }
        return layout(dg, type, precision, flags);
    }

    /** Places the digits as {@code format_float_short} does. */
    private static String layout(Digits dg, char type, int precision, int flags) {
        String digits = dg.digits();
        int decpt = dg.decpt();
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        int end = digits.length();
        boolean useExp = false;
        switch (type) {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    end = precision;
                }
                break;
            default:
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        end = Math.max(end, digits.length());
        if (!useExp && addDot0) {
            end = Math.max(end, decpt + 1);
        } else {
            end = Math.max(end, decpt);
        }
        StringBuilder b = new StringBuilder(Math.max(end, 1) + 8);
        if (decpt <= 0) {
            b.append('0');
        } else {
            for (int i = 0; i < decpt; i++) {
                b.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        if (end > decpt || alt) {
            b.append('.');
        }
        for (int i = decpt; i < end; i++) {
            b.append(i >= 0 && i < digits.length() ? digits.charAt(i) : '0');
        }
        if (useExp) {
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        }
        return b.toString();
    }

    private static Digits fromBigDecimal(BigDecimal r) {
        if (r.signum() == 0) {
            return new Digits("0", 1);
        }
        r = r.stripTrailingZeros();
        String u = r.unscaledValue().toString();
        return new Digits(u, u.length() - r.scale());
    }

    /** Digits rounded half-even to {@code n} significant digits (dtoa mode 2). */
    static Digits significant(double a, int n) {
        if (a == 0.0) {
            return new Digits("0", 1);
        }
        return fromBigDecimal(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** Digits rounded half-even to {@code n} places after the point (dtoa mode 3). */
    static Digits fixed(double a, int n) {
        return fromBigDecimal(new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN));
    }

    /** The shortest digits that read back as {@code a}, nearest to it among the shortest (dtoa mode 0). */
    static Digits shortest(double a) {
        if (a == 0.0) {
            return new Digits("0", 1);
        }
        if (a < 0x1p53 && a == Math.rint(a)) {
            String s = Long.toString((long) a);
            int len = s.length();
            int last = len;
            while (last > 1 && s.charAt(last - 1) == '0') {
                last--;
            }
            return new Digits(s.substring(0, last), len);
        }
        BigDecimal exact = new BigDecimal(a);
        int lo = 1;
        int hi = 17;
        BigDecimal best = null;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal r = roundTripping(exact, a, mid);
            if (r != null) {
                hi = mid;
                best = r;
            } else {
                lo = mid + 1;
            }
        }
        if (best == null || best.precision() > lo) {
            best = roundTripping(exact, a, lo);
        }
        return fromBigDecimal(best);
    }

    /** A {@code n}-digit decimal reading back as {@code a}, nearest first, or null. */
    private static BigDecimal roundTripping(BigDecimal exact, double a, int n) {
        BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (r.doubleValue() == a) {
            return r;
        }
        BigDecimal other = exact.round(new MathContext(n, r.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING));
        return other.doubleValue() == a ? other : null;
    }

    /**
     * {@code float(s)} for a str ({@code PyFloat_FromString}): whitespace, sign, digits with single
     * underscores between them, an exponent, or inf/infinity/nan in any case.
     */
    public static double parse(String s) {
        String t = Ascii.strip(Ascii.transform(s));
        double r = parseAscii(t);
        if (Double.isNaN(r) && !isNanWord(t)) {
            throw NumericError.valueError("could not convert string to float: " + Repr.str(s));
        }
        return r;
    }

    private static boolean isNanWord(String t) {
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        return u.equalsIgnoreCase("nan");
    }

    /** Parses stripped ASCII text; NaN signals a syntax error unless the text names nan. */
    private static double parseAscii(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n);
        int intDigits = scanDigits(t, i, clean);
        if (intDigits < 0) {
            return Double.NaN;
        }
        i += intDigits;
        int fracDigits = 0;
        if (i < n && t.charAt(i) == '.') {
            clean.append('.');
            i++;
            fracDigits = scanDigits(t, i, clean);
            if (fracDigits < 0) {
                return Double.NaN;
            }
            i += fracDigits;
        }
        if (countDigits(clean) == 0) {
            return Double.NaN;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            clean.append('e');
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                clean.append(t.charAt(i));
                i++;
            }
            int expDigits = scanDigits(t, i, clean);
            if (expDigits <= 0) {
                return Double.NaN;
            }
            i += expDigits;
        }
        if (i != n) {
            return Double.NaN;
        }
        double r = parseDecimal(clean.toString());
        return negative ? -r : r;
    }

    private static int countDigits(CharSequence s) {
        int k = 0;
        for (int j = 0; j < s.length(); j++) {
            if (s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                k++;
            }
        }
        return k;
    }

    /**
     * Scans digits with single underscores between digits from {@code i}, appending the digits to
     * {@code out}; the number of characters consumed, or -1 for a misplaced underscore.
     */
    private static int scanDigits(String t, int i, StringBuilder out) {
        int start = i;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                i++;
            } else if (c == '_' && i > start && i + 1 < n && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i < n && t.charAt(i) == '_') {
            return -1;
        }
        return i - start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Correctly rounded decimal to double: Java's reader is exact and clamps huge exponents. */
    private static double parseDecimal(String clean) {
        return Double.parseDouble(clean);
    }

    /** {@code float.hex()} ({@code float_hex}). */
    public static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0.0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        String lead = biased == 0 ? "0" : "1";
        int exp = biased == 0 ? -1022 : biased - 1023;
        String frac = String.format("%013x", mantissa);
        return sign + "0x" + lead + "." + frac + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** {@code float.fromhex(s)} ({@code float_fromhex}). */
    public static double fromHex(String s) {
        String t = Ascii.strip(s);
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        if (rest.length() >= 2 && rest.charAt(0) == '0' && (rest.charAt(1) == 'x' || rest.charAt(1) == 'X')) {
            i += 2;
        }
        BigInteger mantissa = BigInteger.ZERO;
        int digits = 0;
        long exp = 0;
        while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 0x80) {
            mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(Character.digit(t.charAt(i), 16)));
            digits++;
            i++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 0x80) {
                mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(Character.digit(t.charAt(i), 16)));
                digits++;
                exp -= 4;
                i++;
            }
        }
        if (digits == 0) {
            throw NumericError.valueError("invalid hexadecimal floating-point string");
        }
        if (i < n && (t.charAt(i) == 'p' || t.charAt(i) == 'P')) {
            i++;
            boolean negExp = false;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                negExp = t.charAt(i) == '-';
                i++;
            }
            int start = i;
            long e = 0;
            while (i < n && isDigit(t.charAt(i))) {
                e = Math.min(e * 10 + (t.charAt(i) - '0'), 1L << 40);
                i++;
            }
            if (i == start) {
                throw NumericError.valueError("invalid hexadecimal floating-point string");
            }
            exp += negExp ? -e : e;
        }
        if (i != n) {
            throw NumericError.valueError("invalid hexadecimal floating-point string");
        }
        double r = scale(mantissa, exp);
        return negative ? -r : r;
    }

    /** {@code m * 2**e} correctly rounded, with fromhex's overflow error. */
    private static double scale(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        long top = m.bitLength() + e;
        if (top > 1024) {
            throw NumericError.overflow("hexadecimal value too large to represent as a float");
        }
        if (top < -1076) {
            return 0.0;
        }
        try {
            return e >= 0 ? IntMath.trueDivBig(m.shiftLeft((int) e), BigInteger.ONE)
                    : IntMath.trueDivBig(m, BigInteger.ONE.shiftLeft((int) -e));
        } catch (NumericError overflow) {
            throw NumericError.overflow("hexadecimal value too large to represent as a float");
        }
    }
}
