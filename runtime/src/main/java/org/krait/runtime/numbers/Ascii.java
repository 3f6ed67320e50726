package org.krait.runtime.numbers;

/**
 * The normalisation {@code int()} and {@code float()} apply to a str before parsing
 * ({@code _PyUnicode_TransformDecimalAndSpaceToASCII}): Unicode decimal digits become ASCII
 * digits, whitespace becomes a space, other non-ASCII characters become {@code '?'}. Decimal
 * digits come from Java's {@code Character.digit} until the runtime's Unicode database exists.
 */
final class Ascii {
    private Ascii() {
    }

    /** {@code s} transformed, or {@code s} itself when it is already ASCII. */
    static String transform(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                b.append((char) c);
            } else if (isSpace(c)) {
                b.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }

    /** {@code str.isspace} for one code point ({@code Py_UNICODE_ISSPACE}). */
    static boolean isSpace(int c) {
        if (c < 0x80) {
            return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20);
        }
        if (c == 0x85 || c == 0xa0) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR;
    }

    /** {@code s} without leading and trailing ASCII-range whitespace (after {@link #transform}). */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
