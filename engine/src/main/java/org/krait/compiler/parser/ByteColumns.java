package org.krait.compiler.parser;

/** Converts CPython's 1-based UTF-8 byte columns into the 1-based code-point columns of {@code SyntaxError.offset}. */
final class ByteColumns {
    private ByteColumns() {
    }

    /**
     * The number of code points CPython gets when it decodes the first {@code col1} bytes of
     * {@code line} (a code point cut in the middle still counts; past the end, the terminating NUL
     * counts as one more).
     */
    static int toCodePoints(String line, int col1) {
        int bytes = 0;
        int count = 0;
        int i = 0;
        while (i < line.length() && bytes < col1) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            count++;
        }
        if (bytes < col1) {
            count++;
        }
        return count;
    }
}
