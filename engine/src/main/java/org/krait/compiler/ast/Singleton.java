package org.krait.compiler.ast;

/** The constant values that are neither numbers nor strings: {@code None} and {@code ...}. */
public enum Singleton {
    None, Ellipsis
}
