package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code generator}: a suspended frame resumed by {@code next} and {@code send}. The frame
 * belongs to the interpreter and is reached through {@link Body}. CPython: Objects/genobject.c.
 * Coroutines ({@link PyCoroutine}) and async generators ({@link PyAsyncGenerator}) are frames
 * resumed the same way, so they extend this class and change what Python sees.
 */
public class PyGenerator extends PyObject {

    /** The interpreter's side of a generator: its frame, resumed until it yields or returns. */
    public interface Body {
        /**
         * Resumes with {@code sent} pushed (or {@code thrown} raised at the suspension point);
         * returns the yielded value, or the return value once {@link #finished()}.
         */
        PyObject resume(PyObject sent, PyBaseException thrown);

        boolean finished();

        /** Whether the frame is running now (a generator cannot resume itself). */
        boolean running();

        /** The suspended frame (borrowed). */
        PyObject frame();

        /** The iterator a suspended {@code yield from} delegates to (borrowed), or null. */
        PyObject yieldFrom();

        /**
         * Ends a suspended {@code yield from} whose iterator finished with {@code value} (borrowed):
         * the frame drops the iterator and resumes after the delegation loop with the value as
         * the expression's result; returns as {@link #resume} does.
         */
        PyObject resumeAfterYieldFrom(PyObject value);

        /** Marks a generator that never started as finished, without running it. */
        void abandon();

        /** The code object (borrowed). */
        PyObject code();

