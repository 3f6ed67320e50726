package org.krait.runtime.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.ObjectOps;

/**
 * Reads a code object's instructions as the {@code dis} module shows them, and writes CPython
 * 3.11's listing of them: a line-number column on the first instruction of each line (a blank
 * line before it), {@code -->} at the current instruction, {@code >>} at jump targets, the byte
 * offset, the opcode name, the argument and what it means in parentheses, then the exception
 * table. The {@code dis} module and {@code krait --dis} both print through {@link #listing}.
 */
public final class Disassembler {

    /** {@code dis.Instruction} without its Python values: {@code arg} is -1 when there is none. */
    public record Instruction(Opcode op, int offset, int arg, int startsLine, boolean jumpTarget, int[] position) {
    }

    /** A CPython {@code _ExceptionTableEntry}, in bytes; {@code end} is exclusive. */
    public record Handler(int start, int end, int target, int depth, boolean lasti) {
    }

    /** {@code dis._nb_ops}' symbols by BINARY_OP argument (the in-place forms add "="). */
    public static final List<String> BINARY_OPS = List.of("+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-",
            "/", "^");
    /** {@code dis.cmp_op}. */
    public static final List<String> COMPARE_OPS = List.of("<", "<=", "==", "!=", ">", ">=");
    /** {@code dis.MAKE_FUNCTION_FLAGS}, bit 0 first. */
    public static final List<String> MAKE_FUNCTION_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");
    /** Names of FORMAT_VALUE's conversions (bits 0-1). */
    public static final List<String> FORMAT_CONVERSIONS = List.of("", "str", "repr", "ascii");

    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private Disassembler() {
    }

    /** {@code co_exceptiontable} as byte offsets. */
    public static List<Handler> handlers(PyCode code) {
        List<Handler> out = new ArrayList<>();
        for (ExceptionTable.Entry e : ExceptionTable.decode(code.exceptiontable)) {
            out.add(new Handler(2 * e.start(), 2 * e.end(), 2 * e.target(), e.depth(), e.lasti()));
        }
        return out;
    }

