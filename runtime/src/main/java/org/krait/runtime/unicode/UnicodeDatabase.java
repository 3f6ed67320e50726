package org.krait.runtime.unicode;

/**
 * The per-character properties of CPython 3.11's {@code unicodedata} module (Unicode 14.0.0).
 * Code points outside 0..0x10FFFF answer as an unassigned code point.
 */
public final class UnicodeDatabase {
    private UnicodeDatabase() {
    }

    /** {@code unicodedata.unidata_version}: "14.0.0". */
    public static final String UNIDATA_VERSION = UcdTables.UNIDATA_VERSION;

    private static final int[] DECOMP = UcdData.ints(UcdTables.DECOMP);
    private static final char[] DECOMP_INDEX1 = UcdTables.DECOMP_INDEX1.toCharArray();
    private static final char[] DECOMP_INDEX2 = UcdTables.DECOMP_INDEX2.toCharArray();

    /** {@code unicodedata.category(chr(cp))}: the two-letter general category ("Lu", "Cn"...). */
    public static String category(int cp) {
        return UcdTables.CATEGORIES[UcdData.PROPS[UcdData.record(cp)] & 0x1F];
    }

    /** {@code unicodedata.bidirectional(chr(cp))}: the bidi class, "" when unassigned. */
    public static String bidirectional(int cp) {
        return UcdTables.BIDI[(UcdData.PROPS[UcdData.record(cp)] >> 5) & 0x1F];
    }

    /** {@code unicodedata.east_asian_width(chr(cp))}: "N", "A", "H", "W", "F" or "Na". */
    public static String eastAsianWidth(int cp) {
        return UcdTables.EAST_ASIAN_WIDTH[(UcdData.PROPS[UcdData.record(cp)] >> 10) & 7];
    }

    /** {@code unicodedata.mirrored(chr(cp))}: 1 if the character is mirrored in bidi text, else 0. */
    public static int mirrored(int cp) {
        return (UcdData.PROPS[UcdData.record(cp)] >> 13) & 1;
    }

    /** {@code unicodedata.combining(chr(cp))}: the canonical combining class, 0..254. */
    public static int combining(int cp) {
        return UcdData.DIGITS[UcdData.record(cp)] & 0xFF;
    }

    /** {@code unicodedata.decimal(chr(cp), -1)}: the decimal digit value, or -1. */
    public static int decimal(int cp) {
        return ((UcdData.DIGITS[UcdData.record(cp)] >> 8) & 0xF) - 1;
    }

    /** {@code unicodedata.digit(chr(cp), -1)}: the digit value, or -1. */
    public static int digit(int cp) {
        return (UcdData.DIGITS[UcdData.record(cp)] >> 12) - 1;
    }

    /** {@code unicodedata.numeric(chr(cp), None)}: the numeric value, or NaN when there is none. */
    public static double numeric(int cp) {
        int index = UcdData.NUMERIC_INDEX[UcdData.record(cp)];
        return index == 0 ? Double.NaN : UcdTables.NUMERIC_VALUES[index - 1];
    }

    /** {@code unicodedata.decomposition(chr(cp))}: e.g. "&lt;compat&gt; 0020 0308", "" if none. */
    public static String decomposition(int cp) {
        int at = decompositionOffset(cp);
        if (at == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(UcdTables.DECOMP_TAGS[DECOMP[at] >> 8]);
        for (int i = 1, n = DECOMP[at] & 0xFF; i <= n; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String hex = Integer.toHexString(DECOMP[at + i]).toUpperCase();
            out.append("0000", 0, Math.max(0, 4 - hex.length())).append(hex);
        }
        return out.toString();
    }

    /** Offset of {@code cp}'s decomposition in {@link #decompositionData()}, 0 if it has none. */
    static int decompositionOffset(int cp) {
        return UcdData.lookup(DECOMP_INDEX1, DECOMP_INDEX2, UcdTables.DECOMP_SHIFT, cp);
    }

    /** Decompositions: at an offset, tag index << 8 | length, then the code points (shared, read only). */
    static int[] decompositionData() {
        return DECOMP;
    }
}
