package org.krait.runtime.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code code}: compiled bytecode with CPython 3.11's {@code co_*} fields. Immutable and shared
 * by every interpreter (immortal constants aside, it owns its constants). {@code co_code} holds
 * 2-byte units (opcode, argument) with EXTENDED_ARG prefixes; jumps are relative in units as in
 * 3.11. CPython: Objects/codeobject.c.
 */
public final class PyCode extends PyObject {

    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT)
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (c, n) -> ((PyCode) c).attribute((PyStr) n))
            .slot(Slot.REPR, (Signature.Unary) c -> {
                PyCode code = (PyCode) c;
                return PyStr.of("<code object " + code.name + " at 0x" + Integer.toHexString(System.identityHashCode(c))
                        + ", file \"" + code.filename + "\", line " + code.firstlineno + ">");
            })
            .slot(Slot.EQ, (Signature.Binary) (a, b) -> compare(a, b, true))
            .slot(Slot.NE, (Signature.Binary) (a, b) -> compare(a, b, false))
            .slot(Slot.HASH, (Signature.Hash) c -> ((PyCode) c).hashValue());

    static {
        TYPE.method("co_lines", org.krait.runtime.types.ArgSpec.NOARGS, (self, a, kw) -> ((PyCode) self).coLines());
        TYPE.method("co_positions", org.krait.runtime.types.ArgSpec.NOARGS,
                (self, a, kw) -> ((PyCode) self).coPositions());
    }

    /** {@code co_flags} bits, as CPython's. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    /** A generator made awaitable ({@code types.coroutine}): await and yield from accept it as a coroutine. */
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /** Kinds of localsplus slots ({@code co_localspluskinds}), as CPython 3.11's. */
    public static final byte KIND_LOCAL = 0x20;
    public static final byte KIND_CELL = 0x40;
    public static final byte KIND_FREE = (byte) 0x80;

    private static volatile CodeBody defaultBody = (f, a, k) -> {
        throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.RUNTIME_ERROR,
                "no interpreter is installed");
    };

    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    public final int flags;
    public final byte[] code;
    public final PyObject[] consts;
    public final String[] names;
    /** Names of locals, then cells that are not arguments, then free variables. */
    public final String[] localsplusnames;
    public final byte[] localspluskinds;
    public final String filename;
    public final String name;
    public final String qualname;
    public final int firstlineno;
    public final byte[] linetable;
    public final byte[] exceptiontable;

    /** Execution data the interpreter derives from this code on first run (decoded instructions). */
    private volatile Object executionCache;
    private volatile CodeBody body;

    /** A code object; the arrays are kept, not copied, and must not be changed afterwards. */
    public PyCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags, byte[] code,
            PyObject[] consts, String[] names, String[] localsplusnames, byte[] localspluskinds, String filename,
            String name, String qualname, int firstlineno, byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
        internNameLikeConstants(consts);
    }

    /**
     * Replaces str constants made only of ASCII letters, digits and underscores by their interned
     * str, as CPython's code objects do (so marshal writes them as interned, and identical
     * identifiers in different code objects are one object).
     */
    private static void internNameLikeConstants(PyObject[] consts) {
        for (int i = 0; i < consts.length; i++) {
            PyObject c = consts[i];
            PyObject interned = internedConstant(c);
            if (interned != c) {
                consts[i] = interned;
                c.decref();
            }
        }
    }

    /**
     * {@code c}, or (new reference) its interned form: a name-like str interned, a tuple of
     * constants rebuilt with its name-like strs interned (CPython interns inside tuples too, so
     * the keys of {@code {'a': x}} and the attribute name {@code a} are one object).
     */
    private static PyObject internedConstant(PyObject c) {
        if (c.getClass() == PyStr.class && !c.isImmortal() && isNameLike((PyStr) c)) {
            return PyObject.newRef(PyStr.intern((PyStr) c));
        }
        if (c.getClass() == org.krait.runtime.objects.PyTuple.class) {
            org.krait.runtime.objects.PyTuple t = (org.krait.runtime.objects.PyTuple) c;
            PyObject[] items = null;
            for (int i = 0; i < t.size(); i++) {
                PyObject item = t.getItem(i);
                PyObject interned = internedConstant(item);
                if (interned != item) {
                    if (items == null) {
                        items = t.toArray();
                        for (PyObject o : items) {
                            o.incref();
                        }
                    }
                    items[i].decref();
                    items[i] = interned;
                }
            }
            return items == null ? c : org.krait.runtime.objects.PyTuple.fromArray(items);
        }
        return c;
    }

    private static boolean isNameLike(PyStr s) {
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject compare(PyObject a, PyObject b, boolean eq) {
        if (!(b instanceof PyCode)) {
            return org.krait.runtime.objects.PyNotImplementedType.NOT_IMPLEMENTED;
        }
        return org.krait.runtime.objects.PyBool.of(((PyCode) a).sameAs((PyCode) b) == eq);
    }

    /**
     * CPython's code equality: the same name, counts, flags, first line, instructions, names,
     * tables, and constants equal and of the same type (so {@code 0}, {@code 0.0} and {@code False}
     * differ), as a code object read back from marshal data is equal to the one written.
     */
    private boolean sameAs(PyCode o) {
        if (this == o) {
            return true;
        }
        if (!name.equals(o.name) || argcount != o.argcount || posonlyargcount != o.posonlyargcount
                || kwonlyargcount != o.kwonlyargcount || flags != o.flags || firstlineno != o.firstlineno
                || !java.util.Arrays.equals(code, o.code) || !java.util.Arrays.equals(names, o.names)
                || !java.util.Arrays.equals(localsplusnames, o.localsplusnames)
                || !java.util.Arrays.equals(localspluskinds, o.localspluskinds)
                || !java.util.Arrays.equals(linetable, o.linetable)
                || !java.util.Arrays.equals(exceptiontable, o.exceptiontable) || consts.length != o.consts.length) {
            return false;
        }
        for (int i = 0; i < consts.length; i++) {
            PyObject x = consts[i];
            PyObject y = o.consts[i];
            if (x.type() != y.type() || !org.krait.runtime.ops.ObjectOps.equal(x, y)) {
                return false;
            }
        }
        return true;
    }

    private long hashValue() {
        long h = name.hashCode() ^ java.util.Arrays.hashCode(code) * 31L ^ java.util.Arrays.hashCode(names) * 1000003L
                ^ argcount ^ flags << 8 ^ (long) firstlineno << 16;
        return h == -1 ? -2 : h;
    }

    /** Installs the interpreter as the body of every code object without its own. */
    public static void installDefaultBody(CodeBody body) {
        defaultBody = body;
    }

    /** The interpreter's body, shared by every code object without one of its own. */
    public static CodeBody defaultBody() {
        return defaultBody;
    }

    /** How this code runs: the JIT's body when installed, else the interpreter. */
    public CodeBody body() {
        CodeBody b = body;
        return b != null ? b : defaultBody;
    }

    /** Replaces how this code runs (the JIT's door). */
    public void setBody(CodeBody b) {
        body = b;
    }

    public Object executionCache() {
        return executionCache;
    }

    public void setExecutionCache(Object cache) {
        executionCache = cache;
    }

    /** {@code co_nlocalsplus}. */
    public int nlocalsplus() {
        return localsplusnames.length;
    }

    private List<String> ofKind(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.length; i++) {
            if ((localspluskinds[i] & mask) != 0) {
                out.add(localsplusnames[i]);
            }
        }
        return out;
    }

    /** {@code co_varnames}: arguments and other locals. */
    public List<String> varnames() {
        return ofKind(KIND_LOCAL);
    }

    /** {@code co_cellvars}. */
    public List<String> cellvars() {
        return ofKind(KIND_CELL);
    }

    /** {@code co_freevars}. */
    public List<String> freevars() {
        return ofKind(KIND_FREE);
    }

    /** The number of free variables (the closure's size). */
    public int nfreevars() {
        return freevars().size();
    }

    /** The source range {line, endLine, col, endCol} of each code unit (columns in UTF-8 bytes, -1 unknown). */
    public int[][] positions() {
        return LineTable.positions(linetable, firstlineno, code.length / 2);
    }

    /** The source line of each code unit. */
    public int[] lines() {
        return LineTable.decode(linetable, firstlineno, code.length / 2);
    }

    private static PyObject intOrNone(int v) {
        return v < 0 ? org.krait.runtime.objects.PyNoneType.NONE : org.krait.runtime.objects.PyInt.of(v);
    }

    /** {@code co_lines()}: an iterator of (start, end, line) byte ranges, line None where there is none. */
    private PyObject coLines() {
        int[] lines = lines();
        org.krait.runtime.objects.PyList out = new org.krait.runtime.objects.PyList();
        int i = 0;
        while (i < lines.length) {
            int j = i;
            while (j < lines.length && lines[j] == lines[i]) {
                j++;
            }
            PyObject t = org.krait.runtime.objects.PyTuple.fromArray(new PyObject[] {
                org.krait.runtime.objects.PyInt.of(2 * i), org.krait.runtime.objects.PyInt.of(2 * j), intOrNone(lines[i])});
            out.append(t);
            t.decref();
            i = j;
        }
        PyObject it = org.krait.runtime.ops.IterOps.iter(out);
        out.decref();
        return it;
    }

    /** {@code co_positions()}: an iterator of (line, end_line, column, end_column) per instruction. */
    private PyObject coPositions() {
        org.krait.runtime.objects.PyList out = new org.krait.runtime.objects.PyList();
        for (int[] p : positions()) {
            PyObject t = org.krait.runtime.objects.PyTuple.fromArray(new PyObject[] {
                intOrNone(p[0]), intOrNone(p[1]), intOrNone(p[2]), intOrNone(p[3])});
            out.append(t);
            t.decref();
        }
        PyObject it = org.krait.runtime.ops.IterOps.iter(out);
        out.decref();
        return it;
    }

    private static PyObject names(List<String> l) {
        PyObject[] items = new PyObject[l.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(l.get(i));
        }
        return org.krait.runtime.objects.PyTuple.fromArray(items);
    }

    private PyObject attribute(PyStr n) {
        switch (n.toString()) {
            case "co_name": return PyStr.of(name);
            case "co_qualname": return PyStr.of(qualname);
            case "co_filename": return PyStr.of(filename);
            case "co_firstlineno": return org.krait.runtime.objects.PyInt.of(firstlineno);
            case "co_argcount": return org.krait.runtime.objects.PyInt.of(argcount);
            case "co_posonlyargcount": return org.krait.runtime.objects.PyInt.of(posonlyargcount);
            case "co_kwonlyargcount": return org.krait.runtime.objects.PyInt.of(kwonlyargcount);
            case "co_nlocals": return org.krait.runtime.objects.PyInt.of(varnames().size());
            case "co_stacksize": return org.krait.runtime.objects.PyInt.of(stacksize);
            case "co_flags": return org.krait.runtime.objects.PyInt.of(flags);
            case "co_varnames": return names(varnames());
            case "co_cellvars": return names(cellvars());
            case "co_freevars": return names(freevars());
            case "co_names": return names(List.of(names));
            case "co_consts": return org.krait.runtime.objects.PyTuple.of(consts);
            case "co_code": return org.krait.runtime.objects.PyBytes.of(code.clone());
            case "co_linetable": return org.krait.runtime.objects.PyBytes.of(linetable.clone());
            case "co_exceptiontable": return org.krait.runtime.objects.PyBytes.of(exceptiontable.clone());
            default: return org.krait.runtime.ops.ObjectOps.genericGetAttr(this, n, null);
        }
    }

    /** Whether calling the code makes a generator, a coroutine or an async generator (RETURN_GENERATOR). */
    public boolean isGenerator() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** Whether a call makes a generator, coroutine or async generator instead of running the body. */
    public boolean makesGenerator() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    @Override
    public void releaseReferences() {
        for (PyObject c : consts) {
            c.decref();
        }
    }
}
