package org.krait.runtime.numbers;

/**
 * {@code format(value, spec)} for int, float and str ({@code int.__format__},
 * {@code float.__format__}, {@code str.__format__}; {@code Python/formatter_unicode.c}). The
 * locale-dependent type 'n' uses the C locale: no grouping, '.' as the decimal point.
 */
public final class Formatter {
    private Formatter() {
    }

    /** {@code format(v, spec)} for an int; {@code maxDigits} is {@code sys.get_int_max_str_digits()}. */
    public static String formatInt(Object v, String spec, int maxDigits) {
        if (spec.isEmpty()) {
            return IntText.toDecimal(v, maxDigits);
        }
        FormatSpec f = FormatSpec.parse(spec, "int", 'd', '>');
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return intInternal(v, f, maxDigits);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return floatInternal(IntMath.toDouble(v), f);
            default:
                throw FormatSpec.unknownType(f.type, "int");
        }
    }

    /** {@code format(d, spec)} for a float. */
    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return FloatText.repr(d);
        }
        FormatSpec f = FormatSpec.parse(spec, "float", 0, '>');
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return floatInternal(d, f);
            default:
                throw FormatSpec.unknownType(f.type, "float");
        }
    }

    /**
     * {@code format(re + im*1j, spec)} ({@code format_complex_internal}): each part formatted as
     * a float, the imaginary one signed after a real part; without a presentation type the parts are
     * repr-like, shortest digits without a forced ".0", in parentheses unless the real part is +0
     * and left out.
     */
    public static String formatComplex(double re, double im, String spec) {
        FormatSpec f = FormatSpec.parse(spec, "complex", 0, '>');
        if (f.fill == '0') {
            throw NumericError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw NumericError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int type = f.type;
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw FormatSpec.unknownType(type, "complex");
        }
        boolean bare = type == 0;
        boolean skipRe = bare && re == 0 && Math.copySign(1.0, re) > 0;
        if (bare) {
            type = f.precision < 0 ? 'r' : 'g';
        }
        String reText = skipRe ? "" : part(re, f.complexPart((char) 0, type));
        String imText = part(im, f.complexPart(skipRe ? (char) 0 : '+', type));
        String body = bare && !skipRe ? "(" + reText + imText + "j)" : reText + imText + "j";
        return pad(body, body.length(), f);
    }

    /** One part of a complex number; the repr-like type 'r' drops the ".0" a float repr would add. */
    private static String part(double v, FormatSpec f) {
        if (f.type != 'r') {
            return floatInternal(v, f);
        }
        String sign = Math.copySign(1.0, v) < 0 && !Double.isNaN(v) ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return sign + (Double.isNaN(v) ? "nan" : "inf");
        }
        return sign + FloatText.formatAbs(Math.abs(v), 'r', 0, f.alternate ? FloatText.ALT : 0);
    }

    /** {@code format(s, spec)} for a str. */
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = FormatSpec.parse(spec, "str", 's', '<');
        if (f.type != 's') {
            throw FormatSpec.unknownType(f.type, "str");
        }
        if (f.sign != 0) {
            throw NumericError.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw NumericError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw NumericError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw NumericError.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if (f.precision >= 0 && len > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, (int) f.precision));
            len = (int) f.precision;
        }
        return pad(s, len, f);
    }

    /** Pads a whole string to the width by alignment (the non-numeric case). */
    private static String pad(String s, long len, FormatSpec f) {
        if (f.width <= len) {
            return s;
        }
        checkWidth(f.width);
        long padding = f.width - len;
        long left = f.align == '>' ? padding : f.align == '^' ? padding / 2 : 0;
        StringBuilder b = new StringBuilder();
        repeat(b, f.fill, left);
        b.append(s);
        repeat(b, f.fill, padding - left);
        return b.toString();
    }

    /** A width no Java string can have is CPython's MemoryError (its allocation would fail). */
    private static void checkWidth(long width) {
        if (width > Integer.MAX_VALUE - 8) {
            throw new NumericError("MemoryError", "");
        }
    }

    private static void repeat(StringBuilder b, int cp, long n) {
        for (long i = 0; i < n; i++) {
            b.appendCodePoint(cp);
        }
    }

    private static String intInternal(Object v, FormatSpec f, int maxDigits) {
        if (f.precision != -1) {
            throw NumericError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw NumericError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        boolean negative = IntMath.signum(v) < 0;
        String prefix = "";
        String digits;
        int groupSize = 3;
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw NumericError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw NumericError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!(v instanceof Long)) {
                throw NumericError.overflow("Python int too large to convert to C long");
            }
            long x = (Long) v;
            if (x < 0 || x > 0x10ffff) {
                throw NumericError.overflow("%c arg not in range(0x110000)");
            }
            digits = new String(Character.toChars((int) x));
            negative = false;
        } else {
            int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : f.type == 'x' || f.type == 'X' ? 16 : 10;
            Object abs = IntMath.abs(v);
            digits = base == 10 ? IntText.toDecimal(abs, maxDigits) : IntText.toRadix(abs, base);
            if (f.type == 'X') {
                digits = digits.toUpperCase();
            }
            if (base != 10) {
                groupSize = 4;
                if (f.alternate) {
                    prefix = "0" + (char) f.type;
                }
            }
        }
        return number(f, negative, prefix, digits, "", f.grouping == 0 ? 0 : groupSize);
    }

    private static String floatInternal(double val, FormatSpec f) {
        int type = f.type;
        int precision = f.precision < 0 ? -1 : (int) Math.min(f.precision, Integer.MAX_VALUE);
        int defaultPrecision = 6;
        int flags = f.alternate ? FloatText.ALT : 0;
        if (type == 0) {
            flags |= FloatText.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char lower = Character.toLowerCase((char) type);
        boolean negative = Math.copySign(1.0, val) < 0 && !Double.isNaN(val);
        String body;
        if (Double.isNaN(val)) {
            body = "nan";
        } else if (Double.isInfinite(val)) {
            body = "inf";
        } else {
            body = FloatText.formatAbs(Math.abs(val), lower, precision, flags);
            if (negative && f.noNegZero && allZero(body)) {
                negative = false;
            }
        }
        if (upper) {
            body = body.toUpperCase();
        }
        if (percent) {
            body += "%";
        }
        int n = 0;
        while (n < body.length() && body.charAt(n) >= '0' && body.charAt(n) <= '9') {
            n++;
        }
        return number(f, negative, "", body.substring(0, n), body.substring(n), f.grouping == 0 ? 0 : 3);
    }

    private static boolean allZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e') {
                return true;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Lays out a number ({@code calc_number_widths} and {@code fill_number}). */
    private static String number(FormatSpec f, boolean negative, String prefix, String digits, String remainder, int groupSize) {
        checkWidth(f.width);
        String sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        long fixed = sign.length() + prefix.length() + remainder.length();
        long minWidth = f.fill == '0' && f.align == '=' ? f.width - fixed : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupSize, f.grouping == '_' ? '_' : ',');
        long total = fixed + grouped.codePointCount(0, grouped.length());
        long padding = f.width - total;
        long left = 0;
        long middle = 0;
        long right = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    middle = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }
        StringBuilder b = new StringBuilder();
        repeat(b, f.fill, left);
        b.append(sign).append(prefix);
        repeat(b, f.fill, middle);
        b.append(grouped).append(remainder);
        repeat(b, f.fill, right);
        return b.toString();
    }

    /**
     * {@code digits} grouped by {@code groupSize} (0: no grouping) and zero-padded to
     * {@code minWidth} ({@code _PyUnicode_InsertThousandsGrouping}).
     */
    private static String group(String digits, long minWidth, int groupSize, char sep) {
        StringBuilder rev = new StringBuilder();
        long remaining = digits.length();
        int src = digits.length();
        boolean useSep = false;
        boolean broken = false;
        if (groupSize > 0) {
            while (true) {
                long l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                long chars = Math.max(0, Math.min(remaining, l));
                long zeros = Math.max(0, l - remaining);
                if (useSep) {
                    rev.append(sep);
                }
                for (long i = 0; i < chars; i++) {
                    rev.append(digits.charAt(--src));
                }
                repeatChar(rev, '0', zeros);
                useSep = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            long chars = Math.max(0, Math.min(remaining, l));
            long zeros = Math.max(0, l - remaining);
            if (useSep) {
                rev.append(sep);
            }
            for (long i = 0; i < chars; i++) {
                rev.append(digits.charAt(--src));
            }
            repeatChar(rev, '0', zeros);
        }
        return rev.reverse().toString();
    }

    private static void repeatChar(StringBuilder b, char c, long n) {
        for (long i = 0; i < n; i++) {
            b.append(c);
        }
    }

}
