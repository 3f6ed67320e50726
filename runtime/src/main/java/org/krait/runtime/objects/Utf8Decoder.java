package org.krait.runtime.objects;

/**
 * UTF-8 decoding with CPython's error handlers and messages (those of {@link Codecs}): an invalid sequence is its
 * maximal valid prefix, as Objects/stringlib/codecs.h finds it.
 */
final class Utf8Decoder {

    private Utf8Decoder() {
    }

    /** Decodes {@code b} from {@code start} on; error positions count from 0. */
    static String decode(byte[] b, int start, String errors) {
        // surrogatepass lets the encoded surrogates U+D800..U+DFFF (ED A0..BF xx) through.
        boolean surrogatePass = errors.equals("surrogatepass");
        StringBuilder sb = new StringBuilder(b.length);
        int i = start;
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
                    } else if (c == 0xed && !surrogatePass) {
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
        Codecs.decodeError(sb, Codecs.UTF_8, b, i, i + len, reason, errors);
        return i + len;
    }

    /** The length of the incomplete but valid sequence that ends {@code b[off, off + len)}, or 0. */
    static int incompleteTail(byte[] b, int off, int len) {
        int end = off + len;
        for (int back = 1; back <= 3 && back <= len; back++) {
            int c = b[end - back] & 0xff;
            if (c < 0x80) {
                return 0;
            }
            if (c >= 0xc0) {
                int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                if (c > 0xf4 || c < 0xc2 || need <= back) {
                    return 0;
                }
                // Only a prefix the decoder would accept waits: the second byte's range depends on the first.
                if (back >= 2) {
                    int d = b[end - back + 1] & 0xff;
                    int lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
                    int hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
                    if (d < lo || d > hi) {
                        return 0;
                    }
                }
                return back;
            }
        }
        return 0;
    }
}
