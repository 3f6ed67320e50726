package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.ExceptionTable;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.Opcodes;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;

/**
 * The form of a code object the eval loop runs, made on first execution: one {@code int} per
 * code unit (opcode in the low byte, the full argument above it, EXTENDED_ARG folded in and
 * left as NOP, jump arguments turned into absolute unit indexes), the decoded exception and
 * line tables, and the names as str objects.
 */
final class DecodedCode {

    // Superinstructions (CPython 3.11's LOAD_FAST__LOAD_FAST and friends, COMPARE_OP with the
    // jump after it): a word that does the work of itself and the next one, which stays in place
    // for jumps that land on it. They exist only in decoded words, never in co_code, so dis and
    // marshal do not see them. A pair of local or constant indexes is packed 12 bits each.
    static final int LOAD_FAST__LOAD_FAST = 128;
    static final int LOAD_FAST__LOAD_CONST = 129;
    static final int LOAD_CONST__LOAD_FAST = 130;
    static final int STORE_FAST__LOAD_FAST = 131;
    static final int STORE_FAST__STORE_FAST = 132;
    /** COMPARE_OP then POP_JUMP_*_IF_FALSE/TRUE: the argument is the comparison; the jump word follows. */
    static final int COMPARE_OP__POP_JUMP = 133;
    /** PRECALL then CALL: the call, skipping the no-op. */
    static final int PRECALL__CALL = 134;
    /** LOAD_FAST then LOAD_ATTR ({@code self.x}): a local and a name, 12 bits each. */
    static final int LOAD_FAST__LOAD_ATTR = 135;
    /** JUMP_BACKWARD to a FOR_ITER: the jump and the FOR_ITER at its target. */
    static final int JUMP_BACKWARD__FOR_ITER = 136;
    /**
     * LOAD_FAST, LOAD_FAST (or LOAD_CONST), then BINARY_OP: the operands never touch the stack.
     * Packed as the first local (10 bits), the second local or constant (9 bits), the operator (5 bits).
     */
    static final int LOAD_FAST__LOAD_FAST__BINARY_OP = 137;
    static final int LOAD_FAST__LOAD_CONST__BINARY_OP = 138;
    // 139 is Tracing.TRACE.
    private static final int PAIR_LIMIT = 1 << 12;

    final int[] words;
    /** The words without superinstructions, which traced frames dispatch one by one (see {@link Tracing}). */
    final int[] plainWords;
    final ExceptionTable.Entry[] handlers;
    final int[] lines;
    /** {line, endLine, col, endCol} per code unit. */
    final int[][] positions;
    final PyStr[] names;
    /** KW_NAMES operands as Java strings, by constant index. */
    final String[][] kwnames;
    /**
     * Inline caches by code unit ({@link GlobalCache}, {@link AttrCache}); null until the
     * instruction there first runs. Shared by every frame of the code and every thread.
     */
    final Object[] caches;
    /** Where a call starts: past a leading RESUME, a no-op for a frame that is not resumed. */
    final int start;
    /** The unit of the first RESUME (after a generator's prologue), or 0: where tracing reports 'call'. */
    final int firstResume;

