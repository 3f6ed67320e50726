package org.krait.compiler.ast;

import java.util.Arrays;

/**
 * The value of a str constant that a Java String cannot hold exactly: it contains a high surrogate
 * immediately followed by a low surrogate as two separate code points (as {@code '\ud834\udd1e'}
 * is in Python), which a String would read as one supplementary code point. Every other str
 * constant is a {@link String}. The array is never modified after construction.
 */
public record CodePointStr(int[] codePoints) {
    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointStr c && Arrays.equals(codePoints, c.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return "CodePointStr" + Arrays.toString(codePoints);
    }
}
