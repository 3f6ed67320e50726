package org.krait.runtime.bytecode;

import java.io.ByteArrayOutputStream;

/**
 * {@code co_exceptiontable} in CPython 3.11's format: entries of (start, length, target,
 * depth << 1 | lasti), all in code units, each number a big-endian varint of 6-bit groups with
 * bit 6 as "more follows" and bit 7 marking an entry's first byte.
 */
public final class ExceptionTable {

    /** One decoded entry; {@code end} is exclusive. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {
    }

    private ExceptionTable() {
    }

    /** Encodes entries, which must be sorted by start and not overlap. */
    public static byte[] encode(java.util.List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            writeVarint(out, e.start, true);
            writeVarint(out, e.end - e.start, false);
            writeVarint(out, e.target, false);
            writeVarint(out, (e.depth << 1) | (e.lasti ? 1 : 0), false);
        }
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, int value, boolean first) {
        int shift = 0;
        while ((value >>> (shift + 6)) != 0) {
            shift += 6;
        }
        boolean start = first;
        for (; shift >= 0; shift -= 6) {
            int b = (value >>> shift) & 0x3f;
            if (shift > 0) {
                b |= 0x40;
            }
            if (start) {
                b |= 0x80;
                start = false;
            }
            out.write(b);
        }
    }

    /** Decodes a table. */
    public static Entry[] decode(byte[] table) {
        java.util.List<Entry> out = new java.util.ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = readVarint(table, pos);
            int length = readVarint(table, pos);
            int target = readVarint(table, pos);
            int dl = readVarint(table, pos);
            out.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out.toArray(new Entry[0]);
    }

    private static int readVarint(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xff;
        int v = b & 0x3f;
        while ((b & 0x40) != 0) {
            b = t[pos[0]++] & 0xff;
            v = (v << 6) | (b & 0x3f);
        }
        return v;
    }
}
