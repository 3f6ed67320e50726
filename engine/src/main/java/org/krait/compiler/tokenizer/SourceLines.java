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
        return utf8Length(from, pos);
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

    /** Number of code points in {@code buf[from..to)}. */
    int codePoints(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n++;
            if (Character.isHighSurrogate(buf[i]) && i + 1 < to && Character.isLowSurrogate(buf[i + 1])) {
                i++;
            }
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

    /** {@code s} with every escaped undecodable byte shown as U+FFFD, as CPython's "replace" decoding shows it. */
    static String display(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                StringBuilder sb = new StringBuilder(s);
                for (int j = i; j < n; j++) {
                    char d = sb.charAt(j);
                    if (d >= 0xDC80 && d <= 0xDCFF && (j == 0 || !Character.isHighSurrogate(sb.charAt(j - 1)))) {
                        sb.setCharAt(j, '\uFFFD');
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }
}
