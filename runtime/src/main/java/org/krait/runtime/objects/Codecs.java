package org.krait.runtime.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.unicode.CharacterNames;

/**
 * Text encodings for {@code str.encode}, {@code bytes.decode} and the text layer of files: the
 * UTF codecs, ASCII and Latin-1 written out as CPython's, other single- and multi-byte encodings
 * through Java charsets; CPython's error handlers ({@code strict}, {@code ignore}, {@code replace},
 * {@code backslashreplace}, {@code surrogateescape}, {@code surrogatepass},
 * {@code xmlcharrefreplace}, {@code namereplace}) and its {@code UnicodeDecodeError} /
 * {@code UnicodeEncodeError} with their {@code (encoding, object, start, end, reason)} arguments.
 * CPython: Objects/unicodeobject.c, Python/codecs.c, Lib/encodings.
 *
 * <p>Invariant: every error covers a range {@code [start, end)} of the input (bytes when decoding,
 * code points when encoding); a handler's output replaces that range and decoding resumes at
 * {@code end}, except {@code surrogatepass}, which consumes one encoded surrogate.
 */
public final class Codecs {

    private Codecs() {
    }

    /** The codecs written here; anything else goes to a Java charset. */
    private enum Kind { UTF_8, UTF_8_SIG, ASCII, LATIN_1, UTF_16, UTF_16_LE, UTF_16_BE, UTF_32, UTF_32_LE, UTF_32_BE, JAVA }

    /** A resolved encoding: what to run and the name its errors carry. */
    private static final class Codec {
        final Kind kind;
        final String name;
        final Charset charset;

        Codec(Kind kind, String name, Charset charset) {
            this.kind = kind;
            this.name = name;
            this.charset = charset;
        }
    }

    /** Decodes {@code data} as {@code encoding}; a new str. */
    public static PyStr decode(byte[] data, String encoding, String errors) {
        Codec c = lookup(encoding);
        Decoder d = new Decoder(data, c.name, errors);
        switch (c.kind) {
            case UTF_8:
                d.utf8(0);
                break;
            case UTF_8_SIG:
                d.utf8(data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf ? 3 : 0);
                break;
            case ASCII:
                d.singleByte(128, "ordinal not in range(128)");
                break;
            case LATIN_1:
                d.singleByte(256, null);
                break;
            case UTF_16:
            case UTF_16_LE:
            case UTF_16_BE:
                d.utf16(c.kind);
                break;
            case UTF_32:
            case UTF_32_LE:
            case UTF_32_BE:
                d.utf32(c.kind);
                break;
            default:
                d.java(c.charset);
                break;
        }
        return d.result();
    }

    /** Encodes {@code text} as {@code encoding}; the bytes. */
    public static byte[] encode(PyStr text, String encoding, String errors) {
        Codec c = lookup(encoding);
        Encoder e = new Encoder(text, c, errors);
        return e.run();
    }

    /** Raises LookupError for an unknown encoding, as {@code codecs.lookup} does; the canonical name. */
    public static String canonicalName(String encoding) {
        return lookup(encoding).name;
    }

    private static Codec lookup(String encoding) {
        String n = encoding.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (n) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return new Codec(Kind.UTF_8, "utf-8", null);
            case "utf_8_sig": case "utf8_sig":
                return new Codec(Kind.UTF_8_SIG, "utf-8", null);
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "iso646_us":
                return new Codec(Kind.ASCII, "ascii", null);
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1": case "8859":
            case "cp819": case "iso_ir_100": case "iso8859": case "iso_8859_1:1987":
                return new Codec(Kind.LATIN_1, "latin-1", null);
            case "utf_16": case "utf16": case "u16":
                return new Codec(Kind.UTF_16, "utf-16", null);
            case "utf_16_le": case "utf_16le":
                return new Codec(Kind.UTF_16_LE, "utf-16-le", null);
            case "utf_16_be": case "utf_16be":
                return new Codec(Kind.UTF_16_BE, "utf-16-be", null);
            case "utf_32": case "utf32": case "u32":
                return new Codec(Kind.UTF_32, "utf-32", null);
            case "utf_32_le": case "utf_32le":
                return new Codec(Kind.UTF_32_LE, "utf-32-le", null);
            case "utf_32_be": case "utf_32be":
                return new Codec(Kind.UTF_32_BE, "utf-32-be", null);
            default:
                break;
        }
        Charset cs = javaCharset(n);
        if (cs == null) {
            throw PythonException.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        // CPython runs its single-byte tables (cp1252, koi8_r...) through the 'charmap' codec.
        String name = cs.newEncoder().maxBytesPerChar() <= 1.0f ? "charmap" : n;
        return new Codec(Kind.JAVA, name, cs);
    }

