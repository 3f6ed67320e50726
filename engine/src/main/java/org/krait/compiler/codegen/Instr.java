package org.krait.compiler.codegen;

import org.krait.runtime.bytecode.Opcode;

/** One instruction before assembly: a jump names a {@link Label}; {@code handler} protects it. */
final class Instr {
    Opcode op;
    int arg;
    final Label target;
    final int line;
    /** End line and UTF-8 byte columns of the source range, or -1 when unknown. */
    final int endLine;
    final int col;
    final int endCol;
    final Handler handler;

    Instr(Opcode op, int arg, Label target, int line, Handler handler) {
        this(op, arg, target, line, -1, -1, -1, handler);
    }

    Instr(Opcode op, int arg, Label target, int line, int endLine, int col, int endCol, Handler handler) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
        this.handler = handler;
    }

    @Override
    public String toString() {
        return op + " " + arg + (target != null ? " -> " + target.position : "");
    }
}
