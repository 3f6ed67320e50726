package org.krait.compiler.codegen;

import org.krait.runtime.bytecode.Opcode;

/**
 * An exception handler in effect while instructions are emitted (what CPython's compiler
 * computes per basic block from SETUP_* and POP_BLOCK). Handlers form an immutable stack through
 * {@link #parent}, so a position's handler can be saved and restored by keeping a reference.
 */
final class Handler {
    final Handler parent;
    final Label target;
    final Opcode kind;
    /** The index of the SETUP_* pseudo-instruction that opened it; its stack depth fixes the entry's depth. */
    final int setupIndex;

    Handler(Handler parent, Label target, Opcode kind, int setupIndex) {
        this.parent = parent;
        this.target = target;
        this.kind = kind;
        this.setupIndex = setupIndex;
    }
}