    private static Charset javaCharset(String n) {
        String[] tries = {n, n.replace('_', '-'), n.startsWith("cp") ? "windows-" + n.substring(2) : n};
        for (String t : tries) {
            try {
                if (Charset.isSupported(t)) {
                    return Charset.forName(t);
                }
            } catch (RuntimeException e) {
                // an illegal charset name: try the next spelling
            }
        }
        return null;
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "surrogateescape":
            case "surrogatepass": case "xmlcharrefreplace": case "namereplace":
                return;
            default:
                throw PythonException.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    /** {@code UnicodeDecodeError(encoding, object, start, end, reason)}. */
    public static PythonException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        PyObject[] args = {PyStr.of(encoding), PyBytes.of(data.clone()), PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        return raise(ExceptionTypes.UNICODE_DECODE_ERROR, args);
    }

    /** {@code UnicodeEncodeError(encoding, object, start, end, reason)}. */
    public static PythonException encodeError(String encoding, PyStr text, int start, int end, String reason) {
        PyObject[] args = {PyStr.of(encoding), text, PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        text.incref();
        return raise(ExceptionTypes.UNICODE_ENCODE_ERROR, args);
    }

    private static PythonException raise(org.krait.runtime.types.PyType type, PyObject[] args) {
        PythonException e = new PythonException(PyBaseException.create(type, args));
        for (PyObject a : args) {
            a.decref();
        }
        return e;
    }

    /** A growing array of code points. */
    private static final class Decoder {
        private final byte[] in;
        /** The codec name errors carry; UTF-16 and UTF-32 change it once the byte order is known. */
        private String encoding;
        private final String errors;
        private int[] out;
        private int n;

        Decoder(byte[] in, String encoding, String errors) {
            this.in = in;
            this.encoding = encoding;
            this.errors = errors;
            this.out = new int[Math.max(16, in.length)];
        }

        void put(int cp) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = cp;
        }

        PyStr result() {
            return PyStr.ofCodePoints(n == out.length ? out : Arrays.copyOf(out, n));
        }

        /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
        int error(int start, int end, String reason, Kind kind) {
            switch (errors) {
                case "strict":
                    break;
                case "ignore":
                    return end;
                case "replace":
                    put(0xfffd);
                    return end;
                case "backslashreplace":
                    for (int k = start; k < end; k++) {
                        for (char ch : String.format("\\x%02x", in[k] & 0xff).toCharArray()) {
                            put(ch);
                        }
                    }
                    return end;
                case "surrogateescape":
                    for (int k = start; k < end; k++) {
                        if ((in[k] & 0xff) < 128) {
                            throw decodeError(encoding, in, start, end, reason);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        put(0xdc00 + (in[k] & 0xff));
                    }
                    return end;
                case "surrogatepass": {
                    int resume = passSurrogate(start, kind);
                    if (resume >= 0) {
                        return resume;
                    }
                    break;
                }
                case "xmlcharrefreplace":
                case "namereplace":
                    throw PythonException.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default:
                    checkHandler(errors);
            }
            throw decodeError(encoding, in, start, end, reason);
        }

        /** {@code surrogatepass}: the surrogate encoded at {@code at}, or -1 if there is none. */
        private int passSurrogate(int at, Kind kind) {
            int cp;
            int width;
            if (kind == Kind.UTF_8 || kind == Kind.UTF_8_SIG) {
                if (at + 2 >= in.length || (in[at] & 0xff) != 0xed || (in[at + 1] & 0xe0) != 0xa0
                        || (in[at + 2] & 0xc0) != 0x80) {
                    return -1;
                }
                cp = 0xd000 | (in[at + 1] & 0x3f) << 6 | in[at + 2] & 0x3f;
                width = 3;
            } else if (kind == Kind.UTF_16_LE || kind == Kind.UTF_16_BE) {
                if (at + 1 >= in.length) {
                    return -1;
                }
                cp = unit16(at, kind == Kind.UTF_16_BE);
                width = 2;
            } else if (kind == Kind.UTF_32_LE || kind == Kind.UTF_32_BE) {
                if (at + 3 >= in.length) {
                    return -1;
                }
                cp = unit32(at, kind == Kind.UTF_32_BE);
                width = 4;
            } else {
                return -1;
            }
            if (cp < 0xd800 || cp > 0xdfff) {
                return -1;
            }
            put(cp);
            return at + width;
        }

        void singleByte(int limit, String reason) {
            for (int i = 0; i < in.length;) {
                int b = in[i] & 0xff;
                if (b < limit) {
                    put(b);
                    i++;
                } else {
                    i = error(i, i + 1, reason, Kind.ASCII);
                }
            }
        }

        /** UTF-8, where an invalid sequence is its longest valid prefix (Objects/stringlib/codecs.h). */
        void utf8(int from) {
            int len = in.length;
            int i = from;
            while (i < len) {
                int c = in[i] & 0xff;
                if (c < 0x80) {
                    put(c);
                    i++;
                    continue;
                }
                int need;
                int cp;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                    cp = c & 0x1f;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    cp = c & 0x0f;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    cp = c & 0x07;
                } else {
                    i = error(i, i + 1, "invalid start byte", Kind.UTF_8);
                    continue;
                }
                int j = 1;
                boolean bad = false;
                for (; j <= need && i + j < len; j++) {
                    int d = in[i + j] & 0xff;
                    // The second byte's range depends on the first: no overlongs, surrogates or > U+10FFFF.
                    int lo = j == 1 && c == 0xe0 ? 0xa0 : j == 1 && c == 0xf0 ? 0x90 : 0x80;
                    int hi = j == 1 && c == 0xed ? 0x9f : j == 1 && c == 0xf4 ? 0x8f : 0xbf;
                    if (d < lo || d > hi) {
                        bad = true;
                        break;
                    }
                    cp = cp << 6 | d & 0x3f;
                }
                if (bad) {
                    i = error(i, i + j, "invalid continuation byte", Kind.UTF_8);
                } else if (j <= need) {
                    i = error(i, len, "unexpected end of data", Kind.UTF_8);
                } else {
                    put(cp);
                    i += need + 1;
                }
            }
        }

        private int unit16(int at, boolean big) {
            int a = in[at] & 0xff;
            int b = in[at + 1] & 0xff;
            return big ? a << 8 | b : b << 8 | a;
        }

        private int unit32(int at, boolean big) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int b = in[at + (big ? k : 3 - k)] & 0xff;
                v = v << 8 | b;
            }
            return v;
        }

