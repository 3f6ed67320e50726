package org.krait.runtime.introspect;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.krait.runtime.bytecode.Disassembler;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBool;
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
import org.krait.runtime.types.ArgSpec;

/**
 * The {@code opcode} module for Krait's instruction set: CPython's names ({@code opname},
 * {@code opmap}, {@code hasconst}, {@code hasname}, {@code hasjrel}, {@code hasjabs},
 * {@code haslocal}, {@code hasfree}, {@code hascompare}, {@code hasnargs}, {@code cmp_op},
 * {@code EXTENDED_ARG}, {@code stack_effect}) with Krait's numbers. Krait's numbering does not put
 * the opcodes with an argument above a threshold, so there is no {@code HAVE_ARGUMENT}; the list
 * {@code hasarg} (as in Python 3.12) names them instead. Pseudo-instructions never appear in code
 * and are left out.
 */
public final class OpcodeModule {

    /** CPython 3.11's {@code opcode.__all__} but {@code HAVE_ARGUMENT}. */
    private static final String[] ALL = {"cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
        "hasfree", "opname", "opmap", "EXTENDED_ARG", "hasnargs", "stack_effect"};

    private OpcodeModule() {
    }

    /** The opcodes code objects may hold, in number order. */
    static List<Opcode> real() {
        List<Opcode> out = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            if (!op.isPseudo()) {
                out.add(op);
            }
        }
        return out;
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("opcode", d);
        set(d, "__doc__", PyStr.of("Krait's opcodes: names, numbers and kinds of argument, for the dis module."));
        PyList names = new PyList();
        PyDict map = new PyDict();
        for (int i = 0; i < 256; i++) {
            PyStr n = PyStr.of("<" + i + ">");
            names.append(n);
            n.decref();
        }
        for (Opcode op : real()) {
            PyStr n = PyStr.of(op.name());
            names.setItem(op.ordinal(), n);
            PyInt code = PyInt.of(op.ordinal());
            map.setItem(n, code);
            n.decref();
            code.decref();
        }
        set(d, "opname", names);
        set(d, "opmap", map);
        set(d, "cmp_op", strings(Disassembler.COMPARE_OPS));
        set(d, "hasarg", opcodes(op -> op.operand != Opcode.Operand.NONE));
        set(d, "hasconst", opcodes(op -> op.operand == Opcode.Operand.CONST));
        set(d, "hasname", opcodes(op -> op.operand == Opcode.Operand.NAME || op.operand == Opcode.Operand.GLOBAL));
        set(d, "hasjrel", opcodes(Opcode::isJump));
        set(d, "hasjabs", new PyList());
        set(d, "haslocal", opcodes(op -> op.operand == Opcode.Operand.LOCAL));
        set(d, "hasfree", opcodes(op -> op.operand == Opcode.Operand.CELL));
        set(d, "hascompare", opcodes(op -> op.operand == Opcode.Operand.COMPARE_OPERATOR));
        set(d, "hasnargs", new PyList());
        set(d, "EXTENDED_ARG", PyInt.of(Opcode.EXTENDED_ARG.ordinal()));
        PyObject[] all = new PyObject[ALL.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = PyStr.of(ALL[i]);
        }
        set(d, "__all__", PyList.of(all));
        for (PyObject o : all) {
            o.decref();
        }
        d.setItem("stack_effect", new org.krait.runtime.objects.PyBuiltinFunctionOrMethod("stack_effect",
                ArgSpec.keywords(1, "opcode", "oparg", "/", "*", "jump"), (s, a, kw) -> stackEffect(a)));
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** {@code stack_effect(opcode, oparg=None, /, *, jump=None)}. */
    private static PyObject stackEffect(PyObject[] a) {
        long code = NumberOps.index(a[0]).asLong();
        PyObject oparg = a.length > 1 && a[1] != null ? a[1] : PyNoneType.NONE;
        PyObject jump = a.length > 2 && a[2] != null ? a[2] : PyNoneType.NONE;
        Opcode op = code >= 0 && code < Opcode.values().length ? Opcode.of((int) code) : null;
        if (op == null || op.isPseudo()) {
            throw PythonException.valueError("invalid opcode or oparg");
        }
        boolean hasArg = op.operand != Opcode.Operand.NONE;
        if (hasArg && oparg == PyNoneType.NONE) {
            throw PythonException.valueError("stack_effect: opcode requires oparg but oparg was not specified");
        }
        if (!hasArg && oparg != PyNoneType.NONE) {
            throw PythonException.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
        }
        int arg = hasArg ? (int) NumberOps.index(oparg).asLong() : 0;
        int effect;
        if (jump == PyNoneType.NONE) {
            effect = Math.max(op.stackEffect(arg, true), op.stackEffect(arg, false));
        } else {
            if (!(jump instanceof PyBool)) {
                throw PythonException.valueError("stack_effect: jump must be False, True or None");
            }
            effect = op.stackEffect(arg, jump == PyBool.TRUE);
        }
        return PyInt.of(effect);
    }

    private static PyList opcodes(Predicate<Opcode> p) {
        PyList l = new PyList();
        for (Opcode op : real()) {
            if (p.test(op)) {
                PyInt n = PyInt.of(op.ordinal());
                l.append(n);
                n.decref();
            }
        }
        return l;
    }

    private static PyObject strings(List<String> items) {
        PyObject[] out = new PyObject[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(items.get(i));
        }
        return PyTuple.fromArray(out);
    }

    private static void set(PyDict d, String name, PyObject value) {
        d.setItem(name, value);
        value.decref();
    }
}
