package org.krait.runtime.marshal;

import java.io.ByteArrayOutputStream;
import org.krait.runtime.objects.Codecs;
import org.krait.runtime.objects.PyStr;

/**
 * UTF-8 with CPython's {@code surrogatepass} handler, code point by code point (a Java string
 * would merge two lone surrogates into a pair): how marshal stores non-ASCII str.
 */
final class Utf8 {

    private Utf8() {
    }

    static byte[] encode(PyStr s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            } else {
                out.write(0xf0 | c >> 18);
                out.write(0x80 | c >> 12 & 0x3f);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    /** The str of {@code b[off, off+len)}; invalid UTF-8 raises the codec's UnicodeDecodeError. */
    static PyStr decode(byte[] b, int off, int len) {
        int[] cps = new int[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b0 = b[i] & 0xff;
            int need;
            int c;
            int min;
            if (b0 < 0x80) {
                cps[n++] = b0;
                i++;
                continue;
            } else if (b0 >= 0xc2 && b0 < 0xe0) {
                need = 1;
                c = b0 & 0x1f;
                min = 0x80;
            } else if (b0 >= 0xe0 && b0 < 0xf0) {
                need = 2;
                c = b0 & 0x0f;
                min = 0x800;
            } else if (b0 >= 0xf0 && b0 < 0xf5) {
                need = 3;
                c = b0 & 0x07;
                min = 0x10000;
            } else {
                return invalid(b, off, len);
            }
            if (i + need >= end) {
                return invalid(b, off, len);
            }
            for (int k = 1; k <= need; k++) {
                int bk = b[i + k] & 0xff;
                if ((bk & 0xc0) != 0x80) {
                    return invalid(b, off, len);
                }
                c = c << 6 | bk & 0x3f;
            }
            if (c < min || c > 0x10ffff) {
                return invalid(b, off, len);
            }
            cps[n++] = c;
            i += need + 1;
        }
        return PyStr.ofCodePoints(java.util.Arrays.copyOf(cps, n));
    }

    /** Lets the codec raise its error for invalid data (it never accepts what this decoder rejects). */
    private static PyStr invalid(byte[] b, int off, int len) {
        byte[] part = java.util.Arrays.copyOfRange(b, off, off + len);
        return PyStr.of(Codecs.decode(part, Codecs.UTF_8, "surrogatepass"));
    }
}
