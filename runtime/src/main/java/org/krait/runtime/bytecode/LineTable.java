package org.krait.runtime.bytecode;

import java.io.ByteArrayOutputStream;

/**
 * {@code co_linetable} in Krait's own format (simpler than CPython 3.11's, which also carries
 * columns): for each run of code units with the same line, a varint of the run length and a
 * zigzag varint of the line delta from the previous run (the first from {@code co_firstlineno}).
 * A line of -1 means "no line" (CPython's {@code None}).
 */
public final class LineTable {

    private LineTable() {
    }

    /** Encodes one line number per code unit. */
    public static byte[] encode(int[] lines, int firstLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int prev = firstLine;
        int i = 0;
        while (i < lines.length) {
            int j = i;
            while (j < lines.length && lines[j] == lines[i]) {
                j++;
            }
            write(out, j - i);
            int delta = lines[i] - prev;
            write(out, (delta << 1) ^ (delta >> 31));
            prev = lines[i];
            i = j;
        }
        return out.toByteArray();
    }

    /** Decodes to one line number per code unit. */
    public static int[] decode(byte[] table, int firstLine, int units) {
        int[] lines = new int[units];
        int[] pos = {0};
        int line = firstLine;
        int u = 0;
        while (pos[0] < table.length && u < units) {
            int run = read(table, pos);
            int zz = read(table, pos);
            line += (zz >>> 1) ^ -(zz & 1);
            for (int k = 0; k < run && u < units; k++) {
                lines[u++] = line;
            }
        }
        return lines;
    }

    private static void write(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int read(byte[] t, int[] pos) {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = t[pos[0]++] & 0xff;
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }
}
