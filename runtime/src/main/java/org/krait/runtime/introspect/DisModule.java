package org.krait.runtime.introspect;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.util.List;
import org.krait.runtime.bytecode.Disassembler;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;

/**
 * {@code _dis}, the Java half of the bundled {@code dis} module: a code object's instructions as
 * tuples with their Python values ({@code argval}), its listing, line starts, jump labels and
 * exception table, all from {@link Disassembler}, so that {@code dis.dis} and
 * {@code krait --dis} print the same text.
 */
public final class DisModule {

    private DisModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("_dis", d);
        define(d, "instructions", ArgSpec.positional(2, 2), (s, a, kw) -> instructions(interp, code(a[0]), intArg(a[1])));
        define(d, "listing", ArgSpec.positional(3, 3),
                (s, a, kw) -> PyStr.of(Disassembler.listing(code(a[0]), intArg(a[1]), intArg(a[2]))));
        define(d, "bytes_listing", ArgSpec.positional(2, 2),
                (s, a, kw) -> PyStr.of(Disassembler.listing(rawCode(a[0]), intArg(a[1]), 0, false)));
        define(d, "format_line", ArgSpec.positional(9, 9), (s, a, kw) -> PyStr.of(Disassembler.line(a[0].toString(),
                a[1] == PyNoneType.NONE ? -1 : intArg(a[1]), a[2].toString(), intArg(a[3]),
                a[4] == PyNoneType.NONE ? -1 : intArg(a[4]), ObjectOps.isTrue(a[5]), intArg(a[6]), ObjectOps.isTrue(a[7]),
                intArg(a[8]))));
        define(d, "line_starts", ArgSpec.ONE, (s, a, kw) -> {
            PyList out = new PyList();
            for (int[] ls : Disassembler.lineStarts(code(a[0]))) {
                append(out, PyTuple.fromArray(new PyObject[] {PyInt.of(ls[0]), PyInt.of(ls[1])}));
            }
            return out;
        });
        define(d, "labels", ArgSpec.ONE, (s, a, kw) -> {
            PyList out = new PyList();
            for (int target : Disassembler.labels(PyBytes.bytesLike(a[0]))) {
                append(out, PyInt.of(target));
            }
            return out;
        });
        define(d, "exception_entries", ArgSpec.ONE, (s, a, kw) -> {
            PyList out = new PyList();
            for (Disassembler.Handler h : Disassembler.handlers(code(a[0]))) {
                append(out, PyTuple.fromArray(new PyObject[] {PyInt.of(h.start()), PyInt.of(h.end()), PyInt.of(h.target()),
                    PyInt.of(h.depth()), PyBool.of(h.lasti())}));
            }
            return out;
        });
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static PyCode code(PyObject o) {
        if (!(o instanceof PyCode)) {
            throw PythonException.typeError("expected a code object, not " + o.type().name());
        }
        return (PyCode) o;
    }

    /** Raw instructions without a code object around them: no constants, names or lines. */
    private static PyCode rawCode(PyObject o) {
        byte[] b = PyBytes.bytesLike(o);
        byte[] even = b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length - 1);
        for (int i = 0; i < even.length; i += 2) {
            if ((even[i] & 0xff) >= OpcodeModule.real().size()) {
                throw PythonException.valueError("invalid opcode " + (even[i] & 0xff) + " at offset " + i);
            }
        }
        return new PyCode(0, 0, 0, 0, 0, even, new PyObject[0], new String[0], new String[0], new byte[0], "", "", "",
                0, new byte[0], new byte[0]);
    }

    private static int intArg(PyObject o) {
        return (int) NumberOps.index(o).asLong();
    }

    private static void append(PyList l, PyObject o) {
        l.append(o);
        o.decref();
    }

    /**
     * {@code (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions)}
     * per instruction; {@code lineOffset} is added to {@code starts_line} (not to the positions, as in CPython).
     */
    private static PyObject instructions(Interpreter interp, PyCode code, int lineOffset) {
        PyList out = new PyList();
        for (Disassembler.Instruction in : Disassembler.instructions(code)) {
            int[] p = in.position();
            PyObject positions = PyTuple.fromArray(new PyObject[] {
                p[0] < 0 ? PyNoneType.NONE : PyInt.of(p[0]), p[1] < 0 ? PyNoneType.NONE : PyInt.of(p[1]),
                p[2] < 0 ? PyNoneType.NONE : PyInt.of(p[2]), p[3] < 0 ? PyNoneType.NONE : PyInt.of(p[3])});
            append(out, PyTuple.fromArray(new PyObject[] {
                PyStr.of(in.op().name()),
                PyInt.of(in.op().ordinal()),
                in.arg() < 0 ? PyNoneType.NONE : PyInt.of(in.arg()),
                argval(interp, code, in),
                PyStr.of(Disassembler.argRepr(code, in)),
                PyInt.of(in.offset()),
                in.startsLine() < 0 ? PyNoneType.NONE : PyInt.of(in.startsLine() + lineOffset),
                PyBool.of(in.jumpTarget()),
                positions}));
        }
        return out;
    }

    /** {@code Instruction.argval}: the constant, name, jump target... the argument stands for (new reference). */
    private static PyObject argval(Interpreter interp, PyCode code, Disassembler.Instruction in) {
        int arg = in.arg();
        if (arg < 0) {
            return PyNoneType.NONE;
        }
        Opcode op = in.op();
        switch (op.operand) {
            case CONST:
                return arg < code.consts.length ? PyObject.newRef(code.consts[arg]) : PyInt.of(arg);
            case NAME:
                return arg < code.names.length ? PyStr.of(code.names[arg]) : PyInt.of(arg);
            case GLOBAL:
                return arg >> 1 < code.names.length ? PyStr.of(code.names[arg >> 1]) : PyInt.of(arg);
            case LOCAL:
            case CELL:
                return arg < code.localsplusnames.length ? PyStr.of(code.localsplusnames[arg]) : PyInt.of(arg);
            case JUMP_FORWARD:
            case JUMP_BACKWARD:
                return PyInt.of(Disassembler.jumpTarget(op, arg, in.offset()));
            case COMPARE_OPERATOR:
                return arg < Disassembler.COMPARE_OPS.size() ? PyStr.of(Disassembler.COMPARE_OPS.get(arg)) : PyInt.of(arg);
            default:
                break;
        }
        if (op == Opcode.FORMAT_VALUE) {
            String conv = Disassembler.FORMAT_CONVERSIONS.get(arg & 3);
            PyObject fn = conv.isEmpty() ? PyNoneType.NONE : interp.builtins().getItem(conv);
            return PyTuple.of(fn == null ? PyNoneType.NONE : fn, PyBool.of((arg & 4) != 0));
        }
        return PyInt.of(arg);
    }
}
