package org.krait.runtime.interpreter;

import java.util.concurrent.atomic.AtomicInteger;
import org.krait.runtime.bytecode.Opcodes;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the 'call', 'line', 'return' and 'exception'
 * events of CPython 3.11 (profile functions get 'call' and 'return').
 *
 * <p>Untraced code pays nothing per instruction: while no thread has a trace or profile function
 * ({@link #active} false), a frame runs its code's ordinary words. A frame made while one is set
 * runs {@link #wordsFor traced words} instead, each a {@link #TRACE} word holding its own unit
 * index; the loop passes it to {@link #before}, which sends the events due and gives back the
 * instruction's plain word to dispatch. Superinstructions are not used there (an event may be due
 * at the second unit of a pair). A frame made before the trace function was set is not traced,
 * as a frame without {@code f_trace} is not in CPython.
 */
final class Tracing {

    /** The decoded opcode of a traced frame's words (after DecodedCode's superinstructions); the argument is the unit index. */
    static final int TRACE = 139;

    private static final PyStr CALL = PyStr.intern("call");
    private static final PyStr LINE = PyStr.intern("line");
    private static final PyStr RETURN = PyStr.intern("return");
    private static final PyStr EXCEPTION = PyStr.intern("exception");

    /** Threads with a trace or profile function; frames are made traced while it is above zero. */
    private static final AtomicInteger THREADS = new AtomicInteger();
    static volatile boolean active;

    private Tracing() {
    }

    /** Counts a thread's change between having a trace or profile function and having none. */
    static void hooksChanged(boolean before, boolean after) {
        if (before != after) {
            active = THREADS.addAndGet(after ? 1 : -1) > 0;
        }
    }

    /** The words a traced frame of {@code d} runs: TRACE with each unit's index. */
    static int[] wordsFor(DecodedCode d) {
        int[] w = new int[d.words.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = TRACE | (i << 8);
        }
        return w;
    }

    /**
     * Makes a frame that ran untraced send events from where it is (a debugger setting
     * {@code f_trace} on the frames below it): its next instruction starts no 'call'.
     */
    static void traceFromNowOn(PyFrame f) {
        if (f.words == f.decoded.words) {
            f.words = wordsFor(f.decoded);
            f.traceStarted = true;
            f.tracePrev = f.pc - 1;
            f.traceLine = f.lineAt(f.pc - 1);
        }
    }

    /**
     * The events due before the instruction at unit {@code i} of traced frame {@code f} runs:
     * 'call' when the frame starts or resumes, 'line' at a new line or a backward jump, 'return'
     * before RETURN_VALUE or YIELD_VALUE. Returns the instruction's word.
     */
    static int before(PyFrame f, ThreadState ts, int i) {
        int w = f.decoded.plainWords[i];
        int op = w & 0xff;
        if (op == Opcodes.RETURN_GENERATOR) {
            // Making the generator is not traced; its first resumption is the frame's start.
            return w;
        }
        if (ts.tracing || ts.tracefunc == null && ts.profilefunc == null) {
            f.tracePrev = i;
            return w;
        }
        if (!f.traceStarted) {
            f.traceStarted = true;
            boolean fresh = f.tracePrev < 0;
            int pc = f.pc;
            int at = fresh ? f.decoded.firstResume : i;
            // A new frame is reported at its first RESUME (its def line), as CPython's is.
            f.pc = at + 1;
            try {
                profile(f, ts, CALL, PyNoneType.NONE);
                if (ts.tracefunc != null) {
                    PyObject local = call(ts, ts.tracefunc, f, CALL, PyNoneType.NONE);
                    if (local != null) {
                        setTrace(f, local);
                    }
                }
            } finally {
                f.pc = pc;
            }
            // A fresh frame reports its first line even when it is the def line (a one-line body).
            f.traceLine = fresh ? -1 : f.lineAt(at);
            f.tracePrev = i - 1;
        }
        int line = f.lineAt(i);
        boolean backward = i <= f.tracePrev && f.tracePrev >= 0 && (f.decoded.plainWords[f.tracePrev] & 0xff) != Opcodes.SEND;
        f.tracePrev = i;
        if (op == Opcodes.RESUME || i < f.decoded.firstResume) {
            // the frame's prologue has no line event of its own: the 'call' stands for it
        } else if (localTrace(f, ts) && f.traceLines && line >= 0 && (line != f.traceLine || backward)) {
            f.traceLine = line;
            local(f, ts, LINE, PyNoneType.NONE);
        } else if (line >= 0) {
            f.traceLine = line;
        }
        if (op == Opcodes.RETURN_VALUE || op == Opcodes.YIELD_VALUE) {
            PyObject value = f.slots[f.sp - 1];
            returning(f, ts, value);
            if (op == Opcodes.YIELD_VALUE) {
                // A generator's frame sends 'call' again when it resumes.
                f.traceStarted = false;
            }
        }
        return w;
    }

    /** 'exception' in a traced frame, as an exception passes through it ({@code arg} is (type, value, traceback)). */
    static void exception(PyFrame f, ThreadState ts, PyBaseException exc) {
        if (ts.tracing || !localTrace(f, ts)) {
            return;
        }
        PyObject tb = exc.traceback() == null ? PyNoneType.NONE : exc.traceback();
        PyTuple arg = PyTuple.of(exc.type(), exc, tb);
        try {
            local(f, ts, EXCEPTION, arg);
        } catch (PythonException e) {
            // The trace function was removed; the exception being handled goes on.
        } finally {
            arg.decref();
        }
    }

    /** 'return' with None for a traced frame that an exception ends. */
    static void unwound(PyFrame f, ThreadState ts) {
        if (f.traceStarted && !ts.tracing) {
            f.traceStarted = false;
            try {
                returning(f, ts, PyNoneType.NONE);
            } catch (PythonException e) {
                // The frame ends with its own exception; the hook's is dropped with the hook.
            }
        }
    }

    /** Whether the frame's own trace function hears its events: it has one and tracing is on (as CPython's trampoline). */
    private static boolean localTrace(PyFrame f, ThreadState ts) {
        return f.ftrace != null && ts.tracefunc != null;
    }

    private static void returning(PyFrame f, ThreadState ts, PyObject value) {
        if (localTrace(f, ts)) {
            local(f, ts, RETURN, value);
        }
        profile(f, ts, RETURN, value);
    }

    private static void profile(PyFrame f, ThreadState ts, PyStr event, PyObject arg) {
        if (ts.profilefunc != null) {
            PyObject r = call(ts, ts.profilefunc, f, event, arg);
            if (r != null) {
                r.decref();
            }
        }
    }

    /** Calls the frame's local trace function; what it returns (unless None) replaces it. */
    private static void local(PyFrame f, ThreadState ts, PyStr event, PyObject arg) {
        PyObject r = call(ts, f.ftrace, f, event, arg);
        if (r != null) {
            setTrace(f, r);
        }
    }

    private static void setTrace(PyFrame f, PyObject fn) {
        PyObject old = f.ftrace;
        f.ftrace = fn;
        PyObject.xdecref(old);
    }

    /**
     * {@code fn(frame, event, arg)} with events off meanwhile; its result (a new reference), or
     * null for None. When it raises, tracing and profiling stop and the exception goes on.
     */
    private static PyObject call(ThreadState ts, PyObject fn, PyFrame f, PyStr event, PyObject arg) {
        ts.tracing = true;
        PyObject r;
        try {
            r = CallOps.call(fn, f, event, arg);
        } catch (PythonException e) {
            ts.setTrace(null);
            PyObject old = f.ftrace;
            f.ftrace = null;
            PyObject.xdecref(old);
            throw e;
        } finally {
            ts.tracing = false;
        }
        if (r == PyNoneType.NONE) {
            return null;
        }
        return r;
    }
}
