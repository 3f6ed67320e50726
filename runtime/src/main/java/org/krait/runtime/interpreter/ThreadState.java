package org.krait.runtime.interpreter;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * A Java thread's Python state: the frame stack (through {@link PyFrame#back}), the recursion
 * depth checked against the interpreter's limit, and the exception being handled
 * ({@code sys.exc_info()}). CPython: {@code PyThreadState}.
 */
public final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    final Interpreter interpreter;
    PyFrame frame;
    int depth;
    /**
     * The exception being handled by an {@code except} or {@code finally} block of the running
     * frame or of the frames that share its state, or null (owned, as the reference CPython's exc_info holds). A running generator has a state of its own; the states it hides are in
     * {@link #outer} (CPython's chain of {@code _PyErr_StackItem}).
     */
    PyBaseException handled;
    /** {@code sys.settrace}'s and {@code sys.setprofile}'s functions (owned), or null. */
    PyObject tracefunc;
    PyObject profilefunc;
    /** True while a trace or profile function runs: it sends no events itself. */
    boolean tracing;
    /** The hidden states of the frames that resumed the running generators, innermost first. */
    OuterState outer;

    /** One hidden exception state: what {@code handled} was when a generator was resumed. */
    static final class OuterState {
        final PyBaseException handled;
        final OuterState next;

        OuterState(PyBaseException handled, OuterState next) {
            this.handled = handled;
            this.next = next;
        }
    }

    private ThreadState(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** This thread's state for {@code interp}, made on first use. */
    static ThreadState current(Interpreter interp) {
        ThreadState ts = CURRENT.get();
        if (ts == null || ts.interpreter != interp) {
            ts = new ThreadState(interp);
            CURRENT.set(ts);
            org.krait.runtime.memory.GcHeap.makeCurrent(interp.heap());
        }
        return ts;
    }

    /** This thread's state, or null when it has not run Python code. */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** The interpreter this thread is running. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * The eval breaker's one request so far: an interrupt of this thread (the krait command's
     * SIGINT) is consumed and raised as KeyboardInterrupt. The interpreter checks where CPython
     * does: at a loop's backward jumps and at RESUME, when a frame starts, so that recursion
     * without loops stops too.
     */
    static void checkInterrupt() {
        if (Thread.interrupted()) {
            throw new PythonException(PyBaseException.create(ExceptionTypes.KEYBOARD_INTERRUPT));
        }
    }

    /**
     * The deepest Python stack allowed whatever {@code sys.setrecursionlimit} says: Python calls
     * run in place, so only the heap bounds their depth, and a runaway recursion under a huge
     * limit must end in RecursionError, not in the JVM running out of memory. A frame with its
     * locals takes well under 4 KB; a million frames at most.
     */
    private static final int MAX_DEPTH = (int) Math.min(1_000_000, Runtime.getRuntime().maxMemory() / 4096);

    void push(PyFrame f) {
        if (depth >= interpreter.recursionLimit() || depth >= MAX_DEPTH) {
            throw PythonException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        depth++;
        f.back = frame;
        frame = f;
    }

    void pop(PyFrame f) {
        frame = f.back;
        f.back = null;
        depth--;
    }


    /**
     * Runs {@code blocking} (Java code that may wait: a lock, I/O, a call into the host) without
     * holding the interpreter's lock, so that other threads can run Python meanwhile; takes it
     * back before returning or throwing. The code must not touch Python objects.
     */
    public static <T> T unlocked(java.util.function.Supplier<T> blocking) {
        ThreadState ts = CURRENT.get();
        java.util.concurrent.locks.ReentrantLock gil = ts == null ? null : ts.interpreter.gil;
        int holds = gil == null ? 0 : gil.getHoldCount();
        for (int i = 0; i < holds; i++) {
            gil.unlock();
        }
        try {
            return blocking.get();
        } finally {
            for (int i = 0; i < holds; i++) {
                gil.lock();
            }
        }
    }

    /** {@code sys.gettrace()} (borrowed), or null. */
    public PyObject trace() {
        return tracefunc;
    }

    /** {@code sys.settrace(fn)}; null for None. */
    public void setTrace(PyObject fn) {
        boolean before = tracefunc != null || profilefunc != null;
        PyObject old = tracefunc;
        tracefunc = fn == null ? null : PyObject.newRef(fn);
        PyObject.xdecref(old);
        Tracing.hooksChanged(before, tracefunc != null || profilefunc != null);
    }

    /** {@code sys.getprofile()} (borrowed), or null. */
    public PyObject profile() {
        return profilefunc;
    }

    /** {@code sys.setprofile(fn)}; null for None. */
    public void setProfile(PyObject fn) {
        boolean before = tracefunc != null || profilefunc != null;
        PyObject old = profilefunc;
        profilefunc = fn == null ? null : PyObject.newRef(fn);
        PyObject.xdecref(old);
        Tracing.hooksChanged(before, tracefunc != null || profilefunc != null);
    }

    /** The running frame, or null. */
    public PyFrame frame() {
        return frame;
    }

    /**
     * The exception being handled, or null: the innermost state that has one, so a generator
     * that handles nothing sees what its caller handles ({@code _PyErr_GetTopmostException}).
     */
    public PyBaseException handled() {
        if (handled != null) {
            return handled;
        }
        for (OuterState o = outer; o != null; o = o.next) {
            if (o.handled != null) {
                return o.handled;
            }
        }
        return null;
    }
}
