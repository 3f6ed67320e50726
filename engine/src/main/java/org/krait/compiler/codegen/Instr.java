package org.krait.compiler.codegen;

import org.krait.runtime.bytecode.Opcode;

/** One instruction before assembly: a jump names a {@link Label}; {@code handler} protects it. */
final class Instr {
    Opcode op;
    int arg;
    final Label target;
    final int line;
    final Handler handler;

    Instr(Opcode op, int arg, Label target, int line, Handler handler) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.line = line;
        this.handler = handler;
    }

    @Override
    public String toString() {
        return op + " " + arg + (target != null ? " -> " + target.position : "");
    }
}
