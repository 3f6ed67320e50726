package org.krait.runtime.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyUnicodeError;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.unicode.CharacterNames;

/**
 * Text encodings: str to bytes and back with CPython's codec names, error handlers
 * ({@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace},
 * {@code xmlcharrefreplace}, {@code namereplace}, {@code surrogateescape}, {@code surrogatepass})
 * and error messages. UTF-8, UTF-16, UTF-32 (with CPython's byte-order-mark rules), Latin-1 and
 * ASCII are done here; other encodings go to the JDK's charsets. {@code str.encode},
 * {@code bytes.decode} and the text files of {@code io} all come here. CPython:
 * Objects/unicodeobject.c, Python/codecs.c, Lib/encodings.
 */
public final class Codecs {

    private Codecs() {
    }

    /** The names the codec registry gives the codecs done here; others are {@code "java:" + charset}. */
    public static final String UTF_8 = "utf-8";
    public static final String UTF_8_SIG = "utf-8-sig";
    public static final String LATIN_1 = "latin-1";
    public static final String ASCII = "ascii";
    public static final String UTF_16 = "utf-16";
    public static final String UTF_16_LE = "utf-16-le";
    public static final String UTF_16_BE = "utf-16-be";
    public static final String UTF_32 = "utf-32";
    public static final String UTF_32_LE = "utf-32-le";
    public static final String UTF_32_BE = "utf-32-be";

    /**
     * The codec an encoding name stands for, as CPython's registry finds it (case, spaces and
     * punctuation ignored, the aliases of Lib/encodings/aliases.py): one of the constants above
     * or {@code "java:" + charset name}; LookupError for an unknown name.
     */
    public static String lookup(String encoding) {
        String n = normalize(encoding);
        switch (n) {
            case "utf_8": case "utf8": case "u8": case "utf": case "utf8_ucs2": case "utf8_ucs4": case "cp65001":
                return UTF_8;
            case "utf_8_sig":
                return UTF_8_SIG;
            case "latin_1": case "latin1": case "latin": case "l1": case "iso8859_1": case "iso_8859_1": case "8859":
            case "cp819": case "iso_ir_100": case "csisolatin1": case "iso_8859_1_1987": case "ibm819":
                return LATIN_1;
            case "ascii": case "646": case "us_ascii": case "us": case "ansi_x3.4_1968": case "ansi_x3_4_1968":
            case "ansi_x3.4_1986": case "cp367": case "csascii": case "ibm367": case "iso646_us": case "iso_646.irv_1991":
            case "iso_ir_6":
                return ASCII;
            case "utf_16": case "u16": case "utf16":
                return UTF_16;
            case "utf_16_le": case "utf_16le": case "unicodelittleunmarked":
                return UTF_16_LE;
            case "utf_16_be": case "utf_16be": case "unicodebigunmarked":
                return UTF_16_BE;
            case "utf_32": case "u32": case "utf32":
                return UTF_32;
            case "utf_32_le": case "utf_32le":
                return UTF_32_LE;
            case "utf_32_be": case "utf_32be":
                return UTF_32_BE;
            default:
                try {
                    return "java:" + Charset.forName(n).name();
                } catch (RuntimeException e) {
                    try {
                        return "java:" + Charset.forName(n.replace('_', '-')).name();
                    } catch (RuntimeException e2) {
                        throw PythonException.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
                    }
                }
        }
    }

    /** CPython's normalize_encoding: lower case, each run of punctuation or spaces (but '.') one '_'. */
    private static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- encoding

    /** {@code text.encode(encoding, errors)}. */
    public static byte[] encode(String text, String encoding, String errors) {
        return encodeWith(text, lookup(encoding), errors, true);
    }

