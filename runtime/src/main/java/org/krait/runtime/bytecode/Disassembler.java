package org.krait.runtime.bytecode;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code dis}-like text for a code object and the code objects among its constants: line,
 * offset in bytes, opcode name, argument and its meaning, plus the exception table.
 */
public final class Disassembler {

    private static final String[] BINARY_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] COMPARE_OPS = {"<", "<=", "==", "!=", ">", ">="};

    private Disassembler() {
    }

    /** The listing of {@code code} and, after it, of its nested code objects. */
    public static String disassemble(PyCode code) {
        StringBuilder sb = new StringBuilder();
        one(sb, code);
        for (PyObject c : code.consts) {
            if (c instanceof PyCode) {
                sb.append("\nDisassembly of ").append(ObjectOps.repr(c)).append(":\n");
                sb.append(disassemble((PyCode) c));
            }
        }
        return sb.toString();
    }

    private static void one(StringBuilder sb, PyCode code) {
        byte[] raw = code.code;
        int[] lines = code.lines();
        int ext = 0;
        int lastLine = -1;
        for (int i = 0; i < raw.length / 2; i++) {
            Opcode op = Opcode.of(raw[2 * i] & 0xff);
            int arg = ext | (raw[2 * i + 1] & 0xff);
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            String line = lines[i] != lastLine ? String.format("%3d", lines[i]) : "   ";
            if (lines[i] != lastLine && i > 0) {
                sb.append('\n');
            }
            lastLine = lines[i];
            sb.append(String.format("%s %6d %-28s", line, 2 * i, op.name()));
            if (op.operand != Opcode.Operand.NONE) {
                sb.append(String.format(" %d", arg));
                String meaning = meaning(code, op, arg, i);
                if (meaning != null) {
                    sb.append(" (").append(meaning).append(')');
                }
            }
            sb.append('\n');
        }
        ExceptionTable.Entry[] table = ExceptionTable.decode(code.exceptiontable);
        if (table.length > 0) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : table) {
                sb.append(String.format("  %d to %d -> %d [%d]%s%n", 2 * e.start(), 2 * e.end(), 2 * e.target(), e.depth(),
                        e.lasti() ? " lasti" : ""));
            }
        }
    }

    private static String meaning(PyCode code, Opcode op, int arg, int i) {
        switch (op.operand) {
            case CONST:
                return arg < code.consts.length ? ObjectOps.repr(code.consts[arg]).toString() : null;
            case NAME:
                return arg < code.names.length ? code.names[arg] : null;
            case GLOBAL:
                return (arg & 1) != 0 ? "NULL + " + code.names[arg >> 1] : code.names[arg >> 1];
            case LOCAL:
            case CELL:
                return arg < code.localsplusnames.length ? code.localsplusnames[arg] : null;
            case JUMP_FORWARD:
                return "to " + 2 * (i + 1 + arg);
            case JUMP_BACKWARD:
                return "to " + 2 * (i + 1 - arg);
            case BINARY_OPERATOR:
                return arg >= 13 ? BINARY_OPS[arg - 13] + "=" : BINARY_OPS[arg];
            case COMPARE_OPERATOR:
                return arg < COMPARE_OPS.length ? COMPARE_OPS[arg] : null;
            default:
                return null;
        }
    }
}
