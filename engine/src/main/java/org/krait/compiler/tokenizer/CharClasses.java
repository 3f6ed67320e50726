package org.krait.compiler.tokenizer;

/** Membership tests for the code point classes of {@link UnicodeTables}, by binary search. */
final class CharClasses {
    private static final int[] XID_START = parse(UnicodeTables.XID_START);
    private static final int[] XID_CONTINUE = parse(UnicodeTables.XID_CONTINUE);
    private static final int[] PRINTABLE = parse(UnicodeTables.PRINTABLE);

    private CharClasses() {
    }

    /** XID_Start or '_' (what CPython accepts as the first code point of an identifier). */
    static boolean isXidStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return contains(XID_START, cp);
    }

    /** XID_Continue. */
    static boolean isXidContinue(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return contains(XID_CONTINUE, cp);
    }

    /** Python's {@code str.isprintable()} for one code point. */
    static boolean isPrintable(int cp) {
        return contains(PRINTABLE, cp);
    }

    /** {@code ranges} holds inclusive bounds in pairs, sorted. */
    private static boolean contains(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int[] parse(String table) {
        String[] items = table.split(",");
        int[] out = new int[items.length * 2];
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            int dash = item.indexOf('-');
            if (dash < 0) {
                out[2 * i] = out[2 * i + 1] = Integer.parseInt(item, 16);
            } else {
                out[2 * i] = Integer.parseInt(item.substring(0, dash), 16);
                out[2 * i + 1] = Integer.parseInt(item.substring(dash + 1), 16);
            }
        }
        return out;
    }
}
