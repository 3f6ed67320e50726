package org.krait.compiler.codegen;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.krait.runtime.bytecode.ExceptionTable;
import org.krait.runtime.bytecode.LineTable;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyObject;

/**
 * Turns a unit's instruction list into a {@link PyCode} (CPython's {@code assemble}): computes
 * the stack depth and each handler's depth, drops pseudo-instructions, picks jump directions,
 * sizes EXTENDED_ARG prefixes until jump offsets are stable, and writes the code, line and
 * exception tables.
 */
final class Assembler {

    private Assembler() {
    }

    static PyCode assemble(CodeUnit u, String filename) {
        List<Instr> instrs = u.instrs;
        int n = instrs.size();
        int[] depth = stackDepths(instrs);
        int maxDepth = 0;
        for (int d : depth) {
            maxDepth = Math.max(maxDepth, d);
        }
        // Drop pseudo-instructions that only mark handlers, and dead code; map old indexes to new.
        int[] newIndex = new int[n + 1];
        List<Instr> kept = new ArrayList<>();
        List<Integer> keptOld = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            newIndex[i] = kept.size();
            Instr in = instrs.get(i);
            // Unreachable code is dropped, as CPython's optimizer does after a return or raise.
            boolean setup = in.op == Opcode.SETUP_FINALLY || in.op == Opcode.SETUP_CLEANUP || in.op == Opcode.SETUP_WITH;
            if (setup && depth[i] >= 0 && marksLine(instrs, i, depth, kept)) {
                // As in CPython, a handler's setup becomes a NOP that stays when it alone holds its line (a `try:`).
                kept.add(new Instr(Opcode.NOP, 0, null, in.line, in.endLine, in.col, in.endCol, in.handler));
                keptOld.add(i);
                continue;
            }
            if (setup || in.op == Opcode.POP_BLOCK || depth[i] < 0) {
                continue;
            }
            kept.add(in);
            keptOld.add(i);
        }
        newIndex[n] = kept.size();
        int m = kept.size();
        int[] targets = new int[m];
        for (int i = 0; i < m; i++) {
            Instr in = kept.get(i);
            if (in.target != null) {
                int t = newIndex[in.target.position];
                targets[i] = t;
                in.op = direct(in.op, t > i);
            }
        }
        // Size instructions (EXTENDED_ARG prefixes) until every jump offset fits its size.
        int[] size = new int[m];
        Arrays.fill(size, 1);
        int[] offset = new int[m + 1];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < m; i++) {
                offset[i + 1] = offset[i] + size[i];
            }
            for (int i = 0; i < m; i++) {
                Instr in = kept.get(i);
                if (in.target != null) {
                    int t = offset[targets[i]];
                    int next = offset[i] + size[i];
                    in.arg = in.op.operand == Opcode.Operand.JUMP_BACKWARD ? next - t : t - next;
                }
                int s = unitsFor(in.arg);
                if (s != size[i]) {
                    size[i] = s;
                    changed = true;
                }
            }
        }
        int units = offset[m];
        boolean[] landing = landingPoints(kept, targets, newIndex);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        int[][] positions = new int[units][];
        int[] previous = null;
        for (int i = 0; i < m; i++) {
            Instr in = kept.get(i);
            int[] position = {in.line, in.endLine < 0 ? in.line : in.endLine, in.col, in.endCol};
            // An instruction without a line (line -1) that only the one before it leads to takes its
            // position, as CPython's propagate_line_numbers; one that is jumped to keeps none.
            if (in.line < 0 && previous != null && !landing[i] && !kept.get(i - 1).op.isTerminal()) {
                position = previous;
            }
            previous = position;
            for (int shift = (size[i] - 1) * 8; shift > 0; shift -= 8) {
                code.write(Opcode.EXTENDED_ARG.ordinal());
                code.write((in.arg >>> shift) & 0xff);
            }
            code.write(in.op.ordinal());
            code.write(in.arg & 0xff);
            for (int k = 0; k < size[i]; k++) {
                positions[offset[i] + k] = position;
            }
        }
        List<ExceptionTable.Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < m) {
            Handler h = kept.get(i).handler;
            int j = i;
            while (j < m && kept.get(j).handler == h) {
                j++;
            }
            if (h != null && depth[h.setupIndex] >= 0) {
                int d = depth[h.setupIndex];
                boolean lasti = h.kind != Opcode.SETUP_FINALLY;
                int entryDepth = h.kind == Opcode.SETUP_WITH ? d - 1 : d;
                entries.add(new ExceptionTable.Entry(offset[i], offset[j], offset[newIndex[h.target.position]],
                        entryDepth, lasti));
            }
            i = j;
        }
        String[] localsplus = localsplusNames(u);
        byte[] kinds = localsplusKinds(u, localsplus.length);
        return new PyCode(u.argcount, u.posonlyargcount, u.kwonlyargcount, maxDepth, u.flags, code.toByteArray(),
                u.consts.toArray(new PyObject[0]), u.names.keySet().toArray(new String[0]), localsplus, kinds, filename,
                u.name, u.qualname, u.firstlineno, LineTable.encode(positions, u.firstlineno),
                ExceptionTable.encode(entries));
    }

    /**
     * Whether the setup at {@code i} is the only instruction of its line around it (CPython's
     * {@code clean_basic_block} keeps such a NOP): the instruction before it falls through with
     * another line, and the next instruction that stays has another line too.
     */
    private static boolean marksLine(List<Instr> instrs, int i, int[] depth, List<Instr> kept) {
        int line = instrs.get(i).line;
        if (line < 0) {
            return false;
        }
        if (!kept.isEmpty()) {
            Instr prev = kept.get(kept.size() - 1);
            if (prev.line == line && !prev.op.isTerminal()) {
                return false;
            }
        }
        for (int j = i + 1; j < instrs.size(); j++) {
            Instr next = instrs.get(j);
            if (next.op == Opcode.SETUP_FINALLY || next.op == Opcode.SETUP_CLEANUP || next.op == Opcode.SETUP_WITH
                    || next.op == Opcode.POP_BLOCK || depth[j] < 0) {
                continue;
            }
            return next.line >= 0 && next.line != line;
        }
        return false;
    }

    /** Which kept instructions a jump or an exception handler goes to. */
    private static boolean[] landingPoints(List<Instr> kept, int[] targets, int[] newIndex) {
        boolean[] landing = new boolean[kept.size() + 1];
        for (int i = 0; i < kept.size(); i++) {
            Instr in = kept.get(i);
            if (in.target != null) {
                landing[targets[i]] = true;
            }
            if (in.handler != null) {
                landing[newIndex[in.handler.target.position]] = true;
            }
        }
        return landing;
    }

        private static int unitsFor(int arg) {
        if (arg < 0) {
            throw new IllegalStateException("negative instruction argument " + arg);
        }
        return arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffff ? 3 : 4;
    }

    /** The direction-specific form of a jump. */
    private static Opcode direct(Opcode op, boolean forward) {
        switch (op) {
            case JUMP: return forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
            case POP_JUMP_IF_FALSE: return forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE : Opcode.POP_JUMP_BACKWARD_IF_FALSE;
            case POP_JUMP_IF_TRUE: return forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE : Opcode.POP_JUMP_BACKWARD_IF_TRUE;
            case POP_JUMP_IF_NONE: return forward ? Opcode.POP_JUMP_FORWARD_IF_NONE : Opcode.POP_JUMP_BACKWARD_IF_NONE;
            case POP_JUMP_IF_NOT_NONE:
                return forward ? Opcode.POP_JUMP_FORWARD_IF_NOT_NONE : Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE;
            default:
                if (!forward && op.operand == Opcode.Operand.JUMP_FORWARD) {
                    throw new IllegalStateException(op + " cannot jump backward");
                }
                return op;
        }
    }

    /** The stack depth before each instruction (-1 where unreachable), as CPython's {@code stackdepth}. */
    static int[] stackDepths(List<Instr> instrs) {
        int n = instrs.size();
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int i = w[0];
            int d = w[1];
            while (i < n) {
                if (depth[i] >= d) {
                    break;
                }
                depth[i] = d;
                Instr in = instrs.get(i);
                if (in.target != null) {
                    int jd = d + in.op.stackEffect(in.arg, true);
                    work.push(new int[] {in.target.position, jd});
                }
                d += in.op.stackEffect(in.arg, false);
                if (d < 0) {
                    throw new IllegalStateException("stack underflow at " + i + ": " + in);
                }
                if (in.op.isTerminal()) {
                    break;
                }
                i++;
            }
        }
        return depth;
    }

    private static String[] localsplusNames(CodeUnit u) {
        List<String> out = new ArrayList<>(u.varnames.keySet());
        for (String c : u.cellvars) {
            if (!u.varnames.containsKey(c)) {
                out.add(c);
            }
        }
        out.addAll(u.freevars);
        return out.toArray(new String[0]);
    }

    private static byte[] localsplusKinds(CodeUnit u, int n) {
        byte[] kinds = new byte[n];
        int i = 0;
        for (String v : u.varnames.keySet()) {
            kinds[i++] = (byte) (PyCode.KIND_LOCAL | (u.cellvars.contains(v) ? PyCode.KIND_CELL : 0));
        }
        for (String c : u.cellvars) {
            if (!u.varnames.containsKey(c)) {
                kinds[i++] = PyCode.KIND_CELL;
            }
        }
        for (int k = 0; k < u.freevars.size(); k++) {
            kinds[i++] = PyCode.KIND_FREE;
        }
        return kinds;
    }
}
