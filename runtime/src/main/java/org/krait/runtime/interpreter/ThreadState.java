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

    /** The state this thread runs Python with now: the innermost {@link Interpreter#enter} of any interpreter. */
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    final Interpreter interpreter;
    /** The interpreter's lock, here so that the eval breaker is one field away. */
    final Gil gil;
    /** The Java thread this state belongs to. */
    final Thread thread;
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
    /** Made by {@code _thread.start_new_thread}: ends with its thread's function, and shutdown interrupts it. */
    private boolean pythonThread;
    /** What {@link #clear} runs first; null for nothing. */
    private java.util.List<Runnable> onDelete;
    /**
     * The open {@link Interpreter#enter}s of this state, innermost last: for each, the state that
     * was current before it (null for none; this one for a nested entry) and whether it took the
     * lock ({@code TOOK}) or suspended the previous state's ({@code SUSPENDED}).
     */
    private ThreadState[] enteredFrom = new ThreadState[4];
    private byte[] enteredHow = new byte[4];
    private int entries;
    private static final byte TOOK = 1;
    private static final byte SUSPENDED = 2;

    /** One hidden exception state: what {@code handled} was when a generator was resumed. */
    static final class OuterState {
        final PyBaseException handled;
        final OuterState next;

        OuterState(PyBaseException handled, OuterState next) {
            this.handled = handled;
            this.next = next;
        }
    }

    ThreadState(Interpreter interpreter, Thread thread) {
        this.interpreter = interpreter;
        this.gil = interpreter.gil();
        this.thread = thread;
    }

    /**
     * This thread's state for {@code interp}, made current: what code run without
     * {@link Interpreter#enter} (the tests, older callers) gets. When the thread did not hold the
     * interpreter's lock, it takes it and keeps it until it enters and exits again, or runs
     * blocking code: enough for a thread that uses one interpreter, which gives the lock to
     * others at its eval-breaker checks.
     */
    static ThreadState current(Interpreter interp) {
        ThreadState ts = CURRENT.get();
        if (ts != null && ts.interpreter == interp && ts.gil.heldBy(ts)) {
            return ts;
        }
        ts = interp.threadState();
        if (!ts.gil.heldBy(ts)) {
            ts.take();
        }
        ts.makeCurrent();
        return ts;
    }

    /**
     * This thread's state: the one running Python, or the last one that did (which then holds no
     * GIL: see {@link #holdsGil}); null when the thread never ran Python code.
     */
    public static ThreadState current() {
        return CURRENT.get();
    }

    private void makeCurrent() {
        CURRENT.set(this);
        org.krait.runtime.memory.GcHeap.makeCurrent(interpreter.heap());
    }

    /** {@link Interpreter#enter}'s work on the state the interpreter found for this thread. */
    void enter() {
        ThreadState prev = CURRENT.get();
        byte how = 0;
        if (prev != null && prev != this && prev.gil.heldBy(prev)) {
            // One thread holds at most one lock: the state it leaves waits without its lock,
            // so that two threads crossing between two interpreters cannot deadlock.
            prev.gil.release(prev);
            how |= SUSPENDED;
        }
        if (!gil.heldBy(this)) {
            gil.acquire(this);
            how |= TOOK;
            if (gil.stopped()) {
                gil.release(this);
                if ((how & SUSPENDED) != 0) {
                    prev.take();
                }
                throw new IllegalStateException("the interpreter has been shut down");
            }
            interpreter.clearOrphans();
        }
        if (entries == enteredFrom.length) {
            enteredFrom = java.util.Arrays.copyOf(enteredFrom, entries * 2);
            enteredHow = java.util.Arrays.copyOf(enteredHow, entries * 2);
        }
        enteredFrom[entries] = prev;
        enteredHow[entries] = how;
        entries++;
        if (prev != this) {
            makeCurrent();
        }
    }

    /** {@link Interpreter#exit}'s work: undoes the innermost {@link #enter}. */
    void exit() {
        if (entries == 0) {
            throw new IllegalStateException("Interpreter.exit without the matching enter on this thread");
        }
        entries--;
        ThreadState prev = enteredFrom[entries];
        byte how = enteredHow[entries];
        enteredFrom[entries] = null;
        if ((how & TOOK) != 0) {
            gil.release(this);
        }
        if (prev != null && prev != this) {
            CURRENT.set(prev);
            org.krait.runtime.memory.GcHeap.makeCurrent(prev.interpreter.heap());
        }
        // After the outermost exit the state stays current, without the GIL: a Python function
        // that Java code calls later on this thread enters its interpreter again (see Interpreter).
        if ((how & SUSPENDED) != 0) {
            prev.take();
        }
    }

    /** Takes this state's lock back after a wait; a thread the interpreter's shutdown stopped leaves by {@link ThreadExit}. */
    private void take() {
        gil.acquire(this);
        gil.checkAlive();
    }

    /** Whether this state's thread holds its interpreter's GIL. */
    public boolean holdsGil() {
        return gil.heldBy(this);
    }

    /** Whether {@code _thread} made this thread. */
    boolean isPythonThread() {
        return pythonThread;
    }

    /** Marks the state of a thread {@code _thread} started: shutdown interrupts it. */
    public void markPythonThread() {
        pythonThread = true;
    }

    /**
     * Runs {@code action} under the GIL when this state is dropped (its thread ended): a
     * {@code _thread._set_sentinel} lock is released, a {@code _thread._local} forgets the
     * thread's dict. CPython: {@code tstate->on_delete} and the thread state's dict.
     */
    public void addOnDelete(Runnable action) {
        if (onDelete == null) {
            onDelete = new java.util.ArrayList<>();
        }
        onDelete.add(action);
    }

    /**
     * Drops what the state owns (the trace and profile functions, the handled exception): its
     * thread ended. Under the interpreter's lock.
     */
    void clear() {
        java.util.List<Runnable> actions = onDelete;
        onDelete = null;
        if (actions != null) {
            for (Runnable r : actions) {
                r.run();
            }
        }
        PyObject.xdecref(tracefunc);
        PyObject.xdecref(profilefunc);
        tracefunc = null;
        profilefunc = null;
        PyObject.xdecref(handled);
        handled = null;
        outer = null;
    }

    /** The interpreter this thread is running. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * The eval breaker, checked where CPython 3.11 checks it: at a loop's backward jumps and at
     * RESUME, when a frame starts (so that recursion without loops is seen too). Two requests: the
     * interpreter's lock, when another thread asked for it or shutdown stops this one
     * ({@link Gil#service}); an interrupt of this thread ({@link Thread#interrupt}, the krait
     * command's SIGINT, {@code _thread.interrupt_main}), raised as KeyboardInterrupt.
     */
    void checkBreaker() {
        if (gil.breaker) {
            gil.service(this);
        }
        if (Thread.interrupted()) {
            throw keyboardInterrupt();
        }
    }

    /** What an interrupt of a thread running Python raises. */
    public static PythonException keyboardInterrupt() {
        return new PythonException(PyBaseException.create(ExceptionTypes.KEYBOARD_INTERRUPT));
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
     * back before returning or throwing. The code must not touch Python objects. A thread that
     * holds no lock just runs it.
     */
    public static <T> T unlocked(java.util.function.Supplier<T> blocking) {
        ThreadState ts = CURRENT.get();
        if (ts == null || !ts.gil.heldBy(ts)) {
            return blocking.get();
        }
        ts.gil.release(ts);
        try {
            return blocking.get();
        } finally {
            ts.take();
        }
    }

    /** A wait that an interrupt ends. */
    @FunctionalInterface
    public interface Wait<T> {
        T await() throws InterruptedException;
    }

    /**
     * {@link #unlocked} for a wait that an interrupt of the thread ends (a sleep, a lock or a
     * join): the interrupt is raised as KeyboardInterrupt once the lock is back, as CPython's
     * default SIGINT handler raises it when the wait returns.
     */
    public static <T> T waitUnlocked(Wait<T> wait) {
        boolean[] interrupted = {false};
        T result = unlocked(() -> {
            try {
                return wait.await();
            } catch (InterruptedException e) {
                interrupted[0] = true;
                return null;
            }
        });
        if (interrupted[0]) {
            throw keyboardInterrupt();
        }
        return result;
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
