package org.krait.runtime.unicode;

import java.util.Arrays;

/**
 * CPython 3.11's full case mappings ({@code _PyUnicode_ToLowerFull} and friends, with
 * SpecialCasing) and the whole-string case methods of {@code str} built on them ({@code
 * do_lower}, {@code do_upper}, {@code do_title}, {@code do_capitalize}, {@code do_swapcase},
 * {@code do_casefold} in {@code Objects/unicodeobject.c}). A character maps to 1 to 3 code
 * points; the per-character methods write them into {@code out} (length at least 3) and return
 * how many.
 */
public final class CaseMapping {
    private CaseMapping() {
    }

    private static final int CAPITAL_SIGMA = 0x3A3;
    private static final int FINAL_SIGMA = 0x3C2;
    private static final int SMALL_SIGMA = 0x3C3;

    private static final int LOWER = 0;
    private static final int UPPER = 1;
    private static final int TITLE = 2;
    private static final int FOLD = 3;

    /** {@code _PyUnicode_ToLowerFull}: {@code chr(cp).lower()} (U+03A3 gives U+03C3 here). */
    public static int lower(int cp, int[] out) {
        if (cp < 128 && cp >= 0) {
            out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
            return 1;
        }
        return map(cp, LOWER, out);
    }

    /** {@code _PyUnicode_ToUpperFull}: {@code chr(cp).upper()}, e.g. 'ß' gives "SS". */
    public static int upper(int cp, int[] out) {
        if (cp < 128 && cp >= 0) {
            out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
            return 1;
        }
        return map(cp, UPPER, out);
    }

    /** {@code _PyUnicode_ToTitleFull}: {@code chr(cp).title()}, e.g. 'ǆ' gives 'ǅ'. */
    public static int title(int cp, int[] out) {
        if (cp < 128 && cp >= 0) {
            out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
            return 1;
        }
        return map(cp, TITLE, out);
    }

    /** {@code _PyUnicode_ToFoldedFull}: {@code chr(cp).casefold()}, e.g. 'ß' gives "ss". */
    public static int fold(int cp, int[] out) {
        if (cp < 128 && cp >= 0) {
            return lower(cp, out);
        }
        return map(cp, FOLD, out);
    }

    private static int map(int cp, int which, int[] out) {
        int r = UcdData.record(cp);
        if ((UcdData.FLAGS[r] & UcdTables.EXT_CASE) == 0) {
            short[] deltas = which == LOWER ? UcdData.LOWER
                    : which == UPPER ? UcdData.UPPER : which == TITLE ? UcdData.TITLE : UcdData.FOLD;
            out[0] = cp + deltas[r];
            return 1;
        }
        int[] ext = UcdData.CASE_EXT;
        int at = UcdData.LOWER[r] & 0xFFFF;
        for (int i = 0; i < which; i++) {
            at += ext[at] + 1;
        }
        int n = ext[at];
        System.arraycopy(ext, at + 1, out, 0, n);
        return n;
    }

    /** {@code str.lower()}: per-character lower mapping, U+03A3 by the final sigma rule. */
    public static int[] lower(int[] s) {
        if (isAscii(s)) {
            int[] r = s.clone();
            for (int i = 0; i < r.length; i++) {
                if (r[i] >= 'A' && r[i] <= 'Z') {
                    r[i] += 32;
                }
            }
            return r;
        }
        Builder b = new Builder(s.length);
        for (int i = 0; i < s.length; i++) {
            b.lower(s, i);
        }
        return b.result();
    }

    /** {@code str.upper()}: the full upper mapping of every character. */
    public static int[] upper(int[] s) {
        if (isAscii(s)) {
            int[] r = s.clone();
            for (int i = 0; i < r.length; i++) {
                if (r[i] >= 'a' && r[i] <= 'z') {
                    r[i] -= 32;
                }
            }
            return r;
        }
        Builder b = new Builder(s.length);
        for (int cp : s) {
            b.n = upper(cp, b.buf);
            b.flush();
        }
        return b.result();
    }

    /** {@code str.casefold()}: the full case folding of every character. */
    public static int[] casefold(int[] s) {
        if (isAscii(s)) {
            return lower(s);
        }
        Builder b = new Builder(s.length);
        for (int cp : s) {
            b.n = fold(cp, b.buf);
            b.flush();
        }
        return b.result();
    }

    /**
     * {@code str.title()}: a character after a cased one is lowered (final sigma rule
     * included), any other is title-cased.
     */
    public static int[] title(int[] s) {
        Builder b = new Builder(s.length);
        boolean previousCased = false;
        for (int i = 0; i < s.length; i++) {
            int cp = s[i];
            if (previousCased) {
                b.lower(s, i);
            } else {
                b.n = title(cp, b.buf);
                b.flush();
            }
            previousCased = CharTypes.isCased(cp);
        }
        return b.result();
    }

    /** {@code str.capitalize()}: the first character title-cased, the rest lowered. */
    public static int[] capitalize(int[] s) {
        Builder b = new Builder(s.length);
        for (int i = 0; i < s.length; i++) {
            if (i == 0) {
                b.n = title(s[0], b.buf);
                b.flush();
            } else {
                b.lower(s, i);
            }
        }
        return b.result();
    }

    /** {@code str.swapcase()}: upper characters lowered (final sigma rule), lower ones uppered. */
    public static int[] swapcase(int[] s) {
        Builder b = new Builder(s.length);
        for (int i = 0; i < s.length; i++) {
            int cp = s[i];
            if (CharTypes.isUpper(cp)) {
                b.lower(s, i);
            } else if (CharTypes.isLower(cp)) {
                b.n = upper(cp, b.buf);
                b.flush();
            } else {
                b.buf[0] = cp;
                b.n = 1;
                b.flush();
            }
        }
        return b.result();
    }

    /**
     * CPython's {@code handle_capital_sigma}: the lower case of the U+03A3 at {@code i} is
     * final sigma (U+03C2) when, skipping case-ignorable characters, a cased character precedes
     * it and none follows it; otherwise U+03C3.
     */
    public static int lowerSigma(int[] s, int i) {
        int j = i - 1;
        while (j >= 0 && CharTypes.isCaseIgnorable(s[j])) {
            j--;
        }
        if (j < 0 || !CharTypes.isCased(s[j])) {
            return SMALL_SIGMA;
        }
        j = i + 1;
        while (j < s.length && CharTypes.isCaseIgnorable(s[j])) {
            j++;
        }
        return j == s.length || !CharTypes.isCased(s[j]) ? FINAL_SIGMA : SMALL_SIGMA;
    }

    private static boolean isAscii(int[] s) {
        for (int cp : s) {
            if (cp >>> 7 != 0) {
                return false;
            }
        }
        return true;
    }

    /** Accumulates mapped code points; {@code buf} holds one character's mapping. */
    private static final class Builder {
        final int[] buf = new int[3];
        int n;
        int[] out;
        int size;

        Builder(int capacity) {
            out = new int[capacity];
        }

        void lower(int[] s, int i) {
            if (s[i] == CAPITAL_SIGMA) {
                buf[0] = lowerSigma(s, i);
                n = 1;
            } else {
                n = CaseMapping.lower(s[i], buf);
            }
            flush();
        }

        void flush() {
            if (size + n > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + n));
            }
            for (int k = 0; k < n; k++) {
                out[size++] = buf[k];
            }
        }

        int[] result() {
            return size == out.length ? out : Arrays.copyOf(out, size);
        }
    }
}