        /** UTF-16; plain {@code utf-16} reads a byte-order mark, little-endian without one. */
        void utf16(Kind kind) {
            int i = 0;
            if (kind == Kind.UTF_16) {
                kind = Kind.UTF_16_LE;
                if (in.length >= 2 && (in[0] & 0xff) == 0xfe && (in[1] & 0xff) == 0xff) {
                    kind = Kind.UTF_16_BE;
                    i = 2;
                } else if (in.length >= 2 && (in[0] & 0xff) == 0xff && (in[1] & 0xff) == 0xfe) {
                    i = 2;
                }
            }
            encoding = kind == Kind.UTF_16_BE ? "utf-16-be" : "utf-16-le";
            boolean big = kind == Kind.UTF_16_BE;
            int len = in.length;
            while (i < len) {
                if (i + 1 >= len) {
                    i = error(i, len, "truncated data", kind);
                    continue;
                }
                int u = unit16(i, big);
                if (u < 0xd800 || u > 0xdfff) {
                    put(u);
                    i += 2;
                } else if (u >= 0xdc00) {
                    i = error(i, i + 2, "illegal encoding", kind);
                } else if (i + 3 >= len) {
                    i = error(i, len, "unexpected end of data", kind);
                } else {
                    int low = unit16(i + 2, big);
                    if (low >= 0xdc00 && low <= 0xdfff) {
                        put(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
                        i += 4;
                    } else {
                        i = error(i, i + 2, "illegal UTF-16 surrogate", kind);
                    }
                }
            }
        }

        /** UTF-32; plain {@code utf-32} reads a byte-order mark, little-endian without one. */
        void utf32(Kind kind) {
            int i = 0;
            if (kind == Kind.UTF_32) {
                kind = Kind.UTF_32_LE;
                if (in.length >= 4 && in[0] == 0 && in[1] == 0 && (in[2] & 0xff) == 0xfe && (in[3] & 0xff) == 0xff) {
                    kind = Kind.UTF_32_BE;
                    i = 4;
                } else if (in.length >= 4 && (in[0] & 0xff) == 0xff && (in[1] & 0xff) == 0xfe && in[2] == 0 && in[3] == 0) {
                    i = 4;
                }
            }
            encoding = kind == Kind.UTF_32_BE ? "utf-32-be" : "utf-32-le";
            boolean big = kind == Kind.UTF_32_BE;
            int len = in.length;
            while (i < len) {
                if (i + 3 >= len) {
                    i = error(i, len, "truncated data", kind);
                    continue;
                }
                int v = unit32(i, big);
                if (v < 0 || v > 0x10ffff) {
                    i = error(i, i + 4, "code point not in range(0x110000)", kind);
                } else if (v >= 0xd800 && v <= 0xdfff) {
                    i = error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", kind);
                } else {
                    put(v);
                    i += 4;
                }
            }
        }

        /** Any other charset, through Java's decoder; malformed input goes to the handler. */
        void java(Charset cs) {
            CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer src = ByteBuffer.wrap(in);
            CharBuffer dst = CharBuffer.allocate(Math.max(16, in.length * 2));
            boolean single = cs.newEncoder().maxBytesPerChar() <= 1.0f;
            while (true) {
                CoderResult r = src.hasRemaining() ? dec.decode(src, dst, true) : dec.flush(dst);
                drain(dst);
                if (r.isOverflow()) {
                    continue;
                }
                if (r.isError()) {
                    int at = src.position();
                    String reason = single ? "character maps to <undefined>"
                            : r.isMalformed() && at + r.length() >= in.length ? "incomplete multibyte sequence"
                            : "illegal multibyte sequence";
                    int resume = error(at, at + r.length(), reason, Kind.JAVA);
                    src.position(resume);
                    continue;
                }
                if (!src.hasRemaining()) {
                    CoderResult f = dec.flush(dst);
                    drain(dst);
                    if (!f.isOverflow()) {
                        return;
                    }
                }
            }
        }

        private void drain(CharBuffer dst) {
            dst.flip();
            while (dst.hasRemaining()) {
                char ch = dst.get();
                if (Character.isHighSurrogate(ch) && dst.hasRemaining() && Character.isLowSurrogate(dst.get(dst.position()))) {
                    put(Character.toCodePoint(ch, dst.get()));
                } else {
                    put(ch);
                }
            }
            dst.clear();
        }
    }

