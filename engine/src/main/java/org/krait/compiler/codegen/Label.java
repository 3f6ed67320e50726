package org.krait.compiler.codegen;

/** A position in an instruction sequence, bound once to the index of the next instruction emitted. */
final class Label {
    int position = -1;
}
