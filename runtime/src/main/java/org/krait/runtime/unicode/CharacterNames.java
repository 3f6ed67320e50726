package org.krait.runtime.unicode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character names of CPython 3.11's {@code unicodedata} (Unicode 14.0.0): {@code name},
 * {@code lookup} (with name aliases and named sequences) and the resolution of {@code \N{...}}
 * escapes. Tables load on first use; the reverse index is built on the first lookup.
 */
public final class CharacterNames {
    private CharacterNames() {
    }

    /** CPython's {@code NAME_MAXLEN}: longer names make {@code lookup} raise "name too long". */
    public static final int NAME_MAXLEN = 256;

    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
        "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
        "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
        "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
        "P", "H"};

    /** The decoded name tables, loaded when a name is first needed. */
    private static final class Names {
        static final String NAMES = UcdNameTables.NAMES;
        /** Runs of named code points: first code point, last, ordinal of the first name. */
        static final int[] RUN_FIRST;
        static final int[] RUN_LAST;
        static final int[] RUN_ORDINAL;
        /** Offset in NAMES of every RESTART-th name (those stored whole). */
        static final int[] RESTARTS;

        static {
            int[] runs = UcdData.ints(UcdNameTables.NAME_RUNS);
            int n = runs.length / 2;
            RUN_FIRST = new int[n];
            RUN_LAST = new int[n];
            RUN_ORDINAL = new int[n];
            for (int i = 0, ordinal = 0; i < n; i++) {
                RUN_FIRST[i] = runs[2 * i];
                RUN_LAST[i] = runs[2 * i] + runs[2 * i + 1] - 1;
                RUN_ORDINAL[i] = ordinal;
                ordinal += runs[2 * i + 1];
            }
            int count = 0;
            for (int at = NAMES.indexOf('\n'); at >= 0; at = NAMES.indexOf('\n', at + 1)) {
                count++;
            }
            RESTARTS = new int[(count + UcdNameTables.RESTART - 1) / UcdNameTables.RESTART];
            for (int i = 0, at = 0; at < NAMES.length(); i++, at = NAMES.indexOf('\n', at) + 1) {
                if (i % UcdNameTables.RESTART == 0) {
                    RESTARTS[i / UcdNameTables.RESTART] = at;
                }
            }
        }

        /** The 0-based ordinal of {@code cp}'s explicit name, or -1 if it has none. */
        static int ordinal(int cp) {
            int i = Arrays.binarySearch(RUN_FIRST, cp);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && cp <= RUN_LAST[i] ? RUN_ORDINAL[i] + cp - RUN_FIRST[i] : -1;
        }

        /** The name of the given 0-based ordinal. */
        static String name(int ordinal) {
            int at = RESTARTS[ordinal / UcdNameTables.RESTART];
            StringBuilder b = new StringBuilder();
            for (int i = ordinal % UcdNameTables.RESTART; i >= 0; i--) {
                at = next(b, at);
            }
            return b.toString();
        }

        /** Decodes the name at {@code at} over the previous one in {@code b}; returns the next offset. */
        static int next(StringBuilder b, int at) {
            b.setLength(NAMES.charAt(at) - 11);
            int end = NAMES.indexOf('\n', at);
            b.append(NAMES, at + 1, end);
            return end + 1;
        }
    }

    /** Upper-cased names, aliases and named sequences mapped to their code points. */
    private static final class Index {
        static final Map<String, int[]> BY_NAME = new HashMap<>(1 << 16);
        static final Map<String, Integer> ALIASES = new HashMap<>();

        static {
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (int i = 0; i < Names.RUN_FIRST.length; i++) {
                for (int cp = Names.RUN_FIRST[i]; cp <= Names.RUN_LAST[i]; cp++) {
                    at = Names.next(b, at);
                    BY_NAME.put(b.toString(), new int[] {cp});
                }
            }
            for (String line : UcdNameTables.ALIASES.split("\n")) {
                int semi = line.indexOf(';');
                ALIASES.put(line.substring(semi + 1), Integer.parseInt(line.substring(0, semi), 16));
            }
            for (String line : UcdNameTables.SEQUENCES.split("\n")) {
                int semi = line.indexOf(';');
                String[] hex = line.substring(semi + 1).split(" ");
                int[] seq = new int[hex.length];
                for (int k = 0; k < hex.length; k++) {
                    seq[k] = Integer.parseInt(hex[k], 16);
                }
                BY_NAME.put(line.substring(0, semi), seq);
            }
        }
    }

    /** {@code unicodedata.name(chr(cp), None)}: the character's name, or null if it has none. */
    public static String name(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return HANGUL_PREFIX + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        for (int[] r : UcdNameTables.HEX_RANGES) {
            if (cp >= r[0] && cp <= r[1]) {
                return UcdNameTables.HEX_PREFIXES[r[2]] + "-" + hex(cp);
            }
        }
        int ordinal = Names.ordinal(cp);
        return ordinal < 0 ? null : Names.name(ordinal);
    }

    /**
     * {@code unicodedata.lookup(name)}: the code points named {@code name} (one, or several for
     * a named sequence), or null where CPython raises KeyError. Matching ignores ASCII case,
     * except for the algorithmic "HANGUL SYLLABLE " and "CJK UNIFIED IDEOGRAPH-" names, which
     * CPython matches exactly.
     */
    public static int[] lookup(String name) {
        return resolve(name, true);
    }

    /** The code point of {@code \N{name}} in a string literal (aliases, but no named sequences), or -1. */
    public static int codePointOf(String name) {
        int[] r = resolve(name, false);
        return r == null ? -1 : r[0];
    }

    private static int[] resolve(String name, boolean sequences) {
        if (name.length() > NAME_MAXLEN) {
            return null;
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            int cp = hangul(name);
            return cp < 0 ? null : new int[] {cp};
        }
        if (name.startsWith(CJK_PREFIX)) {
            int cp = cjk(name);
            return cp < 0 ? null : new int[] {cp};
        }
        String upper = asciiUpper(name);
        int[] found = Index.BY_NAME.get(upper);
        if (found != null) {
            return found.length == 1 || sequences ? found : null;
        }
        Integer alias = Index.ALIASES.get(upper);
        if (alias != null) {
            return new int[] {alias};
        }
        int dash = upper.lastIndexOf('-');
        if (dash > 0) {
            int cp = parseHex(upper, dash + 1, false);
            String prefix = upper.substring(0, dash);
            for (int[] r : UcdNameTables.HEX_RANGES) {
                if (cp >= r[0] && cp <= r[1] && r[2] != 0 && UcdNameTables.HEX_PREFIXES[r[2]].equals(prefix)
                        && hex(cp).equals(upper.substring(dash + 1))) {
                    return new int[] {cp};
                }
            }
        }
        return null;
    }

    /** CPython's syllable parser: longest initial, medial and final jamo names, exact case. */
    private static int hangul(String name) {
        int[] pos = {HANGUL_PREFIX.length()};
        int l = longest(name, pos, JAMO_L);
        int v = longest(name, pos, JAMO_V);
        int t = longest(name, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != name.length()) {
            return -1;
        }
        return 0xAC00 + (l * 21 + v) * 28 + t;
    }

    private static int longest(String s, int[] pos, String[] table) {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < table.length; i++) {
            String t = table[i];
            if (t.length() > bestLength && s.startsWith(t, pos[0])) {
                best = i;
                bestLength = t.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLength;
        }
        return best;
    }

    /** "CJK UNIFIED IDEOGRAPH-" then 4 or 5 upper-case hex digits naming a unified ideograph. */
    private static int cjk(String name) {
        int digits = name.length() - CJK_PREFIX.length();
        if (digits != 4 && digits != 5) {
            return -1;
        }
        int cp = parseHex(name, CJK_PREFIX.length(), true);
        for (int[] r : UcdNameTables.HEX_RANGES) {
            if (r[2] == 0 && cp >= r[0] && cp <= r[1]) {
                return cp;
            }
        }
        return -1;
    }

    private static int parseHex(String s, int from, boolean upperOnly) {
        if (from >= s.length() || s.length() - from > 6) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : !upperOnly && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return h.length() < 4 ? "0000".substring(h.length()) + h : h;
    }

    private static String asciiUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 0x80) {
                StringBuilder b = new StringBuilder(s.length());
                for (int k = 0; k < s.length(); k++) {
                    char d = s.charAt(k);
                    b.append(d >= 'a' && d <= 'z' ? (char) (d - 32) : d);
                }
                return b.toString();
            }
        }
        return s;
    }
}