    /** Encodes one str; unencodable runs of code points go to the handler. */
    private static final class Encoder {
        private final PyStr text;
        private final int[] cps;
        private final Codec codec;
        private final String errors;
        private byte[] out;
        private int n;
        private final java.nio.charset.CharsetEncoder javaEncoder;

        Encoder(PyStr text, Codec codec, String errors) {
            this.text = text;
            this.cps = text.codePoints();
            this.codec = codec;
            this.errors = errors;
            this.out = new byte[Math.max(16, cps.length + 8)];
            this.javaEncoder = codec.charset == null ? null : codec.charset.newEncoder();
        }

        private void put(int b) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = (byte) b;
        }

        byte[] run() {
            switch (codec.kind) {
                case UTF_8_SIG:
                    put(0xef);
                    put(0xbb);
                    put(0xbf);
                    break;
                case UTF_16:
                    put(0xff);
                    put(0xfe);
                    break;
                case UTF_32:
                    put(0xff);
                    put(0xfe);
                    put(0);
                    put(0);
                    break;
                default:
                    break;
            }
            for (int i = 0; i < cps.length;) {
                if (canEncode(cps[i])) {
                    emit(cps[i]);
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < cps.length && !canEncode(cps[end])) {
                    end++;
                }
                handle(i, end);
                i = end;
            }
            return Arrays.copyOf(out, n);
        }

        private boolean canEncode(int cp) {
            switch (codec.kind) {
                case ASCII:
                    return cp < 128;
                case LATIN_1:
                    return cp < 256;
                case JAVA:
                    return cp < 0xd800 || cp > 0xdfff ? javaEncoder.canEncode(new String(Character.toChars(cp))) : false;
                default:
                    return cp < 0xd800 || cp > 0xdfff;
            }
        }

        private String reason() {
            switch (codec.kind) {
                case ASCII:
                    return "ordinal not in range(128)";
                case LATIN_1:
                    return "ordinal not in range(256)";
                case JAVA:
                    return codec.name.equals("charmap") ? "character maps to <undefined>" : "illegal multibyte sequence";
                default:
                    return "surrogates not allowed";
            }
        }