    private DecodedCode(PyCode code) {
        byte[] raw = code.code;
        int n = raw.length / 2;
        words = new int[n];
        int ext = 0;
        for (int i = 0; i < n; i++) {
            int op = raw[2 * i] & 0xff;
            int arg = ext | (raw[2 * i + 1] & 0xff);
            Opcode o = Opcode.of(op);
            if (o == Opcode.EXTENDED_ARG) {
                ext = arg << 8;
                words[i] = Opcode.NOP.ordinal();
                continue;
            }
            ext = 0;
            if (o.operand == Opcode.Operand.JUMP_FORWARD) {
                arg = i + 1 + arg;
            } else if (o.operand == Opcode.Operand.JUMP_BACKWARD) {
                arg = i + 1 - arg;
            }
            words[i] = op | (arg << 8);
        }
        start = n > 0 && (words[0] & 0xff) == Opcodes.RESUME ? 1 : 0;
        int resume = 0;
        while (resume < n && (words[resume] & 0xff) != Opcodes.RESUME) {
            resume++;
        }
        firstResume = resume < n ? resume : 0;
        plainWords = words.clone();
        fuse(words);
        caches = new Object[n];
        handlers = ExceptionTable.decode(code.exceptiontable);
        positions = code.positions();
        lines = new int[positions.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = positions[i][0];
        }
        names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.intern(code.names[i]);
        }
        kwnames = new String[code.consts.length][];
        for (int i = 0; i < code.consts.length; i++) {
            if (code.consts[i] instanceof PyTuple) {
                PyTuple t = (PyTuple) code.consts[i];
                String[] k = new String[t.size()];
                for (int j = 0; j < k.length; j++) {
                    k[j] = t.getItem(j).toString();
                }
                kwnames[i] = k;
            }
        }
    }

    private static void fuse(int[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            int op = words[i] & 0xff;
            int next = words[i + 1] & 0xff;
            int a = words[i] >>> 8;
            int b = words[i + 1] >>> 8;
            int fused = -1;
            if (op == Opcodes.JUMP_BACKWARD && (words[a] & 0xff) == Opcodes.FOR_ITER) {
                words[i] = JUMP_BACKWARD__FOR_ITER | (a << 8);
                continue;
            }
            if (op == Opcodes.LOAD_FAST && (next == Opcodes.LOAD_FAST || next == Opcodes.LOAD_CONST)
                    && i + 2 < words.length && (words[i + 2] & 0xff) == Opcodes.BINARY_OP
                    && a < 1 << 10 && b < 1 << 9 && (words[i + 2] >>> 8) < 1 << 5) {
                int three = next == Opcodes.LOAD_FAST ? LOAD_FAST__LOAD_FAST__BINARY_OP : LOAD_FAST__LOAD_CONST__BINARY_OP;
                words[i] = three | (a << 8) | (b << 18) | ((words[i + 2] >>> 8) << 27);
                continue;
            }
            if (op == Opcodes.LOAD_FAST && next == Opcodes.LOAD_ATTR && a < PAIR_LIMIT && b < PAIR_LIMIT) {
                words[i] = LOAD_FAST__LOAD_ATTR | (a << 8) | (b << 20);
                continue;
            }
            if (op == Opcodes.PRECALL && next == Opcodes.CALL) {
                words[i] = PRECALL__CALL | (b << 8);
                continue;
            }
            if (op == Opcodes.LOAD_FAST && next == Opcodes.LOAD_FAST) {
                fused = LOAD_FAST__LOAD_FAST;
            } else if (op == Opcodes.LOAD_FAST && next == Opcodes.LOAD_CONST) {
                fused = LOAD_FAST__LOAD_CONST;
            } else if (op == Opcodes.LOAD_CONST && next == Opcodes.LOAD_FAST) {
                fused = LOAD_CONST__LOAD_FAST;
            } else if (op == Opcodes.STORE_FAST && next == Opcodes.LOAD_FAST) {
                fused = STORE_FAST__LOAD_FAST;
            } else if (op == Opcodes.STORE_FAST && next == Opcodes.STORE_FAST) {
                fused = STORE_FAST__STORE_FAST;
            } else if (op == Opcodes.COMPARE_OP && (next == Opcodes.POP_JUMP_FORWARD_IF_FALSE
                    || next == Opcodes.POP_JUMP_FORWARD_IF_TRUE || next == Opcodes.POP_JUMP_BACKWARD_IF_FALSE
                    || next == Opcodes.POP_JUMP_BACKWARD_IF_TRUE)) {
                words[i] = COMPARE_OP__POP_JUMP | (a << 8);
                continue;
            }
            if (fused >= 0 && a < PAIR_LIMIT && b < PAIR_LIMIT) {
                words[i] = fused | (a << 8) | (b << 20);
            }
        }
    }

    /** A copy of {@code d} sharing its decoded words and tables, with inline caches of its own. */
    private DecodedCode(DecodedCode d) {
        words = d.words;
        plainWords = d.plainWords;
        handlers = d.handlers;
        lines = d.lines;
        positions = d.positions;
        names = d.names;
        kwnames = d.kwnames;
        caches = new Object[d.caches.length];
        start = d.start;
        firstResume = d.firstResume;
    }

    /**
     * The decoded form of {@code code}, made once and cached on it. A code object shared by all
     * interpreters (an immortal one: the bundled modules') gets a copy per interpreter, whose
     * inline caches remember only that interpreter's dicts and classes: interpreters on other
     * threads never write them, and a closed interpreter's objects are not kept alive by them.
     */
    static DecodedCode of(PyCode code) {
        Object c = code.executionCache();
        DecodedCode d;
        if (c instanceof DecodedCode) {
            d = (DecodedCode) c;
        } else {
            // Two threads may both decode: the results are equal and either may stay.
            d = new DecodedCode(code);
            code.setExecutionCache(d);
        }
        if (code.isImmortal()) {
            ThreadState ts = ThreadState.current();
            if (ts != null) {
                return ts.interpreter.decoded(code, d);
            }
        }
        return d;
    }

    /** This code's decoded form with caches of its own, for one interpreter. */
    DecodedCode withOwnCaches() {
        return new DecodedCode(this);
    }

    /** The innermost handler covering unit {@code i}, or null. */
    ExceptionTable.Entry handlerFor(int i) {
        for (ExceptionTable.Entry e : handlers) {
            if (i >= e.start() && i < e.end()) {
                return e;
            }
        }
        return null;
    }
}
