package org.krait.compiler.ast;

import java.util.Arrays;

/** The value of a bytes literal. The array is never modified after construction. */
public record Bytes(byte[] value) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Bytes" + Arrays.toString(value);
    }
}
