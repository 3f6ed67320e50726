package org.krait.compiler.tokenizer;

/**
 * The tokenizer's view of a source text: newlines normalised to {@code \n} (as CPython's
 * {@code translate_newlines}), the start of every physical line, and conversions between char
 * indices, UTF-8 byte columns and code point columns.
 *
 * <p>A lone surrogate U+DC80..U+DCFF stands for one undecodable source byte (see
 * {@code SourceDecoder}); it counts as one byte and one code point, like CPython's raw buffer.
 */
final class SourceLines {
    final String text;
    final char[] buf;
    final int len;
    /** {@code lineStarts[i]} is where line {@code i + 1} starts; {@code lineStarts[count] == len}. */
    private final int[] lineStarts;
    private final boolean[] lineAscii;
    final int count;
    /** Last {@link #byteCol} answer on a non-ASCII line. */
    private int cacheLine;
    private int cachePos;
    private int cacheBytes;

    SourceLines(String source, boolean execInput) {
        String normalised = normalise(source, execInput);
        text = normalised;
        buf = normalised.toCharArray();
        len = buf.length;
        int lines = 0;
        for (int i = 0; i < len; i++) {
            if (buf[i] == '\n') {
                lines++;
            }
        }
        if (len > 0 && buf[len - 1] != '\n') {
            lines++;
        }
        count = lines;
        lineStarts = new int[lines + 1];
        lineAscii = new boolean[lines + 1];
        int line = 0;
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= 0x80) {
                ascii = false;
            } else if (c == '\n') {
                lineAscii[line] = ascii;
                ascii = true;
                lineStarts[++line] = i + 1;
            }
        }
        if (line < lines) {
            lineAscii[line] = ascii;
        }
        lineStarts[lines] = len;
    }

    private static String normalise(String s, boolean execInput) {
        boolean needsCopy = s.indexOf('\r') >= 0;
        boolean addNewline = execInput && (s.isEmpty() || s.charAt(s.length() - 1) != '\n');
        if (!needsCopy) {
            return addNewline ? s + "\n" : s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 1);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        if (execInput && (sb.length() == 0 || sb.charAt(sb.length() - 1) != '\n')) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Start index of 1-based {@code line}. */
    int start(int line) {
        return lineStarts[line - 1];
    }

    /** End index (after its newline, if any) of 1-based {@code line}. */
    int end(int line) {
        return lineStarts[line];
    }

    /** UTF-8 byte offset of index {@code pos} from the start of 1-based {@code line}. */
    int byteCol(int pos, int line) {
        int from = lineStarts[line - 1];
        if (lineAscii[line - 1]) {
            return pos - from;
        }
        // Columns are asked for left to right, so continue from the last answer on this line.
        if (cacheLine == line && cachePos <= pos) {
            cacheBytes += utf8Length(cachePos, pos);
        } else {
            cacheLine = line;
            cacheBytes = utf8Length(from, pos);
        }
        cachePos = pos;
        return cacheBytes;
    }

    /** UTF-8 length of {@code buf[from..to)}; an escaped byte counts as one. */
    int utf8Length(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(buf[i + 1])) {
                n += 4;
                i++;
            } else if (c >= 0xDC80 && c <= 0xDCFF) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Number of code points in {@code buf[from..to)} as CPython counts them after decoding with
     * "replace": a run of escaped bytes counts one per replacement character.
     */
    int codePoints(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (isEscape(c)) {
                int end = i;
                while (end < to && isEscape(buf[end])) {
                    end++;
                }
                n += replacements(buf, i, end);
                i = end - 1;
                continue;
            }
            n++;
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(buf[i + 1])) {
                i++;
            }
        }
        return n;
    }

    private static boolean isEscape(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /**
     * How many U+FFFD CPython's "replace" decoding makes of the escaped bytes {@code s[from..to)}:
     * one per maximal prefix of a well-formed UTF-8 sequence, else one per byte.
     */
    private static int replacements(char[] s, int from, int to) {
        int n = 0;
        int i = from;
        while (i < to) {
            int b = s[i] - 0xDC00;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                need = 0;
            }
            i++;
            for (int k = 1; k <= need && i < to; k++) {
                int cb = s[i] - 0xDC00;
                if (cb < (k == 1 ? lo : 0x80) || cb > (k == 1 ? hi : 0xBF)) {
                    break;
                }
                i++;
            }
            n++;
        }
        return n;
    }

    /** Line {@code line} with its newline; empty when out of range. */
    String lineText(int line) {
        if (line < 1 || line > count) {
            return "";
        }
        return text.substring(lineStarts[line - 1], lineStarts[line]);
    }

    /** Line {@code line} up to (not including) its newline; empty when out of range. */
    String lineWithoutNewline(int line) {
        if (line < 1 || line > count) {
            return "";
        }
        int end = lineStarts[line];
        if (end > lineStarts[line - 1] && buf[end - 1] == '\n') {
            end--;
        }
        return text.substring(lineStarts[line - 1], end);
    }

    /**
     * CPython's {@code _PyPegen_byte_offset_to_character_offset}: the number of code points in the
     * first {@code byteOffset} UTF-8 bytes of {@code line} (a code point cut in the middle counts,
     * as the decoder's replacement character would), clamped to the line's length plus one.
     */
    static int charOffset(String line, int byteOffset) {
        int bytes = 0;
        int cps = 0;
        int n = line.length();
        for (int i = 0; i < n && bytes < byteOffset; i++) {
            int cp = line.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            cps++;
        }
        if (bytes < byteOffset) {
            cps++;
        }
        return cps;
    }

    /** {@code s} with its escaped undecodable bytes shown as CPython's "replace" decoding shows them. */
    static String display(String s) {
        int n = s.length();
        char[] chars = null;
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (isEscape(c)) {
                if (sb == null) {
                    chars = s.toCharArray();
                    sb = new StringBuilder(n).append(chars, 0, i);
                }
                int end = i;
                while (end < n && isEscape(chars[end])) {
                    end++;
                }
                for (int k = replacements(chars, i, end); k > 0; k--) {
                    sb.append('\uFFFD');
                }
                i = end - 1;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
