package org.krait.compiler.parser;

import java.io.ByteArrayOutputStream;
import org.krait.compiler.source.SourceDecoder;

/**
 * Decodes the text of one string literal as CPython 3.11's {@code _PyPegen_parsestr} does:
 * prefix letters, quotes, and the escape sequences of str ({@code unicode_escape}) and bytes
 * literals. Invalid escapes are kept verbatim (3.11 only warns about them).
 *
 * <p>Python str values may hold lone surrogates ({@code '\udc80'}) and so may a Java String; two
 * escaped surrogates that form a pair ({@code '\ud83d\ude00'}) stay two code points because
 * {@link StringValueBuilder} records them.
 */
final class StringLiteralDecoder {
    private StringLiteralDecoder() {
    }

    /** A decoding failure; {@link #getMessage()} is CPython's SyntaxError message. */
    static final class StringDecodeException extends Exception {
        StringDecodeException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One literal split into prefix and body. {@code text} is the literal with prefix and quotes,
     * newlines already normalized to {@code \n}; the body is {@code text[bodyStart, bodyEnd)}.
     */
    record Literal(String text, boolean bytes, boolean raw, boolean fstring, int bodyStart, int bodyEnd) {
        String body() {
            return text.substring(bodyStart, bodyEnd);
        }
    }

    /** Splits a STRING token's text into its prefix flags and body. */
    static Literal split(String tokenText) {
        String text = normalizeNewlines(tokenText);
        boolean bytes = false;
        boolean raw = false;
        boolean fstring = false;
        int i = 0;
        for (;; i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                fstring = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        char quote = text.charAt(i);
        int quotes = text.startsWith(String.valueOf(quote).repeat(3), i) && text.length() - i >= 6 ? 3 : 1;
        return new Literal(text, bytes, raw, fstring, i + quotes, text.length() - quotes);
    }

    /** The tokenizer may keep {@code \r\n} or {@code \r} in a literal; CPython's never reaches the string parser. */
    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Appends the str value of a literal body (or of the literal text of an f-string) to {@code out}. */
    static void decodeStr(String body, boolean raw, StringValueBuilder out) throws StringDecodeException {
        if (raw || body.indexOf('\\') < 0) {
            out.append(body);
            return;
        }
        decodeUnicodeEscape(toEscapeBuffer(body), out);
    }

    /**
     * Rejects bytes of a source file that were not valid UTF-8 (escaped by {@link SourceDecoder})
     * inside a str literal body, as CPython's decoding of the body does. CPython decodes the
     * whole body at once ({@code wholeBody}: raw or backslash-free literals, raw f-string text) or
     * else each run of non-ASCII bytes on its own, and the message counts positions from there.
     */
    static void checkUtf8(String body, boolean wholeBody) throws StringDecodeException {
        if (!hasEscapedByte(body)) {
            return;
        }
        char[] text = body.toCharArray();
        if (wholeBody) {
            throwIfUndecodable(SourceDecoder.utf8Error(text, 0, text.length));
            return;
        }
        int i = 0;
        while (i < text.length) {
            if (text[i] < 0x80) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < text.length && text[i] >= 0x80) {
                i++;
            }
            throwIfUndecodable(SourceDecoder.utf8Error(text, runStart, i));
        }
    }

