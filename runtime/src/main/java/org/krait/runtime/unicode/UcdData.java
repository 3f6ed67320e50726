package org.krait.runtime.unicode;

/**
 * The decoded property tables: one record per distinct combination of properties, found through
 * a two-level table indexed by code point. Decoding happens once, when the class initialises.
 */
final class UcdData {
    private UcdData() {
    }

    private static final int SHIFT = UcdTables.PROPS_SHIFT;
    private static final int MASK = (1 << SHIFT) - 1;
    private static final char[] INDEX1 = UcdTables.PROPS_INDEX1.toCharArray();
    private static final char[] INDEX2 = UcdTables.PROPS_INDEX2.toCharArray();

    /** Per record: category | bidi << 5 | east asian width << 10 | mirrored << 13. */
    static final char[] PROPS;
    /** Per record: combining class | (decimal + 1) << 8 | (digit + 1) << 12. */
    static final char[] DIGITS;
    /** Per record: the UcdTables flag bits. */
    static final char[] FLAGS;
    /** Per record: 1 + index into UcdTables.NUMERIC_VALUES, or 0 when the character has no value. */
    static final char[] NUMERIC_INDEX;
    /** Per record: lower, upper, title, fold deltas (or, with EXT_CASE, CASE_EXT offset first). */
    static final short[] LOWER;
    static final short[] UPPER;
    static final short[] TITLE;
    static final short[] FOLD;
    /** Flags of the ASCII code points, for the fast paths. */
    static final char[] ASCII_FLAGS = new char[128];
    /** The full case mappings of EXT_CASE records. */
    static final int[] CASE_EXT = ints(UcdTables.CASE_EXT);

    static {
        char[] raw = UcdTables.RECORDS.toCharArray();
        int n = raw.length / UcdTables.RECORD_SIZE;
        PROPS = new char[n];
        DIGITS = new char[n];
        FLAGS = new char[n];
        NUMERIC_INDEX = new char[n];
        LOWER = new short[n];
        UPPER = new short[n];
        TITLE = new short[n];
        FOLD = new short[n];
        for (int r = 0, at = 0; r < n; r++, at += UcdTables.RECORD_SIZE) {
            PROPS[r] = raw[at];
            DIGITS[r] = raw[at + 1];
            FLAGS[r] = raw[at + 2];
            NUMERIC_INDEX[r] = raw[at + 3];
            LOWER[r] = (short) raw[at + 4];
            UPPER[r] = (short) raw[at + 5];
            TITLE[r] = (short) raw[at + 6];
            FOLD[r] = (short) raw[at + 7];
        }
        for (int cp = 0; cp < 128; cp++) {
            ASCII_FLAGS[cp] = FLAGS[record(cp)];
        }
    }

    /** The record number of {@code cp}; values outside 0..0x10FFFF get U+10FFFF's (unassigned). */
    static int record(int cp) {
        if (cp >>> 16 > 0x10) {
            cp = 0x10FFFF;
        }
        return INDEX2[(INDEX1[cp >>> SHIFT] << SHIFT) | (cp & MASK)];
    }

    /** The flag bits of {@code cp}. */
    static int flags(int cp) {
        return cp < 128 && cp >= 0 ? ASCII_FLAGS[cp] : FLAGS[record(cp)];
    }

    /** Looks {@code cp} up in a generated two-level char table. */
    static int lookup(char[] index1, char[] index2, int shift, int cp) {
        if (cp >>> 16 > 0x10) {
            return 0;
        }
        return index2[(index1[cp >>> shift] << shift) | (cp & ((1 << shift) - 1))];
    }

    /** Decodes the generator's int encoding: one char below 0x8000, else two chars. */
    static int[] ints(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++, count++) {
            if (s.charAt(i) >= 0x8000) {
                i++;
            }
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; i < s.length(); i++, k++) {
            char c = s.charAt(i);
            out[k] = c < 0x8000 ? c : (c & 0x7FFF) << 16 | s.charAt(++i);
        }
        return out;
    }
}
