package org.krait.compiler.parser;

import java.util.Arrays;
import org.krait.compiler.ast.CodePointStr;

/**
 * The value of a str constant under construction. Python keeps {@code '\ud834\udd1e'} as two code
 * points, but once appended to a Java String the two chars read as one, so this builder records
 * where a low surrogate starts its own code point right after a high surrogate (a "split pair").
 * Such pairs only arise from escapes or from joining pieces; the value is then a
 * {@link CodePointStr}, otherwise a plain String.
 *
 * <p>Invariant: apart from the recorded split pairs, every surrogate pair in {@link #chars} is one
 * code point.
 */
final class StringValueBuilder {
    private final StringBuilder chars = new StringBuilder();
    /** Indices in {@link #chars} of the low surrogates of split pairs, ascending; null while none. */
    private int[] splits;
    private int splitCount;

    boolean isEmpty() {
        return chars.length() == 0;
    }

    /** Appends one code point (an escape's value, or a character of the literal). */
    void appendCodePoint(int cp) {
        if (Character.isBmpCodePoint(cp)) {
            noteJunction((char) cp);
            chars.append((char) cp);
        } else {
            chars.appendCodePoint(cp);
        }
    }

    /**
     * Appends text whose surrogate pairs are each one code point (source text, a decoded piece):
     * only its first char can split a pair, against the text already here.
     */
    void append(CharSequence text) {
        if (text.length() > 0) {
            noteJunction(text.charAt(0));
            chars.append(text);
        }
    }

    /** A String, or a {@link CodePointStr} when the value holds a split pair. */
    Object value() {
        if (splitCount == 0) {
            return chars.toString();
        }
        int[] cps = new int[chars.length()];
        int n = 0;
        int nextSplit = 0;
        for (int i = 0; i < chars.length(); ) {
            char c = chars.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < chars.length()
                    && Character.isLowSurrogate(chars.charAt(i + 1));
            if (pair && nextSplit < splitCount && splits[nextSplit] == i + 1) {
                nextSplit++;
                pair = false;
            }
            if (pair) {
                cps[n++] = Character.toCodePoint(c, chars.charAt(i + 1));
                i += 2;
            } else {
                cps[n++] = c;
                i++;
            }
        }
        return new CodePointStr(Arrays.copyOf(cps, n));
    }

    /** Records a split pair if {@code next}, appended now, would join the last char into one code point. */
    private void noteJunction(char next) {
        int len = chars.length();
        if (Character.isLowSurrogate(next) && len > 0 && Character.isHighSurrogate(chars.charAt(len - 1))) {
            addSplit(len);
        }
    }

    private void addSplit(int index) {
        if (splits == null) {
            splits = new int[4];
        } else if (splitCount == splits.length) {
            splits = Arrays.copyOf(splits, splitCount * 2);
        }
        splits[splitCount++] = index;
    }
}