    /**
     * Encodes with a codec found by {@link #lookup}; {@code start} says whether this is the start
     * of a stream, where UTF-16, UTF-32 and UTF-8-SIG write their byte-order mark.
     */
    public static byte[] encodeWith(String text, String codec, String errors, boolean start) {
        if (codec == UTF_8 && errors.equals("strict")) {
            // The common case: only lone surrogates can fail, and the JDK encodes the rest.
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    return new Encoder(text, codec, errors).run(start);
                }
            }
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return new Encoder(text, codec, errors).run(start);
    }

    /** One encoding run: the text's code points, the output, and the error handler. */
    private static final class Encoder {
        private final int[] cps;
        private final String codec;
        private final String errors;
        private final java.io.ByteArrayOutputStream out;
        private CharsetEncoder jdk;

        Encoder(String text, String codec, String errors) {
            this.cps = text.codePoints().toArray();
            this.codec = codec;
            this.errors = errors;
            this.out = new java.io.ByteArrayOutputStream(cps.length + 8);
        }

        byte[] run(boolean start) {
            switch (codec) {
                case UTF_8_SIG:
                    if (start) {
                        out.write(0xef);
                        out.write(0xbb);
                        out.write(0xbf);
                    }
                    break;
                case UTF_16:
                    if (start) {
                        out.write(0xff);
                        out.write(0xfe);
                    }
                    break;
                case UTF_32:
                    if (start) {
                        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
                    }
                    break;
                default:
                    break;
            }
            int i = 0;
            while (i < cps.length) {
                if (encodable(cps[i])) {
                    put(cps[i]);
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < cps.length && !encodable(cps[end]) && groupsErrors()) {
                    end++;
                }
                handle(i, end);
                i = end;
            }
            return out.toByteArray();
        }

        /** The name the codec gives itself in error messages. */
        private String name() {
            switch (codec) {
                case UTF_8_SIG:
                    return UTF_8;
                default:
                    if (codec.startsWith("java:")) {
                        return jdk().maxBytesPerChar() <= 1 ? "charmap" : codec.substring(5).toLowerCase(Locale.ROOT);
                    }
                    return codec;
            }
        }

        private String reason() {
            switch (codec) {
                case ASCII:
                    return "ordinal not in range(128)";
                case LATIN_1:
                    return "ordinal not in range(256)";
                default:
                    if (codec.startsWith("java:")) {
                        return jdk().maxBytesPerChar() <= 1 ? "character maps to <undefined>" : "illegal multibyte sequence";
                    }
                    return "surrogates not allowed";
            }
        }

        /** Whether a failing run is reported as one error (CPython's UCS-1 and UTF-8 encoders do so). */
        private boolean groupsErrors() {
            return codec == ASCII || codec == LATIN_1 || codec == UTF_8 || codec == UTF_8_SIG;
        }

        private CharsetEncoder jdk() {
            if (jdk == null) {
                jdk = Charset.forName(codec.substring(5)).newEncoder();
            }
            return jdk;
        }

        private boolean encodable(int cp) {
            switch (codec) {
                case ASCII:
                    return cp < 128;
                case LATIN_1:
                    return cp < 256;
                default:
                    if (codec.startsWith("java:")) {
                        return cp < 0xd800 || cp > 0xdfff ? jdk().canEncode(new String(Character.toChars(cp))) : false;
                    }
                    return cp < 0xd800 || cp > 0xdfff;
            }
        }

        /** Writes an encodable code point (for UTF-8 and UTF-16/32, a lone surrogate too: surrogatepass). */
        private void put(int cp) {
            switch (codec) {
                case ASCII:
                case LATIN_1:
                    out.write(cp);
                    return;
                case UTF_8:
                case UTF_8_SIG:
                    if (cp < 0x80) {
                        out.write(cp);
                    } else if (cp < 0x800) {
                        out.write(0xc0 | cp >> 6);
                        out.write(0x80 | cp & 0x3f);
                    } else if (cp < 0x10000) {
                        out.write(0xe0 | cp >> 12);
                        out.write(0x80 | cp >> 6 & 0x3f);
                        out.write(0x80 | cp & 0x3f);
                    } else {
                        out.write(0xf0 | cp >> 18);
                        out.write(0x80 | cp >> 12 & 0x3f);
                        out.write(0x80 | cp >> 6 & 0x3f);
                        out.write(0x80 | cp & 0x3f);
                    }
                    return;
                case UTF_16:
                case UTF_16_LE:
                case UTF_16_BE:
                    if (cp >= 0x10000) {
                        unit16(Character.highSurrogate(cp));
                        unit16(Character.lowSurrogate(cp));
                    } else {
                        unit16(cp);
                    }
                    return;
                case UTF_32:
                case UTF_32_LE:
                case UTF_32_BE:
                    if (codec == UTF_32_BE) {
                        out.write(cp >>> 24);
                        out.write(cp >> 16 & 0xff);
                        out.write(cp >> 8 & 0xff);
                        out.write(cp & 0xff);
                    } else {
                        out.write(cp & 0xff);
                        out.write(cp >> 8 & 0xff);
                        out.write(cp >> 16 & 0xff);
                        out.write(cp >>> 24);
                    }
                    return;
                default:
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(jdk().charset()));
            }
        }

        private void unit16(int u) {
            if (codec == UTF_16_BE) {
                out.write(u >> 8);
                out.write(u & 0xff);
            } else {
                out.write(u & 0xff);
                out.write(u >> 8);
            }
        }

        /** Writes ASCII replacement text in the codec. */
        private void putAscii(String s) {
            for (int k = 0; k < s.length(); k++) {
                put(s.charAt(k));
            }
        }

        /** Applies the error handler to the code points [start, end). */
        private void handle(int start, int end) {
            switch (errors) {
                case "strict":
                    throw encodeError(start, end);
                case "ignore":
                    return;
                case "replace":
                    for (int k = start; k < end; k++) {
                        putAscii("?");
                    }
                    return;
                case "backslashreplace":
                    for (int k = start; k < end; k++) {
                        putAscii(backslashEscape(cps[k]));
                    }
                    return;
                case "xmlcharrefreplace":
                    for (int k = start; k < end; k++) {
                        putAscii("&#" + cps[k] + ";");
                    }
                    return;
                case "namereplace":
                    for (int k = start; k < end; k++) {
                        String n = CharacterNames.name(cps[k]);
                        putAscii(n != null ? "\\N{" + n + "}" : backslashEscape(cps[k]));
                    }
                    return;
                case "surrogateescape":
                    for (int k = start; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(k, k + 1);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                    return;
                case "surrogatepass":
                    boolean unicode = codec.startsWith("utf");
                    for (int k = start; k < end; k++) {
                        if (!unicode || cps[k] < 0xd800 || cps[k] > 0xdfff) {
                            throw encodeError(k, k + 1);
                        }
                        put(cps[k]);
                    }
                    return;
                default:
                    throw unknownHandler(errors);
            }
        }

        private PythonException encodeError(int start, int end) {
            PyStr text = PyStr.ofCodePoints(cps);
            try {
                return PyUnicodeError.of(ExceptionTypes.UNICODE_ENCODE_ERROR, name(), text, start, end, reason());
            } finally {
                text.decref();
            }
        }
    }

    /** The escape CPython's backslashreplace handler writes: backslash and x, u or U with 2, 4 or 8 hex digits. */
    static String backslashEscape(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private static PythonException unknownHandler(String errors) {
        return PythonException.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ---------------------------------------------------------------- decoding

    /** {@code data.decode(encoding, errors)}. */
    public static String decode(byte[] data, String encoding, String errors) {
        return decodeWith(data, 0, data.length, lookup(encoding), errors);
    }

    /**
     * Decodes {@code b[off, off + len)} entirely with a codec found by {@link #lookup}. Error
     * positions count from {@code off}.
     */
    public static String decodeWith(byte[] b, int off, int len, String codec, String errors) {
        if (off != 0 || len != b.length) {
            b = java.util.Arrays.copyOfRange(b, off, off + len);
        }
        switch (codec) {
            case UTF_8:
                return Utf8Decoder.decode(b, 0, errors);
            case UTF_8_SIG:
                boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
                return Utf8Decoder.decode(b, bom ? 3 : 0, errors);
            case LATIN_1: {
                char[] c = new char[b.length];
                for (int i = 0; i < c.length; i++) {
                    c[i] = (char) (b[i] & 0xff);
                }
                return new String(c);
            }
            case ASCII: {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    if (b[i] >= 0) {
                        sb.append((char) b[i]);
                    } else {
                        decodeError(sb, "ascii", b, i, i + 1, "ordinal not in range(128)", errors);
                    }
                }
                return sb.toString();
            }
            case UTF_16: {
                int order = byteOrderMark(b, 0, b.length, 2);
                return decodeUtf16(b, order == 0 ? 0 : 2, order >= 0, errors);
            }
            case UTF_16_LE:
                return decodeUtf16(b, 0, true, errors);
            case UTF_16_BE:
                return decodeUtf16(b, 0, false, errors);
            case UTF_32: {
                int order = byteOrderMark(b, 0, b.length, 4);
                return decodeUtf32(b, order == 0 ? 0 : 4, order >= 0, errors);
            }
            case UTF_32_LE:
                return decodeUtf32(b, 0, true, errors);
            case UTF_32_BE:
                return decodeUtf32(b, 0, false, errors);
            default:
                return decodeJdk(b, codec, errors);
        }
    }

    /**
     * The byte-order mark at {@code b[off...]} for units of {@code width} bytes (2 or 4): 1 little
     * endian, -1 big endian, 0 none (then the native order, little endian, applies).
     */
    public static int byteOrderMark(byte[] b, int off, int len, int width) {
        if (width == 2 && len >= 2) {
            int b0 = b[off] & 0xff;
            int b1 = b[off + 1] & 0xff;
            return b0 == 0xff && b1 == 0xfe ? 1 : b0 == 0xfe && b1 == 0xff ? -1 : 0;
        }
        if (width == 4 && len >= 4) {
            int v = (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
            return v == 0x0000feff ? 1 : v == 0xfffe0000 ? -1 : 0;
        }
        return 0;
    }

    private static String decodeUtf16(byte[] b, int start, boolean little, String errors) {
        String name = little ? UTF_16_LE : UTF_16_BE;
        StringBuilder sb = new StringBuilder(b.length / 2);
        int i = start;
        int n = b.length;
        while (i < n) {
            if (n - i < 2) {
                decodeError(sb, name, b, i, n, "truncated data", errors);
                break;
            }
            int u = unit16(b, i, little);
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                decodeError(sb, name, b, i, i + 2, "illegal encoding", errors);
                i += 2;
            } else if (n - i < 4) {
                decodeError(sb, name, b, i, n, "unexpected end of data", errors);
                i = n;
            } else {
                int u2 = unit16(b, i + 2, little);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    sb.append((char) u).append((char) u2);
                    i += 4;
                } else {
                    decodeError(sb, name, b, i, i + 2, "illegal UTF-16 surrogate", errors);
                    i += 2;
                }
            }
        }
        return sb.toString();
    }

    private static int unit16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static String decodeUtf32(byte[] b, int start, boolean little, String errors) {
        String name = little ? UTF_32_LE : UTF_32_BE;
        StringBuilder sb = new StringBuilder(b.length / 4);
        int i = start;
        int n = b.length;
        while (i < n) {
            if (n - i < 4) {
                decodeError(sb, name, b, i, n, "truncated data", errors);
                break;
            }
            long v = little ? (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    : (b[i] & 0xffL) << 24 | (b[i + 1] & 0xffL) << 16 | (b[i + 2] & 0xffL) << 8 | (b[i + 3] & 0xffL);
            if (v > 0x10ffff) {
                decodeError(sb, name, b, i, i + 4, "code point not in range(0x110000)", errors);
            } else if (v >= 0xd800 && v <= 0xdfff) {
                decodeError(sb, name, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors);
            } else {
                sb.appendCodePoint((int) v);
            }
            i += 4;
        }
        return sb.toString();
    }

    private static String decodeJdk(byte[] b, String codec, String errors) {
        CharsetDecoder d = Charset.forName(codec.substring(5)).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean singleByte = d.maxCharsPerByte() <= 1 && Charset.forName(codec.substring(5)).newEncoder().maxBytesPerChar() <= 1;
        String name = singleByte ? "charmap" : codec.substring(5).toLowerCase(Locale.ROOT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length * 2 + 4);
        StringBuilder sb = new StringBuilder(b.length);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            out.flip();
            sb.append(out);
            out.clear();
            if (r.isUnderflow()) {
                d.flush(out);
                out.flip();
                sb.append(out);
                break;
            }
            if (r.isOverflow()) {
                continue;
            }
            int at = in.position();
            int bad = r.length();
            decodeError(sb, name, b, at, at + bad, singleByte ? "character maps to <undefined>"
                    : r.isMalformed() && at + bad >= b.length ? "incomplete multibyte sequence" : "illegal multibyte sequence", errors);
            in.position(at + bad);
        }
        return sb.toString();
    }

    /**
     * Applies the error handler {@code errors} to the undecodable bytes [start, end) of {@code b}:
     * appends the replacement to {@code sb} or raises UnicodeDecodeError with CPython's message.
     */
    static void decodeError(StringBuilder sb, String codec, byte[] b, int start, int end, String reason, String errors) {
        switch (errors) {
            case "strict":
                break;
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    if (b[k] >= 0) {
                        throw decodeException(codec, b, start, end, reason);
                    }
                }
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
                return;
            case "surrogatepass":
                break;
            case "xmlcharrefreplace":
            case "namereplace":
                throw PythonException.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw unknownHandler(errors);
        }
        throw decodeException(codec, b, start, end, reason);
    }

    private static PythonException decodeException(String codec, byte[] b, int start, int end, String reason) {
        PyBytes object = PyBytes.of(b.clone());
        try {
            return PyUnicodeError.of(ExceptionTypes.UNICODE_DECODE_ERROR, codec, object, start, end, reason);
        } finally {
            object.decref();
        }
    }

    // ---------------------------------------------------------------- incremental decoding

    /**
     * How many bytes at the end of {@code b[off, off + len)} start a character that more input
     * could complete, so that an incremental decoder keeps them for the next call. Decoding the
     * rest never splits a character.
     */
    public static int incompleteTail(byte[] b, int off, int len, String codec) {
        switch (codec) {
            case UTF_8:
            case UTF_8_SIG:
                return Utf8Decoder.incompleteTail(b, off, len);
            case UTF_16:
            case UTF_16_LE:
            case UTF_16_BE: {
                int odd = len & 1;
                if (len - odd >= 2) {
                    boolean little = codec != UTF_16_BE;
                    int u = unit16(b, off + len - odd - 2, little);
                    if (u >= 0xd800 && u <= 0xdbff) {
                        return odd + 2;
                    }
                }
                return odd;
            }
            case UTF_32:
            case UTF_32_LE:
            case UTF_32_BE:
                return len & 3;
            case LATIN_1:
            case ASCII:
                return 0;
            default:
                return jdkIncompleteTail(b, off, len, codec);
        }
    }

    private static int jdkIncompleteTail(byte[] b, int off, int len, String codec) {
        CharsetDecoder d = Charset.forName(codec.substring(5)).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len * 2 + 4);
        d.decode(in, out, false);
        return in.remaining();
    }
}
