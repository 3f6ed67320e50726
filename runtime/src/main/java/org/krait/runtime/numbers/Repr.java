package org.krait.runtime.numbers;

/**
 * {@code repr(str)} ({@code unicode_repr}) for the error messages that quote their input.
 * Printability follows Java's Unicode categories until the runtime's Unicode database exists; they
 * agree with CPython's {@code str.isprintable} except where Java's Unicode version differs.
 */
public final class Repr {
    private Repr() {
    }

    /** The Python repr of {@code s}, quotes included. */
    public static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        }
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }
}
