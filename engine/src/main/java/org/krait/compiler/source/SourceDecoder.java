package org.krait.compiler.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.krait.compiler.source.SyntaxErrorException.Kind;

/**
 * Turns the bytes of a source file into text the way CPython 3.11 does for {@code ast.parse} of
 * bytes: a UTF-8 BOM, a PEP 263 coding declaration on line 1 (or line 2 when line 1 is blank or a
 * comment), UTF-8 otherwise.
 *
 * <p>CPython reads undeclared UTF-8 sources without validating them and complains only where an
 * undecodable byte is used (in a name or a string literal, not in a comment). To keep that, each
 * byte that is not part of valid UTF-8 becomes the lone surrogate U+DC80..U+DCFF (Python's
 * "surrogateescape"); {@link #utf8Error} describes such bytes as CPython's decoder would.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    /** Decodes a source file's bytes; throws CPython's SyntaxError for NUL bytes and bad encodings. */
    public static String decode(byte[] source) {
        for (byte b : source) {
            if (b == 0) {
                throw nullBytesError();
            }
        }
        byte[] s = translateNewlines(source);
        int start = 0;
        boolean bom = s.length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        int nl1 = indexOf(s, (byte) '\n', start);
        int nl2 = nl1 < 0 ? -1 : indexOf(s, (byte) '\n', nl1 + 1);
        String cookie = null;
        if (nl1 >= 0) {
            CodingSpec first = codingSpec(s, start, nl1 - start);
            cookie = first.name;
            if (cookie == null && first.mayFollow && nl2 >= 0) {
                cookie = codingSpec(s, nl1 + 1, nl2 - nl1).name;
            }
        }
        if (cookie != null && bom && !cookie.equals("utf-8")) {
            throw initError("encoding problem: " + cookie + " with BOM");
        }
        if (cookie == null || cookie.equals("utf-8")) {
            return decodeUtf8Escaping(s, start, s.length);
        }
        return decodeWith(cookie, s, start);
    }

    /**
     * Whether the source starts with a UTF-8 BOM or declares its encoding (PEP 263). CPython's
     * parser converts error columns from bytes to code points only then: for undeclared UTF-8
     * bytes its SyntaxError offsets stay byte offsets.
     */
    public static boolean declaresEncoding(byte[] source) {
        byte[] s = translateNewlines(source);
        int start = 0;
        if (s.length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF) {
            return true;
        }
        int nl1 = indexOf(s, (byte) '\n', start);
        if (nl1 < 0) {
            return false;
        }
        CodingSpec first = codingSpec(s, start, nl1 - start);
        if (first.name != null) {
            return true;
        }
        int nl2 = indexOf(s, (byte) '\n', nl1 + 1);
        return first.mayFollow && nl2 >= 0 && codingSpec(s, nl1 + 1, nl2 - nl1).name != null;
    }

    /** CPython's error for source containing NUL: a SyntaxError without location. */
    public static SyntaxErrorException nullBytesError() {
        return new SyntaxErrorException(Kind.SyntaxError, "source code string cannot contain null bytes",
                0, -1, 0, -1, null);
    }

    /**
     * If {@code text[from..to)} holds escaped undecodable bytes, the message CPython's UTF-8
     * decoder gives for those bytes (e.g. {@code 'utf-8' codec can't decode byte 0xf6 in position
     * 0: invalid start byte}, positions counted in bytes from {@code from}); otherwise {@code null}.
     */
    public static String utf8Error(char[] text, int from, int to) {
        boolean escaped = false;
        for (int i = from; i < to; i++) {
            if (isEscape(text, i)) {
                escaped = true;
                break;
            }
        }
        if (!escaped) {
            return null;
        }
        byte[] raw = rawBytes(text, from, to);
        int i = 0;
        while (i < raw.length) {
            int b = raw[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return decodeMessage(raw, i, i + 1, "invalid start byte");
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= raw.length) {
                    return decodeMessage(raw, i, raw.length, "unexpected end of data");
                }
                int cb = raw[i + k] & 0xFF;
                int min = k == 1 ? lo : 0x80;
                int max = k == 1 ? hi : 0xBF;
                if (cb < min || cb > max) {
                    return decodeMessage(raw, i, i + k, "invalid continuation byte");
                }
            }
            i += need + 1;
        }
        return null;
    }

    /** Convenience form of {@link #utf8Error(char[], int, int)} for a whole string. */
    public static String utf8Error(String text) {
        return utf8Error(text.toCharArray(), 0, text.length());
    }

    private static String decodeMessage(byte[] raw, int start, int end, String reason) {
        if (end == start + 1) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", raw[start] & 0xFF, start, reason);
        }
        return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end - 1, reason);
    }

    private static boolean isEscape(char[] text, int i) {
        char c = text[i];
        return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(text[i - 1]));
    }

    /** The source bytes behind {@code text[from..to)}: escapes back to their byte, the rest UTF-8. */
    private static byte[] rawBytes(char[] text, int from, int to) {
        byte[] out = new byte[(to - from) * 4];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (isEscape(text, i)) {
                out[n++] = (byte) (c - 0xDC00);
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                int cp = Character.toCodePoint(c, text[++i]);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    // ---------------------------------------------------------------- newlines and cookies

    /** {@code \r\n} and {@code \r} to {@code \n}, as CPython does before looking for a cookie. */
    private static byte[] translateNewlines(byte[] s) {
        int cr = indexOf(s, (byte) '\r', 0);
        if (cr < 0) {
            return s;
        }
        byte[] out = new byte[s.length];
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            byte b = s[i];
            if (b == '\r') {
                out[n++] = '\n';
                if (i + 1 < s.length && s[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int indexOf(byte[] s, byte b, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A coding declaration found on a line, and whether the next line may still hold one. */
    private static final class CodingSpec {
        final String name;
        final boolean mayFollow;

        CodingSpec(String name, boolean mayFollow) {
            this.name = name;
            this.mayFollow = mayFollow;
        }
    }

    /**
     * CPython's {@code check_coding_spec} on {@code size} bytes at {@code off}: the line must be a
     * comment; the name follows {@code coding:} or {@code coding=}. A line holding anything but
     * whitespace and a comment stops the search.
     */
    private static CodingSpec codingSpec(byte[] s, int off, int size) {
        int i = 0;
        boolean comment = false;
        for (; i < size - 6; i++) {
            byte b = s[off + i];
            if (b == '#') {
                comment = true;
                break;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                break;
            }
        }
        if (comment) {
            for (; i < size - 6; i++) {
                int t = off + i;
                if (s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i' && s[t + 4] == 'n'
                        && s[t + 5] == 'g') {
                    t += 6;
                    if (t >= s.length || (s[t] != ':' && s[t] != '=')) {
                        continue;
                    }
                    do {
                        t++;
                    } while (t < s.length && (s[t] == ' ' || s[t] == '\t'));
                    int begin = t;
                    while (t < s.length && (isAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) {
                        t++;
                    }
                    if (begin < t) {
                        String name = new String(s, begin, t - begin, StandardCharsets.ISO_8859_1);
                        return new CodingSpec(normalName(name), false);
                    }
                }
            }
        }
        for (int k = 0; k < size; k++) {
            byte b = s[off + k];
            if (b == '#' || b == '\n' || b == '\r') {
                break;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                return new CodingSpec(null, false);
            }
        }
        return new CodingSpec(null, true);
    }

    private static boolean isAlnum(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    /** CPython's {@code get_normal_name}: the utf-8 and latin-1 spellings it recognises. */
    private static String normalName(String s) {
        String head = s.length() > 12 ? s.substring(0, 12) : s;
        String b = head.replace('_', '-').toLowerCase(Locale.ROOT);
        if (b.equals("utf-8") || b.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (b.equals("latin-1") || b.equals("iso-8859-1") || b.equals("iso-latin-1")
                || b.startsWith("latin-1-") || b.startsWith("iso-8859-1-") || b.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** A failure CPython reports while setting up its tokenizer: a SyntaxError at line 0, offset -1. */
    private static SyntaxErrorException initError(String msg) {
        return new SyntaxErrorException(Kind.SyntaxError, msg, 0, -1, 0, -1, null);
    }

    // ---------------------------------------------------------------- decoding

    private static String decodeUtf8Escaping(byte[] s, int from, int to) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(s, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return decodeUtf8Slow(s, from, to);
        }
    }

    /** UTF-8 with CPython's validity rules; every byte of an invalid sequence becomes an escape. */
    private static String decodeUtf8Slow(byte[] s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int b = s[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            int cp;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                sb.append((char) (0xDC00 + b));
                i++;
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    ok = false;
                    break;
                }
                int cb = s[i + k] & 0xFF;
                if (cb < (k == 1 ? lo : 0x80) || cb > (k == 1 ? hi : 0xBF)) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cb & 0x3F);
            }
            if (!ok) {
                sb.append((char) (0xDC00 + b));
                i++;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static String decodeWith(String name, byte[] s, int from) {
        Charset cs = charset(name);
        if (cs == null) {
            throw initError("unknown encoding: " + name);
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            return decodeUtf8Escaping(s, from, s.length);
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(s, from, s.length - from);
        CharBuffer out = CharBuffer.allocate((int) ((s.length - from) * (double) dec.maxCharsPerByte()) + 16);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int pos = in.position() - from;
            int bad = s[in.position()] & 0xFF;
            String codec = pythonCodecName(cs);
            String reason;
            if (codec.equals("ascii")) {
                reason = "ordinal not in range(128)";
            } else if (codec.equals("charmap")) {
                reason = "character maps to <undefined>";
            } else {
                reason = "illegal multibyte sequence";
            }
            throw initError(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, bad, pos, reason));
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    private static String pythonCodecName(Charset cs) {
        String n = cs.name();
        if (n.equals("US-ASCII")) {
            return "ascii";
        }
        if (n.startsWith("windows-") || n.startsWith("ISO-8859") || n.startsWith("KOI8") || n.startsWith("IBM")) {
            return "charmap";
        }
        return n.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Python's codec lookup for the names Java knows: Python normalises case and punctuation. */
    private static Charset charset(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (key) {
            case "latin": case "latin1": case "l1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819":
                return StandardCharsets.ISO_8859_1;
            case "utf8": case "utf-8": case "u8": case "utf": case "cp65001":
                return StandardCharsets.UTF_8;
            case "ascii": case "us-ascii": case "646": case "us":
                return StandardCharsets.US_ASCII;
            default:
                break;
        }
        String[] candidates = {key, key.replace("-", ""), key.replaceFirst("^cp", "windows-")};
        for (String c : candidates) {
            try {
                if (Charset.isSupported(c)) {
                    return Charset.forName(c);
                }
            } catch (IllegalArgumentException e) {
                // An illegal charset name is simply not a known encoding.
            }
        }
        return null;
    }
}
