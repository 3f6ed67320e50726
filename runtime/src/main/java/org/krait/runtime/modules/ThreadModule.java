package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.util.concurrent.atomic.AtomicInteger;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadExit;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.interpreter.Unraisable;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;

/**
 * {@code _thread}: CPython 3.11's low-level threads, under {@code threading}. A thread of
 * {@code start_new_thread} is a Java platform thread (a daemon of the JVM: the interpreter's
 * shutdown, not the JVM, decides when it stops) that enters the interpreter like any Java thread
 * calling in; its identity ({@code get_ident}) is the Java thread's id. CPython:
 * Modules/_threadmodule.c.
 */
public final class ThreadModule {

    /** The Java stack of a thread when {@code stack_size} was not set: deep recursion through Java calls fits. */
    private static final long DEFAULT_STACK_BYTES = 64L << 20;
    /** {@code THREAD_STACK_MIN}: the smallest size {@code stack_size} accepts. */
    private static final long MIN_STACK_BYTES = 32768;

    /** What the module keeps per interpreter. */
    private static final class State {
        /** Threads of {@code start_new_thread} not yet ended ({@code _count()}). */
        final AtomicInteger running = new AtomicInteger();
        /** {@code stack_size()}: 0 for the default. */
        volatile long stackSize;
        final AtomicInteger started = new AtomicInteger();
    }

    private ThreadModule() {
    }