    private static boolean hasEscapedByte(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) {
                return true;
            }
        }
        return false;
    }

    private static void throwIfUndecodable(String utf8Error) throws StringDecodeException {
        if (utf8Error != null) {
            throw new StringDecodeException("(unicode error) " + utf8Error);
        }
    }

    /**
     * The bytes value of a bytes literal body; {@code null} if it holds a non-ASCII character
     * (the caller reports that at the token's own location).
     */
    static byte[] decodeBytes(String body, boolean raw) throws StringDecodeException {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                return null;
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            byte[] out = new byte[body.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) body.charAt(i);
            }
            return out;
        }
        return decodeBytesEscape(body);
    }

    /**
     * CPython first rewrites the UTF-8 body into pure ASCII: every non-ASCII code point becomes
     * {@code \UXXXXXXXX} and a backslash before one (or at the end) becomes {@code \u005c}. Error
     * positions in messages are offsets in this rewritten buffer, so it is rebuilt exactly.
     */
    private static String toEscapeBuffer(String body) {
        StringBuilder buf = new StringBuilder(body.length() + 16);
        int n = body.length();
        int i = 0;
        while (i < n) {
            if (body.charAt(i) == '\\') {
                buf.append('\\');
                i++;
                if (i >= n || body.charAt(i) >= 0x80) {
                    buf.append("u005c");
                    if (i >= n) {
                        break;
                    }
                }
            }
            int cp = body.codePointAt(i);
            if (cp >= 0x80) {
                buf.append(String.format("\\U%08x", cp));
                i += Character.charCount(cp);
            } else {
                buf.append((char) cp);
                i++;
            }
        }
        return buf.toString();
    }

    /** CPython's {@code unicode_escape} decoder over an ASCII buffer. */
    private static void decodeUnicodeEscape(String s, StringValueBuilder out) throws StringDecodeException {
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= end) {
                throw unicodeError(start, end, "\\ at end of string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.appendCodePoint(c);
                    break;
                case 'b':
                    out.appendCodePoint('\b');
                    break;
                case 'f':
                    out.appendCodePoint('\f');
                    break;
                case 't':
                    out.appendCodePoint('\t');
                    break;
                case 'n':
                    out.appendCodePoint('\n');
                    break;
                case 'r':
                    out.appendCodePoint('\r');
                    break;
                case 'v':
                    out.appendCodePoint('\u000b');
                    break;
                case 'a':
                    out.appendCodePoint('\u0007');
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < end && isOctal(s.charAt(i)); k++) {
                        value = (value << 3) + s.charAt(i++) - '0';
                    }
                    out.appendCodePoint(value);
                    break;
                }
                case 'x':
                    i = appendHexEscape(s, start, i, 2, "truncated \\xXX escape", out);
                    break;
                case 'u':
                    i = appendHexEscape(s, start, i, 4, "truncated \\uXXXX escape", out);
                    break;
                case 'U':
                    i = appendHexEscape(s, start, i, 8, "truncated \\UXXXXXXXX escape", out);
                    break;
                case 'N':
                    i = appendNamedEscape(s, start, i, out);
                    break;
                default:
                    out.appendCodePoint('\\');
                    out.appendCodePoint(c);
                    break;
            }
        }
    }

    private static int appendHexEscape(String s, int start, int i, int digits, String message, StringValueBuilder out)
            throws StringDecodeException {
        int value = 0;
        for (int k = 0; k < digits; k++, i++) {
            int d = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
            if (d < 0) {
                throw unicodeError(start, i, message);
            }
            value = (value << 4) | d;
        }
        if (Integer.compareUnsigned(value, Character.MAX_CODE_POINT) > 0) {
            throw unicodeError(start, i, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return i;
    }

    private static int appendNamedEscape(String s, int start, int i, StringValueBuilder out) throws StringDecodeException {
        String message = "malformed \\N character escape";
        int end = s.length();
        if (i < end && s.charAt(i) == '{') {
            int nameStart = ++i;
            while (i < end && s.charAt(i) != '}') {
                i++;
            }
            if (i < end && i > nameStart) {
                int cp = StringCharacterNames.lookup(s.substring(nameStart, i));
                i++;
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return i;
                }
                message = "unknown Unicode character name";
            }
        }
        throw unicodeError(start, i, message);
    }

    /** An escape always spans at least two bytes, so CPython's message names a range. */
    private static StringDecodeException unicodeError(int start, int end, String reason) {
        return new StringDecodeException("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + (end - 1) + ": " + reason);
    }

    /** CPython's {@code _PyBytes_DecodeEscape}; octal values above 0o377 keep their low 8 bits. */
    private static byte[] decodeBytesEscape(String s) throws StringDecodeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= end) {
                throw new StringDecodeException("(value error) Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.write(c);
                    break;
                case 'b':
                    out.write('\b');
                    break;
                case 'f':
                    out.write('\f');
                    break;
                case 't':
                    out.write('\t');
                    break;
                case 'n':
                    out.write('\n');
                    break;
                case 'r':
                    out.write('\r');
                    break;
                case 'v':
                    out.write(0x0b);
                    break;
                case 'a':
                    out.write(0x07);
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < end && isOctal(s.charAt(i)); k++) {
                        value = (value << 3) + s.charAt(i++) - '0';
                    }
                    out.write(value & 0xff);
                    break;
                }
                case 'x': {
                    int d1 = i + 1 < end ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < end ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new StringDecodeException("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write((d1 << 4) | d2);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(c);
                    break;
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