        /**
         * Reports an exception that finalizing {@code obj} raised and nothing can catch, as
         * CPython's {@code PyErr_WriteUnraisable} does ("Exception ignored in: ...").
         */
        void reportUnraisable(PythonException e, PyObject obj);
    }

    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT).finalType()
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) g -> ((PyGenerator) g).next())
            .slot(Slot.REPR, (Signature.Unary) g -> PyStr.of("<generator object " + ((PyGenerator) g).qualname
                    + " at 0x" + Integer.toHexString(System.identityHashCode(g)) + ">"))
            .method("send", ArgSpec.ONE, (g, a, kw) -> ((PyGenerator) g).send(a[0]))
            .method("throw", ArgSpec.positional(1, 3), (g, a, kw) -> ((PyGenerator) g).throwIn(a))
            .method("close", ArgSpec.NOARGS, (g, a, kw) -> ((PyGenerator) g).close())
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (g, n) -> ((PyGenerator) g).attribute((PyStr) n, "gi_", "gi_yieldfrom"))
            .slot(Slot.SETATTR, (Signature.Setter) (g, n, v) -> ((PyGenerator) g).setAttribute((PyStr) n, v));

    private String name;
    String qualname;
    final Body body;
    boolean started;
    /** Set once the finalizer ran (CPython runs it once per object, PEP 442). */
    private boolean finalized;

    /**
     * The attributes the three kinds share under their own prefix ({@code gi_}, {@code cr_},
     * {@code ag_}): running, frame, code, suspended, and the delegate named {@code delegate}.
     */
    PyObject attribute(PyStr n, String prefix, String delegate) {
        String a = n.toString();
        if (a.equals("__name__")) {
            return PyStr.of(name);
        }
        if (a.equals("__qualname__")) {
            return PyStr.of(qualname);
        }
        if (a.equals(delegate)) {
            PyObject yf = body.yieldFrom();
            return newRef(yf == null ? PyNoneType.NONE : yf);
        }
        if (a.startsWith(prefix)) {
            switch (a.substring(prefix.length())) {
                case "running": return PyBool.of(body.running());
                case "frame": return newRef(body.finished() ? PyNoneType.NONE : body.frame());
                case "code": return newRef(body.code());
                case "suspended": return PyBool.of(started && !body.running() && !body.finished());
                default: break;
            }
        }
        return org.krait.runtime.ops.ObjectOps.genericGetAttr(this, n, null);
    }

    /** {@code __name__} and {@code __qualname__} take a str; nothing else can be set ({@code del} neither). */
    void setAttribute(PyStr n, PyObject v) {
        String a = n.toString();
        if (a.equals("__name__") || a.equals("__qualname__")) {
            if (!(v instanceof PyStr)) {
                throw PythonException.typeError(a + " must be set to a string object");
            }
            if (a.equals("__name__")) {
                name = v.toString();
            } else {
                qualname = v.toString();
            }
            return;
        }
        org.krait.runtime.ops.ObjectOps.genericSetAttr(this, n, v, null);
    }

    public PyGenerator(String name, String qualname, Body body) {
        this.name = name;
        this.qualname = qualname;
        this.body = body;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The last reference to a suspended generator is gone: it is closed first, so its
     * {@code finally} blocks run then, as in CPython ({@code _PyGen_Finalize}). It stays alive
     * while it runs; what close() raises is reported, never propagated.
     */
    @Override
    protected void dealloc() {
        if (finalized || !needsFinalizer()) {
            super.dealloc();
            return;
        }
        finalized = true;
        incref();
        try {
            finalizeFrame();
        } finally {
            decref();
        }
    }

    /** Whether dying needs the finalizer: the frame started and has not finished. */
    boolean needsFinalizer() {
        return started && !body.finished() && !body.running();
    }

    /** The finalizer's work: close the suspended frame, reporting what escapes. */
    void finalizeFrame() {
        try {
            close();
        } catch (PythonException e) {
            body.reportUnraisable(e, this);
        }
    }

    public String name() {
        return name;
    }

    /** The next value (new reference); null when finished, or StopIteration carrying a non-None return value. */
    public PyObject next() {
        if (body.finished()) {
            return null;
        }
        PyObject r = resume(PyNoneType.NONE, null);
        if (body.finished()) {
            if (r != PyNoneType.NONE) {
                throw stop(r);
            }
            return null;
        }
        return r;
    }

    /** Resumes the frame: the yielded value, or (once {@code body.finished()}) the returned one. */
    PyObject resume(PyObject sent, PyBaseException thrown) {
        if (body.running()) {
            throw PythonException.valueError("generator already executing");
        }
        started = true;
        return body.resume(sent, thrown);
    }

    /** {@code gen.send(value)}: StopIteration carries the return value at the end. */
    public PyObject send(PyObject value) {
        if (!started && value != PyNoneType.NONE) {
            throw PythonException.typeError("can't send non-None value to a just-started " + kind());
        }
        if (body.finished()) {
            throw exhausted();
        }
        PyObject r = resume(value, null);
        if (body.finished()) {
            throw stop(r);
        }
        return r;
    }

    /** Whether this generator's code is a generator-based coroutine (CO_ITERABLE_COROUTINE), which await accepts. */
    public boolean isIterableCoroutine() {
        return (((org.krait.runtime.bytecode.PyCode) body.code()).flags
                & org.krait.runtime.bytecode.PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    /** What this is called in messages: generator, coroutine or async generator. */
    String kind() {
        return "generator";
    }

    /** What sending to a finished one raises: StopIteration (a coroutine says it cannot be reused). */
    PythonException exhausted() {
        return PythonException.stopIteration();
    }

    /** Whether the generator has run to its end. */
    public boolean finished() {
        return body.finished();
    }

    static PythonException stop(PyObject value) {
        if (value == PyNoneType.NONE) {
            return PythonException.stopIteration();
        }
        return new PythonException(PyBaseException.create(ExceptionTypes.STOP_ITERATION, value));
    }

    /** {@code gen.throw(type[, value[, traceback]])}. */
    PyObject throwIn(PyObject[] a) {
        return throwException(exceptionOf(a), true);
    }

    /** The exception {@code throw(type[, value[, traceback]])} raises (a new reference). */
    static PyBaseException exceptionOf(PyObject[] a) {
        PyObject exc = a[0];
        PyObject value = a.length > 1 ? a[1] : PyNoneType.NONE;
        PyBaseException e;
        if (exc instanceof PyType && ((PyType) exc).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (value instanceof PyBaseException && value.type().isSubtypeOf((PyType) exc)) {
                e = newRef((PyBaseException) value);
            } else {
                PyObject made = value == PyNoneType.NONE ? org.krait.runtime.ops.CallOps.call(exc)
                        : value instanceof PyTuple ? org.krait.runtime.ops.CallOps.call(exc, ((PyTuple) value).toArray())
                        : org.krait.runtime.ops.CallOps.call(exc, value);
                e = (PyBaseException) made;
            }
        } else if (exc instanceof PyBaseException) {
            if (value != PyNoneType.NONE) {
                throw PythonException.typeError("instance exception may not have a separate value");
            }
            e = newRef((PyBaseException) exc);
        } else {
            throw PythonException.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + exc.type().name());
        }
        return e;
    }

    /**
     * CPython's {@code _gen_throw}: raises {@code e} (a reference taken over) at the suspension
     * point; a generator suspended in {@code yield from} passes it to the inner iterator first,
     * whose finishing or failing resumes this one.
     */
    PyObject throwException(PyBaseException e, boolean closeOnExit) {
        if (body.finished()) {
            throw new PythonException(e);
        }
        PyObject yf = started ? body.yieldFrom() : null;
        if (yf != null) {
            if (closeOnExit && e.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                try {
                    closeIterator(yf);
                } catch (PythonException failure) {
                    e.decref();
                    return step(resume(PyNoneType.NONE, newRef(failure.exception())));
                }
            } else {
                yf.incref();
                try {
                    if (yf instanceof PyGenerator) {
                        return ((PyGenerator) yf).throwException(e, closeOnExit);
                    }
                    PyObject meth = org.krait.runtime.ops.ObjectOps.lookupAttr(yf, PyStr.of("throw"));
                    if (meth != null) {
                        try {
                            return org.krait.runtime.ops.CallOps.call(meth, e);
                        } finally {
                            meth.decref();
                            e.decref();
                        }
                    }
                } catch (PythonException failure) {
                    if (failure.matches(ExceptionTypes.STOP_ITERATION)) {
                        return step(body.resumeAfterYieldFrom(failure.exception().stopValue()));
                    }
                    return step(resume(PyNoneType.NONE, newRef(failure.exception())));
                } finally {
                    yf.decref();
                }
            }
        }
        return step(resume(PyNoneType.NONE, e));
    }

    /** The value a resumption produced: yielded, or StopIteration when the frame returned. */
    private PyObject step(PyObject r) {
        if (body.finished()) {
            throw stop(r);
        }
        return r;
    }

    /** {@code gen_close_iter}: closes the iterator a {@code yield from} delegates to. */
    static void closeIterator(PyObject yf) {
        if (yf instanceof PyGenerator) {
            ((PyGenerator) yf).close();
            return;
        }
        PyObject meth = org.krait.runtime.ops.ObjectOps.lookupAttr(yf, PyStr.of("close"));
        if (meth != null) {
            try {
                org.krait.runtime.ops.CallOps.call(meth).decref();
            } finally {
                meth.decref();
            }
        }
    }

    /** {@code gen.close()}: closes a delegate first, then raises GeneratorExit inside. */
    PyObject close() {
        if (body.finished()) {
            return PyNoneType.NONE;
        }
        if (!started) {
            body.abandon();
            return PyNoneType.NONE;
        }
        PyBaseException exit = null;
        PyObject yf = body.yieldFrom();
        if (yf != null) {
            try {
                closeIterator(yf);
            } catch (PythonException failure) {
                exit = newRef(failure.exception());
            }
        }
        if (exit == null) {
            exit = PyBaseException.create(ExceptionTypes.GENERATOR_EXIT);
        }
        try {
            PyObject r = resume(PyNoneType.NONE, exit);
            if (!body.finished()) {
                r.decref();
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, kind() + " ignored GeneratorExit");
            }
            r.decref();
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.GENERATOR_EXIT) && !e.matches(ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
        }
        return PyNoneType.NONE;
    }
}
