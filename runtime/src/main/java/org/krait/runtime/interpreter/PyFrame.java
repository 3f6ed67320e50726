package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/**
 * {@code frame}: one activation of a code object. Locals, cells, free variables and the value
 * stack share one array ({@code localsplus} then the stack), as in CPython 3.11's
 * {@code _PyInterpreterFrame}; the frame owns a reference to every non-null slot.
 */
public final class PyFrame extends PyObject {

    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT)
            .slot(org.krait.runtime.types.Slot.GETATTRIBUTE, (org.krait.runtime.types.Signature.Binary) (f, n) -> {
                PyFrame fr = (PyFrame) f;
                switch (n.toString()) {
                    case "f_code": return newRef(fr.code);
                    case "f_lineno": return org.krait.runtime.objects.PyInt.of(fr.lineAt(fr.pc - 1));
                    case "f_lasti": return org.krait.runtime.objects.PyInt.of(2L * (fr.pc - 1));
                    case "f_trace": return newRef(fr.ftrace == null ? org.krait.runtime.objects.PyNoneType.NONE : fr.ftrace);
                    case "f_trace_lines": return org.krait.runtime.objects.PyBool.of(fr.traceLines);
                    case "f_trace_opcodes": return org.krait.runtime.objects.PyBool.FALSE;
                    case "f_back": return newRef(fr.back == null ? org.krait.runtime.objects.PyNoneType.NONE : fr.back);
                    case "f_globals": return newRef(fr.globals);
                    case "f_builtins": return newRef(fr.builtins);
                    case "f_locals": return fr.localsDict();
                    default: return org.krait.runtime.ops.ObjectOps.genericGetAttr(f, (org.krait.runtime.objects.PyStr) n, null);
                }
            })
            .slot(org.krait.runtime.types.Slot.SETATTR, (org.krait.runtime.types.Signature.Setter) (f, n, v) -> {
                PyFrame fr = (PyFrame) f;
                switch (n.toString()) {
                    case "f_trace": {
                        PyObject old = fr.ftrace;
                        fr.ftrace = v == null || v == org.krait.runtime.objects.PyNoneType.NONE ? null : newRef(v);
                        PyObject.xdecref(old);
                        if (fr.ftrace != null) {
                            Tracing.traceFromNowOn(fr);
                        }
                        return;
                    }
                    case "f_trace_lines":
                        fr.traceLines = v != null && org.krait.runtime.ops.ObjectOps.isTrue(v);
                        return;
                    default:
                        throw org.krait.runtime.ops.ObjectOps.noAttribute(f, (org.krait.runtime.objects.PyStr) n);
                }
            });

    final PyCode code;
    final DecodedCode decoded;
    /**
     * What the loop runs: the decoded words, or {@link Tracing}'s when the frame was made while
     * tracing or got an {@code f_trace} (which the loop sees when it next enters the frame).
     */
    int[] words;
    /** {@code f_trace}: the local trace function (owned), or null. */
    PyObject ftrace;
    /** {@code f_trace_lines}. */
    boolean traceLines = true;
    /** For a traced frame: whether 'call' was sent since it started or resumed. */
    boolean traceStarted;
    /** For a traced frame: the unit run last (-1 before the first) and the last line seen. */
    int tracePrev = -1;
    int traceLine = -1;
    final PyFunction function;
    final PyDict globals;
    final PyDict builtins;
    /** The locals mapping of module and class bodies; null for optimized (function) frames. */
    final PyObject locals;
    final PyObject[] slots;
    /** Index of the next free stack slot. */
    int sp;
    /** Index of the next instruction (code unit). */
    int pc;
    /** Keyword names for the next CALL, set by KW_NAMES. */
    String[] kwnames;
    /** Set by RERAISE so that the re-raised exception gets no new traceback entry. */
    boolean reraising;
    /** Set by YIELD_VALUE: the loop returned a yielded value, not the frame's result. */
    boolean yielded;
    private boolean cleared;
    PyFrame back;

    PyFrame(PyCode code, PyFunction function, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.decoded = DecodedCode.of(code);
        this.words = Tracing.active ? Tracing.wordsFor(decoded) : decoded.words;
        this.function = function;
        if (function != null) {
            // The frame owns its function, as CPython's f_func: the caller may drop its reference.
            function.incref();
        }
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.slots = new PyObject[code.nlocalsplus() + code.stacksize + 1];
        this.sp = code.nlocalsplus();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The line of the instruction at unit {@code i}. */
    int lineAt(int i) {
        return i >= 0 && i < decoded.lines.length ? decoded.lines[i] : code.firstlineno;
    }

    /** The source range {line, endLine, col, endCol} of the instruction at unit {@code i}. */
    int[] positionAt(int i) {
        if (i >= 0 && i < decoded.positions.length) {
            return decoded.positions[i];
        }
        return new int[] {code.firstlineno, code.firstlineno, -1, -1};
    }

    /**
     * The frame's run ended: its references go now, unless a traceback (or sys._getframe) still
     * refers to the frame; then they go when the frame dies, as in CPython, where a caught
     * exception keeps the locals of the frames it passed through alive until it is dropped.
     */
    void finish() {
        if (refcnt() > 1) {
            decref();
        } else {
            clear();
        }
    }

    @Override
    public void releaseReferences() {
        clear();
    }

    /** Drops every reference the frame holds (when it finishes). */
    void clear() {
        PyObject trace = ftrace;
        ftrace = null;
        PyObject.xdecref(trace);
        if (function != null && !cleared) {
            cleared = true;
            function.decref();
        }
        // invariant: every slot at or above sp is null
        for (int i = 0; i < sp; i++) {
            PyObject o = slots[i];
            if (o != null) {
                slots[i] = null;
                o.decref();
            }
        }
        sp = code.nlocalsplus();
    }

    public PyCode code() {
        return code;
    }

    /** The first local (the {@code self} of a method), borrowed, or null. */
    public PyObject firstLocal() {
        return slots.length > 0 ? slots[0] : null;
    }

    /** The local-plus slot named {@code name} (borrowed), or null. */
    public PyObject slotNamed(String name) {
        for (int i = 0; i < code.localsplusnames.length; i++) {
            if (code.localsplusnames[i].equals(name)) {
                return slots[i];
            }
        }
        return null;
    }

    /** {@code locals()}: the namespace of a module or class body, else a new dict of the bound locals. */
    public PyObject localsDict() {
        if (locals != null) {
            return newRef(locals);
        }
        PyDict d = new PyDict();
        for (int i = 0; i < code.localsplusnames.length; i++) {
            PyObject v = slots[i];
            if (v instanceof org.krait.runtime.objects.PyCell && (code.localspluskinds[i] & (PyCode.KIND_CELL | PyCode.KIND_FREE)) != 0) {
                v = ((org.krait.runtime.objects.PyCell) v).get();
            }
            if (v != null) {
                d.setItem(code.localsplusnames[i], v);
            }
        }
        return d;
    }

    /** The globals of this frame (borrowed). */
    public PyDict globals() {
        return globals;
    }

    public PyFrame back() {
        return back;
    }
}
