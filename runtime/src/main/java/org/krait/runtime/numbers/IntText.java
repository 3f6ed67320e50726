package org.krait.runtime.numbers;

import java.math.BigInteger;

/**
 * Python int to and from text: {@code int(str, base)}, {@code str}/{@code repr}, {@code bin},
 * {@code oct}, {@code hex}, with 3.11's limit on decimal conversions
 * ({@code sys.get_int_max_str_digits()}, passed in as {@code maxDigits}; 0 means no limit).
 */
public final class IntText {
    private IntText() {
    }

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * {@code int(s, base)} for a str ({@code PyLong_FromUnicodeObject}): base 0 or 2..36, optional
     * sign, prefix and single underscores between digits, surrounding whitespace, Unicode decimal
     * digits.
     */
    public static Object parse(String s, int base, int maxDigits) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw NumericError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        Object r = parseAscii(Ascii.strip(Ascii.transform(s)), base, maxDigits);
        if (r == null) {
            throw NumericError.valueError("invalid literal for int() with base " + base + ": " + truncate(Repr.str(s), 200));
        }
        return r;
    }

    private static String truncate(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** The value, or null for a syntax error ({@code PyLong_FromString}). */
    private static Object parseAscii(String t, int base, int maxDigits) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean base0 = base == 0;
        if (base0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = prefixed;
        if (prefixed && i < n && t.charAt(i) == '_') {
            i++;
            lastUnderscore = true;
        } else {
            lastUnderscore = false;
        }
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (lastUnderscore || digits.length() == 0) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (c >= 0x80 || d < 0) {
                return null;
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        if (base0 && !prefixed && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return null;
                }
            }
        }
        if ((base & (base - 1)) != 0 && maxDigits > 0 && digits.length() > maxDigits) {
            throw NumericError.valueError("Exceeds the limit (" + maxDigits
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (digits.length() <= 18 && base <= 10 || digits.length() <= 12) {
            long v = Long.parseLong(digits.toString(), base);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return IntMath.normalize(negative ? v.negate() : v);
    }

    /** {@code str(v)} and {@code repr(v)} ({@code long_to_decimal_string}). */
    public static String toDecimal(Object v, int maxDigits) {
        if (v instanceof Long) {
            return Long.toString((Long) v);
        }
        BigInteger b = (BigInteger) v;
        if (maxDigits > 0 && b.bitLength() > (long) maxDigits * 3.3219280948873626 + 2) {
            throw limitError(maxDigits);
        }
        String s = b.toString();
        if (maxDigits > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > maxDigits) {
            throw limitError(maxDigits);
        }
        return s;
    }

    private static NumericError limitError(int maxDigits) {
        return NumericError.valueError("Exceeds the limit (" + maxDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code bin(v)}. */
    public static String bin(Object v) {
        return prefixed(v, 2, "0b");
    }

    /** {@code oct(v)}. */
    public static String oct(Object v) {
        return prefixed(v, 8, "0o");
    }

    /** {@code hex(v)}. */
    public static String hex(Object v) {
        return prefixed(v, 16, "0x");
    }

    private static String prefixed(Object v, int radix, String prefix) {
        String digits = toRadix(v, radix);
        return digits.startsWith("-") ? "-" + prefix + digits.substring(1) : prefix + digits;
    }

    /** Digits of {@code v} in {@code radix} (lower case), with '-' when negative; no limit applies. */
    static String toRadix(Object v, int radix) {
        return v instanceof Long ? Long.toString((Long) v, radix) : ((BigInteger) v).toString(radix);
    }
}