    /**
     * {@code dis.findlinestarts}: the byte offset and line of each instruction whose line differs
     * from the last line seen (instructions without a line are skipped).
     */
    public static List<int[]> lineStarts(PyCode code) {
        List<int[]> out = new ArrayList<>();
        int[] lines = code.lines();
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] >= 0 && lines[i] != last) {
                last = lines[i];
                out.add(new int[] {2 * i, lines[i]});
            }
        }
        return out;
    }

    /** The instructions of {@code code}, each with its full argument (EXTENDED_ARG folded in). */
    public static List<Instruction> instructions(PyCode code) {
        byte[] raw = code.code;
        int units = raw.length / 2;
        boolean[] targets = jumpTargets(code);
        int[][] positions = code.positions();
        int[] startLine = new int[units];
        java.util.Arrays.fill(startLine, -1);
        for (int[] ls : lineStarts(code)) {
            startLine[ls[0] / 2] = ls[1];
        }
        List<Instruction> out = new ArrayList<>(units);
        int ext = 0;
        for (int i = 0; i < units; i++) {
            Opcode op = Opcode.of(raw[2 * i] & 0xff);
            int arg = ext | (raw[2 * i + 1] & 0xff);
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            out.add(new Instruction(op, 2 * i, op.operand == Opcode.Operand.NONE ? -1 : arg, startLine[i], targets[i],
                    positions[i]));
        }
        return out;
    }

    /** Which code units a jump or an exception handler goes to ({@code dis.findlabels} plus handlers). */
    private static boolean[] jumpTargets(PyCode code) {
        byte[] raw = code.code;
        int units = raw.length / 2;
        boolean[] targets = new boolean[units + 1];
        int ext = 0;
        for (int i = 0; i < units; i++) {
            Opcode op = Opcode.of(raw[2 * i] & 0xff);
            int arg = ext | (raw[2 * i + 1] & 0xff);
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            int target = jumpTarget(op, arg, 2 * i);
            if (target >= 0 && target / 2 <= units) {
                targets[target / 2] = true;
            }
        }
        for (ExceptionTable.Entry e : ExceptionTable.decode(code.exceptiontable)) {
            if (e.target() <= units) {
                targets[e.target()] = true;
            }
        }
        return java.util.Arrays.copyOf(targets, units);
    }

    /** {@code dis.findlabels}: the byte offsets jumped to from raw instructions, in order of first appearance. */
    public static List<Integer> labels(byte[] raw) {
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        int ext = 0;
        for (int i = 0; i + 1 < raw.length; i += 2) {
            int code = raw[i] & 0xff;
            if (code >= Opcode.values().length) {
                ext = 0;
                continue;
            }
            Opcode op = Opcode.of(code);
            int arg = ext | (raw[i + 1] & 0xff);
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            int target = jumpTarget(op, arg, i);
            if (target >= 0) {
                out.add(target);
            }
        }
        return new ArrayList<>(out);
    }

    /** The byte offset a jump at {@code offset} goes to, or -1 when {@code op} does not jump. */
    public static int jumpTarget(Opcode op, int arg, int offset) {
        switch (op.operand) {
            case JUMP_FORWARD:
                return offset + 2 + 2 * arg;
            case JUMP_BACKWARD:
                return offset + 2 - 2 * arg;
            default:
                return -1;
        }
    }

    /** {@code Instruction.argrepr}: what the argument means, or "" when it means only itself. */
    public static String argRepr(PyCode code, Instruction in) {
        int arg = in.arg();
        if (arg < 0) {
            return "";
        }
        Opcode op = in.op();
        switch (op.operand) {
            case CONST:
                return arg < code.consts.length ? ObjectOps.repr(code.consts[arg]).toString() : "";
            case NAME:
                return arg < code.names.length ? code.names[arg] : "";
            case GLOBAL:
                if (arg >> 1 >= code.names.length) {
                    return "";
                }
                return (arg & 1) != 0 ? "NULL + " + code.names[arg >> 1] : code.names[arg >> 1];
            case LOCAL:
            case CELL:
                return arg < code.localsplusnames.length ? code.localsplusnames[arg] : "";
            case JUMP_FORWARD:
            case JUMP_BACKWARD:
                return "to " + jumpTarget(op, arg, in.offset());
            case BINARY_OPERATOR:
                return arg < BINARY_OPS.size() ? BINARY_OPS.get(arg)
                        : arg < 2 * BINARY_OPS.size() ? BINARY_OPS.get(arg - BINARY_OPS.size()) + "=" : "";
            case COMPARE_OPERATOR:
                return arg < COMPARE_OPS.size() ? COMPARE_OPS.get(arg) : "";
            default:
                break;
        }
        if (op == Opcode.MAKE_FUNCTION) {
            List<String> names = new ArrayList<>();
            for (int b = 0; b < MAKE_FUNCTION_FLAGS.size(); b++) {
                if ((arg & 1 << b) != 0) {
                    names.add(MAKE_FUNCTION_FLAGS.get(b));
                }
            }
            return String.join(", ", names);
        }
        if (op == Opcode.FORMAT_VALUE) {
            String conv = FORMAT_CONVERSIONS.get(arg & 3);
            return (arg & 4) == 0 ? conv : conv.isEmpty() ? "with format" : conv + ", with format";
        }
        return "";
    }

    /**
     * The listing of one code object, as {@code dis.disassemble(code, lasti)}: {@code lasti} is
     * the byte offset marked {@code -->} (-1 for none), {@code lineOffset} is added to the lines.
     */
    public static String listing(PyCode code, int lasti, int lineOffset) {
        return listing(code, lasti, lineOffset, true);
    }

    /** The listing, without the line-number column unless {@code withLines} (raw instructions have no lines). */
    public static String listing(PyCode code, int lasti, int lineOffset, boolean withLines) {
        StringBuilder sb = new StringBuilder();
        List<Instruction> instructions = instructions(code);
        int maxLine = -1;
        for (Instruction in : instructions) {
            maxLine = Math.max(maxLine, in.startsLine());
        }
        boolean showLines = withLines && maxLine >= 0;
        int lineWidth = !showLines ? 0 : Math.max(3, String.valueOf(maxLine + lineOffset).length());
        int offsetWidth = Math.max(4, String.valueOf(code.code.length - 2).length());
        for (Instruction in : instructions) {
            if (showLines && in.startsLine() >= 0 && in.offset() > 0) {
                sb.append('\n');
            }
            sb.append(line(in.op().name(), in.arg(), argRepr(code, in), in.offset(),
                    showLines && in.startsLine() >= 0 ? in.startsLine() + lineOffset : -1, in.jumpTarget(), lineWidth,
                    in.offset() == lasti, offsetWidth)).append('\n');
        }
        List<Handler> handlers = handlers(code);
        if (!handlers.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (Handler h : handlers) {
                sb.append("  ").append(h.start()).append(" to ").append(h.end() - 2).append(" -> ").append(h.target())
                        .append(" [").append(h.depth()).append(']').append(h.lasti() ? " lasti" : "").append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * One instruction's line of a listing (CPython's {@code Instruction._disassemble}): no line
     * column when {@code lineWidth} is 0; {@code arg} and {@code startsLine} are -1 when absent.
     */
    public static String line(String opname, int arg, String argrepr, int offset, int startsLine, boolean jumpTarget,
            int lineWidth, boolean current, int offsetWidth) {
        StringBuilder sb = new StringBuilder();
        if (lineWidth > 0) {
            String n = startsLine >= 0 ? String.valueOf(startsLine) : "";
            sb.append(" ".repeat(Math.max(0, lineWidth - n.length()))).append(n).append(' ');
        }
        sb.append(current ? "-->" : "   ").append(' ');
        sb.append(jumpTarget ? ">>" : "  ").append(' ');
        String off = String.valueOf(offset);
        sb.append(" ".repeat(Math.max(0, offsetWidth - off.length()))).append(off).append(' ');
        sb.append(opname).append(" ".repeat(Math.max(0, OPNAME_WIDTH - opname.length())));
        if (arg >= 0) {
            String a = String.valueOf(arg);
            sb.append(' ').append(" ".repeat(Math.max(0, OPARG_WIDTH - a.length()))).append(a);
            String meaning = argrepr;
            if (!meaning.isEmpty()) {
                sb.append(" (").append(meaning).append(')');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    /**
     * {@code dis.dis(code)}: the listing of {@code code}, then of each code object among its
     * constants, depth first, each introduced by a blank line and {@code Disassembly of <repr>:}.
     */
    public static String disassemble(PyCode code) {
        StringBuilder sb = new StringBuilder(listing(code, -1, 0));
        for (PyObject c : code.consts) {
            if (c instanceof PyCode) {
                sb.append("\nDisassembly of ").append(ObjectOps.repr(c)).append(":\n");
                sb.append(disassemble((PyCode) c));
            }
        }
        return sb.toString();
    }
}