        /** Writes an encodable code point. */
        private void emit(int cp) {
            switch (codec.kind) {
                case ASCII:
                case LATIN_1:
                    put(cp);
                    break;
                case UTF_8:
                case UTF_8_SIG:
                    utf8(cp);
                    break;
                case UTF_16:
                case UTF_16_LE:
                case UTF_16_BE:
                    if (cp >= 0x10000) {
                        unit16(0xd800 + ((cp - 0x10000) >> 10));
                        unit16(0xdc00 + ((cp - 0x10000) & 0x3ff));
                    } else {
                        unit16(cp);
                    }
                    break;
                case UTF_32:
                case UTF_32_LE:
                case UTF_32_BE:
                    unit32(cp);
                    break;
                default:
                    for (byte b : new String(Character.toChars(cp)).getBytes(codec.charset)) {
                        put(b);
                    }
                    break;
            }
        }

        private void utf8(int cp) {
            if (cp < 0x80) {
                put(cp);
            } else if (cp < 0x800) {
                put(0xc0 | cp >> 6);
                put(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                put(0xe0 | cp >> 12);
                put(0x80 | cp >> 6 & 0x3f);
                put(0x80 | cp & 0x3f);
            } else {
                put(0xf0 | cp >> 18);
                put(0x80 | cp >> 12 & 0x3f);
                put(0x80 | cp >> 6 & 0x3f);
                put(0x80 | cp & 0x3f);
            }
        }

        private void unit16(int u) {
            if (codec.kind == Kind.UTF_16_BE) {
                put(u >> 8);
                put(u);
            } else {
                put(u);
                put(u >> 8);
            }
        }

        private void unit32(int v) {
            for (int k = 0; k < 4; k++) {
                put(codec.kind == Kind.UTF_32_BE ? v >> (24 - 8 * k) : v >> (8 * k));
            }
        }

        /** Writes ASCII replacement text through the codec. */
        private void emitText(String s) {
            for (int k = 0; k < s.length(); k++) {
                emit(s.charAt(k));
            }
        }

        private void handle(int start, int end) {
            switch (errors) {
                case "strict":
                    break;
                case "ignore":
                    return;
                case "replace":
                    for (int k = start; k < end; k++) {
                        emitText("?");
                    }
                    return;
                case "backslashreplace":
                    for (int k = start; k < end; k++) {
                        emitText(escape(cps[k]));
                    }
                    return;
                case "xmlcharrefreplace":
                    for (int k = start; k < end; k++) {
                        emitText("&#" + cps[k] + ";");
                    }
                    return;
                case "namereplace":
                    for (int k = start; k < end; k++) {
                        String name = CharacterNames.name(cps[k]);
                        emitText(name != null ? "\\N{" + name + "}" : escape(cps[k]));
                    }
                    return;
                case "surrogateescape":
                    // A UTF-16 or UTF-32 encoder refuses the raw bytes this handler gives back.
                    if (!utf16or32() && allIn(start, end, 0xdc80, 0xdcff)) {
                        for (int k = start; k < end; k++) {
                            put(cps[k] - 0xdc00);
                        }
                        return;
                    }
                    break;
                case "surrogatepass":
                    if (codec.kind != Kind.ASCII && codec.kind != Kind.LATIN_1 && codec.kind != Kind.JAVA
                            && allIn(start, end, 0xd800, 0xdfff)) {
                        for (int k = start; k < end; k++) {
                            rawSurrogate(cps[k]);
                        }
                        return;
                    }
                    break;
                default:
                    checkHandler(errors);
            }
            throw encodeError(codec.name, text, start, end, reason());
        }

        private boolean utf16or32() {
            switch (codec.kind) {
                case UTF_16: case UTF_16_LE: case UTF_16_BE: case UTF_32: case UTF_32_LE: case UTF_32_BE:
                    return true;
                default:
                    return false;
            }
        }

        private boolean allIn(int start, int end, int lo, int hi) {
            for (int k = start; k < end; k++) {
                if (cps[k] < lo || cps[k] > hi) {
                    return false;
                }
            }
            return true;
        }

        private void rawSurrogate(int cp) {
            switch (codec.kind) {
                case UTF_8:
                case UTF_8_SIG:
                    utf8(cp);
                    break;
                case UTF_16:
                case UTF_16_LE:
                case UTF_16_BE:
                    unit16(cp);
                    break;
                default:
                    unit32(cp);
                    break;
            }
        }
    }

    /** A code point as backslashreplace writes it: a backslash, then x, u or U and 2, 4 or 8 hex digits. */
    static String escape(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }
}
