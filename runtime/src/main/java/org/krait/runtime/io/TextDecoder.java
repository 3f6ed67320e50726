package org.krait.runtime.io;

import java.util.Arrays;
import org.krait.runtime.objects.Codecs;

/**
 * The decoding side of a text file: an incremental decoder for one of {@link Codecs}'s codecs
 * (which keeps an incomplete character's bytes for the next call and reads a byte-order mark at the
 * start), followed, in universal-newline mode, by CPython's IncrementalNewlineDecoder: a
 * {@code \r} at the end of input waits to see whether a {@code \n} follows, the kinds of newline
 * seen are noted, and with translation {@code \r\n} and {@code \r} become {@code \n}.
 *
 * <p>Its state is (pending bytes, flags) as CPython's {@code getstate()} gives it, flags being
 * {@code (codec flags << 1) | pending \r}; the codec flags are 2 while a UTF-16/32 byte order is
 * unknown, then 0 (little endian) or 1 (big endian), and 1 while UTF-8-SIG has not looked for its
 * mark. TextIOWrapper builds its {@code tell()} cookies from this state.
 */
final class TextDecoder {

    static final int SEEN_LF = 1;
    static final int SEEN_CR = 2;
    static final int SEEN_CRLF = 4;

    private final String codec;
    private final String errors;
    private final boolean universal;
    private final boolean translate;
    private byte[] pending = new byte[0];
    private boolean pendingCr;
    /** See the class comment: the byte order of UTF-16/32, or whether UTF-8-SIG still looks for its mark. */
    private int codecFlags;
    private int seen;

    TextDecoder(String codec, String errors, boolean universal, boolean translate) {
        this.codec = codec;
        this.errors = errors;
        this.universal = universal;
        this.translate = translate;
        reset();
    }

    /** Back to the state at the start of a stream. */
    void reset() {
        pending = new byte[0];
        pendingCr = false;
        seen = 0;
        codecFlags = codec == Codecs.UTF_16 || codec == Codecs.UTF_32 ? 2 : codec == Codecs.UTF_8_SIG ? 1 : 0;
    }

    byte[] pendingBytes() {
        return pending;
    }

    int flags() {
        return codecFlags << 1 | (pendingCr ? 1 : 0);
    }

    /** Restores a state that {@link #pendingBytes} and {@link #flags} gave (CPython's setstate; the newlines seen stay). */
    void restore(byte[] pendingBytes, int flags) {
        pending = pendingBytes;
        pendingCr = (flags & 1) != 0;
        codecFlags = flags >> 1;
    }

    /** The newline kinds seen, as {@link #SEEN_LF} | {@link #SEEN_CR} | {@link #SEEN_CRLF}. */
    int seen() {
        return seen;
    }

    /** Decodes the next {@code len} bytes of the stream; {@code fin} at its end. */
    String decode(byte[] b, int off, int len, boolean fin) {
        String text = decodeCodec(b, off, len, fin);
        if (!universal) {
            return text;
        }
        if (pendingCr && (!text.isEmpty() || fin)) {
            text = "\r" + text;
            pendingCr = false;
        }
        if (!fin && text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
            pendingCr = true;
        }
        noteNewlines(text);
        if (translate && text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    private void noteNewlines(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            if (text.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
            }
        }
    }

    private String decodeCodec(byte[] b, int off, int len, boolean fin) {
        byte[] in = b;
        int start = off;
        int n = len;
        if (pending.length > 0) {
            in = new byte[pending.length + len];
            System.arraycopy(pending, 0, in, 0, pending.length);
            System.arraycopy(b, off, in, pending.length, len);
            start = 0;
            n = in.length;
        }
        pending = new byte[0];
        String body = codec;
        boolean lookForMark = codec == Codecs.UTF_8_SIG ? codecFlags == 1
                : (codec == Codecs.UTF_16 || codec == Codecs.UTF_32) && codecFlags == 2;
        if (lookForMark) {
            int markLen = codec == Codecs.UTF_16 ? 2 : codec == Codecs.UTF_32 ? 4 : 3;
            if (n < markLen && !fin) {
                // Too few bytes to tell whether a mark is there: wait for more.
                pending = Arrays.copyOfRange(in, start, start + n);
                return "";
            }
            if (codec == Codecs.UTF_8_SIG) {
                if (n >= 3 && (in[start] & 0xff) == 0xef && (in[start + 1] & 0xff) == 0xbb && (in[start + 2] & 0xff) == 0xbf) {
                    start += 3;
                    n -= 3;
                }
                codecFlags = 0;
            } else if (n >= markLen) {
                int order = Codecs.byteOrderMark(in, start, n, markLen);
                if (order != 0) {
                    start += markLen;
                    n -= markLen;
                }
                codecFlags = order < 0 ? 1 : 0;
            }
        }
        if (codec == Codecs.UTF_8_SIG) {
            body = Codecs.UTF_8;
        } else if (codec == Codecs.UTF_16) {
            body = codecFlags == 1 ? Codecs.UTF_16_BE : Codecs.UTF_16_LE;
        } else if (codec == Codecs.UTF_32) {
            body = codecFlags == 1 ? Codecs.UTF_32_BE : Codecs.UTF_32_LE;
        }
        int keep = fin ? 0 : Codecs.incompleteTail(in, start, n, body);
        if (keep > 0) {
            pending = Arrays.copyOfRange(in, start + n - keep, start + n);
            n -= keep;
        }
        if (n == 0) {
            return "";
        }
        if (body == Codecs.LATIN_1) {
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = (char) (in[start + i] & 0xff);
            }
            return new String(c);
        }
        return Codecs.decodeWith(in, start, n, body, errors);
    }
}
