package org.krait.runtime.objects;

/**
 * UTF-8 decoding with CPython's error handlers and messages ({@code strict}, {@code replace},
 * {@code ignore}, {@code backslashreplace}, {@code surrogateescape}): an invalid sequence is its
 * maximal valid prefix, as Objects/stringlib/codecs.h finds it.
 */
final class Utf8Decoder {

    private Utf8Decoder() {
    }

    static String decode(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int min;
            int cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                i = fail(sb, b, i, 1, "invalid start byte", errors);
                continue;
            }
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    break;
                }
                int d = b[i + j] & 0xff;
                // The second byte's range depends on the first (no overlongs, surrogates or > U+10FFFF).
                int lo = 0x80;
                int hi = 0xbf;
                if (j == 1) {
                    if (c == 0xe0) {
                        lo = 0xa0;
                    } else if (c == 0xed) {
                        hi = 0x9f;
                    } else if (c == 0xf0) {
                        lo = 0x90;
                    } else if (c == 0xf4) {
                        hi = 0x8f;
                    }
                }
                if (d < lo || d > hi) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
            }
            if (bad) {
                i = fail(sb, b, i, j, "invalid continuation byte", errors);
            } else if (j <= need) {
                i = fail(sb, b, i, n - i, "unexpected end of data", errors);
            } else {
                if (cp < min) {
                    i = fail(sb, b, i, 1, "invalid start byte", errors);
                    continue;
                }
                sb.appendCodePoint(cp);
                i += need + 1;
            }
        }
        return sb.toString();
    }

    /** Handles the invalid bytes [i, i + len); returns where decoding resumes. */
    private static int fail(StringBuilder sb, byte[] b, int i, int len, String reason, String errors) {
        switch (errors) {
            case "replace":
                sb.append('\ufffd');
                break;
            case "ignore":
                break;
            case "backslashreplace":
                for (int k = 0; k < len; k++) {
                    sb.append(String.format("\\x%02x", b[i + k] & 0xff));
                }
                break;
            case "surrogateescape":
                for (int k = 0; k < len; k++) {
                    sb.append((char) (0xdc00 + (b[i + k] & 0xff)));
                }
                break;
            default:
                String where = len == 1 ? "byte 0x" + String.format("%02x", b[i] & 0xff) + " in position " + i
                        : "bytes in position " + i + "-" + (i + len - 1);
                throw BytesMethods.unicodeError("UnicodeDecodeError", "'utf-8' codec can't decode " + where + ": " + reason);
        }
        return i + len;
    }
}
