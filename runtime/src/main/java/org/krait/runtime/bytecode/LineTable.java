package org.krait.runtime.bytecode;

import java.io.ByteArrayOutputStream;

/**
 * {@code co_linetable} in Krait's own format (simpler than CPython 3.11's, with the same
 * information): for each run of code units with the same source range, varints of the run
 * length, the zig-zag line delta from the previous run (the first from {@code co_firstlineno}),
 * the zig-zag end-line delta from the line, and the start and end UTF-8 columns plus one (0 means
 * unknown, CPython's {@code None}). A line of -1 means "no line".
 */
public final class LineTable {

    private LineTable() {
    }

    /** Encodes one line number per code unit (no columns). */
    public static byte[] encode(int[] lines, int firstLine) {
        int[][] pos = new int[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            pos[i] = new int[] {lines[i], lines[i], -1, -1};
        }
        return encode(pos, firstLine);
    }

    /** Encodes {line, endLine, col, endCol} per code unit. */
    public static byte[] encode(int[][] pos, int firstLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int prev = firstLine;
        int i = 0;
        while (i < pos.length) {
            int j = i;
            while (j < pos.length && java.util.Arrays.equals(pos[j], pos[i])) {
                j++;
            }
            int[] p = pos[i];
            write(out, j - i);
            write(out, zigzag(p[0] - prev));
            write(out, zigzag((p[1] < 0 ? p[0] : p[1]) - p[0]));
            write(out, p[2] + 1);
            write(out, p[3] + 1);
            prev = p[0];
            i = j;
        }
        return out.toByteArray();
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int unzigzag(int z) {
        return (z >>> 1) ^ -(z & 1);
    }

    /** Decodes to one line number per code unit. */
    public static int[] decode(byte[] table, int firstLine, int units) {
        int[][] pos = positions(table, firstLine, units);
        int[] lines = new int[units];
        for (int i = 0; i < units; i++) {
            lines[i] = pos[i][0];
        }
        return lines;
    }

    /** Decodes to {line, endLine, col, endCol} per code unit (-1 for unknown columns). */
    public static int[][] positions(byte[] table, int firstLine, int units) {
        int[][] out = new int[units][];
        int[] at = {0};
        int line = firstLine;
        int u = 0;
        while (at[0] < table.length && u < units) {
            int run = read(table, at);
            line += unzigzag(read(table, at));
            int endLine = line + unzigzag(read(table, at));
            int col = read(table, at) - 1;
            int endCol = read(table, at) - 1;
            for (int k = 0; k < run && u < units; k++) {
                out[u++] = new int[] {line, endLine, col, endCol};
            }
        }
        while (u < units) {
            out[u++] = new int[] {line, line, -1, -1};
        }
        return out;
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
