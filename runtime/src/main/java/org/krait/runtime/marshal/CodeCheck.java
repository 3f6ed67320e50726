package org.krait.runtime.marshal;

import org.krait.runtime.bytecode.ExceptionTable;
import org.krait.runtime.bytecode.LineTable;
import org.krait.runtime.bytecode.Opcode;

/**
 * Checks the instructions of a code object read from marshal data before it can run: whole code
 * units, real opcodes (no pseudo-instructions), arguments that index the constants, names and
 * localsplus arrays in range, jumps and exception handlers that land inside the code, tables
 * that decode. Damaged data then fails to load with a ValueError instead of failing in the
 * interpreter.
 */
final class CodeCheck {

    private static final int OPCODES = Opcode.SETUP_FINALLY.ordinal();

    private CodeCheck() {
    }

    static void check(byte[] code, int nconsts, int nnames, int nlocals, byte[] exceptiontable, byte[] linetable,
            int firstlineno) {
        if (code.length % 2 != 0) {
            throw MarshalReader.badCode();
        }
        int units = code.length / 2;
        int ext = 0;
        for (int i = 0; i < units; i++) {
            int opcode = code[2 * i] & 0xff;
            if (opcode >= OPCODES) {
                throw MarshalReader.badCode();
            }
            Opcode op = Opcode.of(opcode);
            int arg = ext | (code[2 * i + 1] & 0xff);
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            if (op != Opcode.EXTENDED_ARG && !argumentFits(op, arg, i, units, nconsts, nnames, nlocals)) {
                throw MarshalReader.badCode();
            }
        }
        try {
            for (ExceptionTable.Entry e : ExceptionTable.decode(exceptiontable)) {
                if (e.start() < 0 || e.end() > units || e.start() > e.end() || e.target() < 0 || e.target() >= units
                        || e.depth() < 0) {
                    throw MarshalReader.badCode();
                }
            }
            LineTable.positions(linetable, firstlineno, units);
        } catch (RuntimeException e) {
            if (e instanceof org.krait.runtime.objects.exceptions.PythonException) {
                throw e;
            }
            throw MarshalReader.badCode();
        }
    }

    private static boolean argumentFits(Opcode op, int arg, int i, int units, int nconsts, int nnames, int nlocals) {
        switch (op.operand) {
            case CONST:
                return arg < nconsts;
            case NAME:
                return arg < nnames;
            case GLOBAL:
                return arg >>> 1 < nnames;
            case LOCAL:
            case CELL:
                return arg < nlocals;
            case JUMP_FORWARD:
                return i + 1 + (long) arg <= units;
            case JUMP_BACKWARD:
                return i + 1 - (long) arg >= 0;
            default:
                return arg >= 0;
        }
    }
}