    public static PyModule create(Interpreter interp) {
        State st = interp.state(State.class, i -> new State());
        PyDict d = new PyDict();
        PyModule m = new PyModule("_thread", d);
        PyStr doc = PyStr.of("This module provides primitive operations to write multi-threaded programs.\n"
                + "The 'threading' module provides a more convenient interface.");
        d.setItem("__doc__", doc);
        doc.decref();
        d.setItem("LockType", PyLock.TYPE);
        d.setItem("RLock", PyRLock.TYPE);
        d.setItem("error", ExceptionTypes.RUNTIME_ERROR);
        PyFloat max = new PyFloat(PyLock.TIMEOUT_MAX);
        d.setItem("TIMEOUT_MAX", max);
        max.decref();
        ThreadExceptHook.install(d);
        for (String name : new String[] {"start_new_thread", "start_new"}) {
            define(d, name, ArgSpec.positional(2, 3), (s, a, kw) -> startNewThread(interp, st, name, a));
        }
        for (String name : new String[] {"allocate_lock", "allocate"}) {
            define(d, name, ArgSpec.NOARGS, (s, a, kw) -> new PyLock());
        }
        for (String name : new String[] {"exit", "exit_thread"}) {
            define(d, name, ArgSpec.NOARGS, (s, a, kw) -> {
                throw new PythonException(PyBaseException.create(ExceptionTypes.SYSTEM_EXIT));
            });
        }
        define(d, "get_ident", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(ident()));
        define(d, "get_native_id", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(ident()));
        define(d, "_count", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(st.running.get()));
        define(d, "daemon_threads_allowed", ArgSpec.NOARGS, (s, a, kw) -> PyBool.TRUE);
        define(d, "stack_size", ArgSpec.tuple(0, 1), (s, a, kw) -> stackSize(st, a));
        define(d, "interrupt_main", ArgSpec.keywords(0, "signum"), (s, a, kw) -> {
            if (a.length > 0 && a[0] != null) {
                long signum = longOf(a[0]);
                if (signum < 1 || signum >= 65) {
                    throw PythonException.valueError("signal number out of range");
                }
            }
            // As SIGINT's default handler: KeyboardInterrupt in the main thread at its next check.
            interp.mainThread().interrupt();
            return PyNoneType.NONE;
        });
        define(d, "_set_sentinel", ArgSpec.NOARGS, (s, a, kw) -> {
            PyLock lock = new PyLock();
            ThreadState ts = ThreadState.current();
            lock.incref();
            ts.addOnDelete(() -> {
                lock.releaseIfLocked();
                lock.decref();
            });
            return lock;
        });
        d.setItem("_local", PyLocal.TYPE);
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** {@code get_ident()}: the calling Java thread's id, never reused while the JVM runs. */
    @SuppressWarnings("deprecation")
    static long ident() {
        return Thread.currentThread().getId();
    }

    private static PyObject startNewThread(Interpreter interp, State st, String name, PyObject[] a) {
        PyObject func = a[0];
        PyObject args = a[1];
        PyObject kwargs = a.length > 2 ? a[2] : null;
        if (!func.type().has(org.krait.runtime.types.Slot.CALL)) {
            throw PythonException.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple)) {
            throw PythonException.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PythonException.typeError("optional 3rd arg must be a dictionary");
        }
        if (interp.isShutDown()) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "can't create new thread at interpreter shutdown");
        }
        PyObject[] argv;
        String[] kwnames = null;
        PyTuple t = (PyTuple) args;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            argv = t.toArray();
        } else {
            PyDict kw = (PyDict) kwargs;
            argv = java.util.Arrays.copyOf(t.toArray(), t.size() + kw.size());
            kwnames = new String[kw.size()];
            int k = 0;
            for (int i = 0; i < kw.entryBound(); i++) {
                PyObject key = kw.keyAt(i);
                if (key == null) {
                    continue;
                }
                if (!(key instanceof PyStr)) {
                    throw PythonException.typeError("keywords must be strings");
                }
                kwnames[k] = key.toString();
                argv[t.size() + k] = kw.valueAt(i);
                k++;
            }
        }
        // The new thread owns these references until its function returns.
        func.incref();
        for (PyObject o : argv) {
            o.incref();
        }
        final String[] names = kwnames;
        long stack = st.stackSize == 0 ? DEFAULT_STACK_BYTES : st.stackSize;
        Thread thread = new Thread(null, () -> run(interp, st, func, argv, names), "krait-thread-" + st.started.incrementAndGet(), stack);
        thread.setDaemon(true);
        st.running.incrementAndGet();
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            st.running.decrementAndGet();
            func.decref();
            for (PyObject o : argv) {
                o.decref();
            }
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "can't start new thread");
        }
        return PyInt.of(thread.getId());
    }

    /** A thread's life: its function called under the GIL; what escapes it is reported as CPython 3.11 does. */
    private static void run(Interpreter interp, State st, PyObject func, PyObject[] argv, String[] kwnames) {
        ThreadState ts;
        try {
            ts = interp.enter();
        } catch (IllegalStateException e) {
            // The interpreter shut down before this thread got to run.
            st.running.decrementAndGet();
            return;
        }
        ts.markPythonThread();
        try {
            try {
                CallOps.call(func, argv, kwnames).decref();
            } catch (PythonException e) {
                PyBaseException exc = e.exception();
                if (!exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    Unraisable.report(interp, exc, func, "Exception ignored in thread started by");
                }
                exc.decref();
            } catch (StackOverflowError e) {
                PythonException r = PythonException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
                Unraisable.report(interp, r.exception(), func, "Exception ignored in thread started by");
                r.exception().decref();
            }
            func.decref();
            for (PyObject o : argv) {
                o.decref();
            }
        } catch (ThreadExit e) {
            // Stopped by the interpreter's shutdown: a daemon thread ends where it is.
        } finally {
            st.running.decrementAndGet();
            interp.exitThread(ts);
        }
    }

    /** {@code operator.index(v)} as a Java long. */
    static long longOf(PyObject v) {
        PyInt i = NumberOps.index(v);
        try {
            return i.longValue();
        } finally {
            i.decref();
        }
    }

    /** {@code stack_size([size])}: the size threads are started with (0: the default; no argument sets 0); returns the old one. */
    private static PyObject stackSize(State st, PyObject[] a) {
        long old = st.stackSize;
        // As CPython's, a call without a size sets the default again.
        long size = a.length == 0 ? 0 : longOf(a[0]);
        if (size < 0) {
            throw PythonException.valueError("size must be 0 or a positive value");
        }
        if (size != 0 && size < MIN_STACK_BYTES) {
            throw PythonException.valueError("size not valid: " + size + " bytes");
        }
        st.stackSize = size;
        return PyInt.of(old);
    }
}
