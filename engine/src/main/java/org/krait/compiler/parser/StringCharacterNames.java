package org.krait.compiler.parser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the name in a {@code \N{NAME}} escape as CPython 3.11's {@code unicodedata} does
 * (Unicode 14.0, name aliases, algorithmic Hangul syllable and CJK ideograph names, names
 * case-insensitive, named sequences refused), on top of Java's own character names.
 */
final class StringCharacterNames {
    private StringCharacterNames() {
    }

    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** CPython 3.11's unified-ideograph ranges, inclusive pairs. */
    private static final int[] CJK_RANGES = {
        0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B738, 0x2B740, 0x2B81D,
        0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A};

    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";

    /** Built on first use: upper-cased extra names, and code points whose Java name CPython refuses. */
    private static final class Tables {
        static final Map<String, Integer> EXTRA = new HashMap<>();
        static final Set<Integer> REJECTED = new HashSet<>();

        static {
            for (String line : StringCharacterNameTable.EXTRA.split("\n")) {
                int semi = line.indexOf(';');
                EXTRA.put(line.substring(semi + 1), Integer.parseInt(line.substring(0, semi), 16));
            }
            for (String line : StringCharacterNameTable.REJECTED.split("\n")) {
                REJECTED.add(Integer.parseInt(line, 16));
            }
        }
    }

    /** The code point named {@code name}, or -1 if CPython 3.11 knows no such name. */
    static int lookup(String name) {
        if (name.startsWith(HANGUL)) {
            return hangul(name.substring(HANGUL.length()));
        }
        if (name.startsWith(CJK)) {
            return ideograph(name.substring(CJK.length()));
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer extra = Tables.EXTRA.get(upper);
        if (extra != null) {
            return extra;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // Java also accepts padded names and its own "BLOCK NAME HEX" names of unnamed characters.
        String javaName = Character.getName(cp);
        if (javaName == null || !javaName.equals(upper) || Tables.REJECTED.contains(cp)) {
            return -1;
        }
        return cp;
    }

    private static int hangul(String jamo) {
        int[] pos = {0};
        int l = longestJamo(jamo, pos, JAMO_L);
        int v = longestJamo(jamo, pos, JAMO_V);
        int t = longestJamo(jamo, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != jamo.length()) {
            return -1;
        }
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    /** Index of the longest entry of {@code table} at {@code pos[0]} (advancing it), or -1. */
    private static int longestJamo(String s, int[] pos, String[] table) {
        int best = -1;
        for (int i = 0; i < table.length; i++) {
            if (s.startsWith(table[i], pos[0]) && (best < 0 || table[i].length() > table[best].length())) {
                best = i;
            }
        }
        if (best >= 0) {
            pos[0] += table[best].length();
        }
        return best;
    }

    private static int ideograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            cp = cp * 16 + d;
        }
        for (int i = 0; i < CJK_RANGES.length; i += 2) {
            if (cp >= CJK_RANGES[i] && cp <= CJK_RANGES[i + 1]) {
                return cp;
            }
        }
        return -1;
    }
}
