package org.krait.runtime.unicode;

import java.util.Arrays;

/**
 * {@code unicodedata.normalize} and {@code unicodedata.is_normalized} of CPython 3.11 (Unicode
 * 14.0.0), from generated decomposition and composition data. Java's {@code
 * java.text.Normalizer} is not used: it implements Unicode 13.0 and gives different results for
 * characters added in 14.0 (for example the modifier letters U+10780..U+107BA).
 */
public final class Normalization {
    private Normalization() {
    }

    /** A normalization form, named as {@code unicodedata}'s {@code form} argument. */
    public enum Form {
        /** Canonical decomposition, then canonical composition. */
        NFC(false, true),
        /** Canonical decomposition. */
        NFD(false, false),
        /** Compatibility decomposition, then canonical composition. */
        NFKC(true, true),
        /** Compatibility decomposition. */
        NFKD(true, false);

        final boolean compat;
        final boolean compose;

        Form(boolean compat, boolean compose) {
            this.compat = compat;
            this.compose = compose;
        }

        /** The form called {@code name} ("NFC", "NFD", "NFKC", "NFKD"), or null (CPython: ValueError "invalid normalization form"). */
        public static Form of(String name) {
            switch (name) {
                case "NFC":
                    return NFC;
                case "NFD":
                    return NFD;
                case "NFKC":
                    return NFKC;
                case "NFKD":
                    return NFKD;
                default:
                    return null;
            }
        }
    }

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    /** Composition pairs as sorted keys first << 21 | second, and their composites. */
    private static final long[] PAIR_KEYS;
    private static final int[] PAIR_VALUES;

    static {
        int[] triples = UcdData.ints(UcdTables.COMPOSE);
        int n = triples.length / 3;
        PAIR_KEYS = new long[n];
        PAIR_VALUES = new int[n];
        for (int i = 0; i < n; i++) {
            PAIR_KEYS[i] = (long) triples[3 * i] << 21 | triples[3 * i + 1];
            PAIR_VALUES[i] = triples[3 * i + 2];
        }
    }

    /** {@code unicodedata.normalize(form, s)}; returns {@code s} itself when nothing changes. */
    public static int[] normalize(Form form, int[] s) {
        if (isTrivial(form, s)) {
            return s;
        }
        int[] d = decompose(s, form.compat);
        if (form.compose) {
            d = compose(d);
        }
        return Arrays.equals(d, s) ? s : d;
    }

    /** {@code unicodedata.is_normalized(form, s)}. */
    public static boolean isNormalized(Form form, int[] s) {
        return isTrivial(form, s) || normalize(form, s) == s;
    }

    /** Below U+00A0 no character decomposes, composes or has a nonzero combining class. */
    private static boolean isTrivial(Form form, int[] s) {
        for (int cp : s) {
            if (cp >= 0xA0 || cp < 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] decompose(int[] s, boolean compat) {
        int[] out = new int[s.length + 8];
        int size = 0;
        int[] stack = new int[32];
        int[] data = UnicodeDatabase.decompositionData();
        for (int cp : s) {
            int top = 0;
            stack[top++] = cp;
            while (top > 0) {
                int c = stack[--top];
                int at = UnicodeDatabase.decompositionOffset(c);
                int n = at == 0 ? 0 : data[at] & 0xFF;
                if (at != 0 && (compat || data[at] >> 8 == 0)) {
                    if (top + n > stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    for (int k = n; k >= 1; k--) {
                        stack[top++] = data[at + k];
                    }
                    continue;
                }
                if (size + 3 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (c >= S_BASE && c < S_BASE + S_COUNT) {
                    int index = c - S_BASE;
                    out[size++] = L_BASE + index / N_COUNT;
                    out[size++] = V_BASE + (index % N_COUNT) / T_COUNT;
                    if (index % T_COUNT != 0) {
                        out[size++] = T_BASE + index % T_COUNT;
                    }
                } else {
                    size = appendOrdered(out, size, c);
                }
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** Appends {@code c}, moving it before trailing characters of a higher combining class. */
    private static int appendOrdered(int[] out, int size, int c) {
        int ccc = UnicodeDatabase.combining(c);
        int i = size;
        if (ccc != 0) {
            while (i > 0) {
                int prev = UnicodeDatabase.combining(out[i - 1]);
                if (prev <= ccc) {
                    break;
                }
                out[i] = out[i - 1];
                i--;
            }
        }
        out[i] = c;
        return size + 1;
    }

    private static int[] compose(int[] d) {
        int[] out = new int[d.length];
        int size = 0;
        int starter = -1;
        int lastClass = -1;
        for (int c : d) {
            int ccc = UnicodeDatabase.combining(c);
            if (starter >= 0 && (lastClass == -1 || (lastClass != 0 && lastClass < ccc))) {
                int composite = composePair(out[starter], c);
                if (composite >= 0) {
                    out[starter] = composite;
                    continue;
                }
            }
            if (ccc == 0) {
                starter = size;
                lastClass = -1;
            } else {
                lastClass = ccc;
            }
            out[size++] = c;
        }
        return Arrays.copyOf(out, size);
    }

    /** The primary composite of {@code a} followed by {@code b}, or -1. */
    private static int composePair(int a, int b) {
        if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
            return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
        }
        if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0
                && b > T_BASE && b < T_BASE + T_COUNT) {
            return a + (b - T_BASE);
        }
        int i = Arrays.binarySearch(PAIR_KEYS, (long) a << 21 | b);
        return i >= 0 ? PAIR_VALUES[i] : -1;
    }
}
