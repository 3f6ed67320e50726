package org.krait.runtime.objects;

import java.util.function.Supplier;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code async_generator}: the frame of an {@code async def} with {@code yield}. Its frame yields
 * two kinds of values: what the body yields, wrapped by ASYNC_GEN_WRAP ({@link Wrapped}), and
 * what its awaits pass up to the event loop, bare. The awaitables {@code __anext__()},
 * {@code asend()}, {@code athrow()} and {@code aclose()} drive the frame and tell the two apart:
 * a wrapped value completes the awaitable (StopIteration carrying it), a bare one goes up.
 * CPython: the async generator part of Objects/genobject.c.
 */
public final class PyAsyncGenerator extends PyGenerator {

    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT).finalType();
    static final PyType ASEND = PyType.builtin("async_generator_asend", PyType.OBJECT).finalType();
    static final PyType ATHROW = PyType.builtin("async_generator_athrow", PyType.OBJECT).finalType();
    static final PyType WRAPPED = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.REPR, (Signature.Unary) g -> PyStr.of("<async_generator object " + ((PyAsyncGenerator) g).qualname
                + " at 0x" + Integer.toHexString(System.identityHashCode(g)) + ">"));
        TYPE.slot(Slot.AITER, (Signature.Unary) PyObject::newRef);
        TYPE.slot(Slot.ANEXT, (Signature.Unary) g -> new Asend((PyAsyncGenerator) g, PyNoneType.NONE));
        TYPE.method("asend", ArgSpec.ONE, (g, a, kw) -> new Asend((PyAsyncGenerator) g, a[0]));
        TYPE.method("athrow", ArgSpec.positional(1, 3), (g, a, kw) -> new Athrow((PyAsyncGenerator) g, exceptionOf(a)));
        TYPE.method("aclose", ArgSpec.NOARGS, (g, a, kw) -> new Athrow((PyAsyncGenerator) g, null));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (g, n) -> ((PyAsyncGenerator) g).agAttribute((PyStr) n));
        TYPE.slot(Slot.SETATTR, (Signature.Setter) (g, n, v) -> ((PyAsyncGenerator) g).setAttribute((PyStr) n, v));
        for (PyType t : new PyType[] {ASEND, ATHROW}) {
            t.slot(Slot.AWAIT, (Signature.Unary) PyObject::newRef);
            t.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        }
        ASEND.slot(Slot.NEXT, (Signature.Unary) o -> nullAtStop(() -> ((Asend) o).send(PyNoneType.NONE)));
        ASEND.method("send", ArgSpec.ONE, (o, a, kw) -> ((Asend) o).send(a[0]));
        ASEND.method("throw", ArgSpec.positional(1, 3), (o, a, kw) -> ((Asend) o).throwIn(exceptionOf(a)));
        ASEND.method("close", ArgSpec.NOARGS, (o, a, kw) -> ((Asend) o).close());
        ATHROW.slot(Slot.NEXT, (Signature.Unary) o -> nullAtStop(() -> ((Athrow) o).send(PyNoneType.NONE)));
        ATHROW.method("send", ArgSpec.ONE, (o, a, kw) -> ((Athrow) o).send(a[0]));
        ATHROW.method("throw", ArgSpec.positional(1, 3), (o, a, kw) -> ((Athrow) o).throwIn(exceptionOf(a)));
        ATHROW.method("close", ArgSpec.NOARGS, (o, a, kw) -> ((Athrow) o).close());
    }

    /** Set once aclose() ran or the frame ended by StopAsyncIteration or GeneratorExit ({@code ag_closed}). */
    private boolean closed;
    /** An awaitable of this generator is in progress ({@code ag_running_async}). */
    private boolean runningAsync;

    public PyAsyncGenerator(String name, String qualname, Body body) {
        super(name, qualname, body);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "async generator";
    }

    /** What ASYNC_GEN_WRAP makes of a value the body yields (a new reference; the value is borrowed). */
    public static PyObject wrap(PyObject value) {
        return new Wrapped(value);
    }

    private PyObject agAttribute(PyStr n) {
        if (n.toString().equals("ag_running")) {
            return PyBool.of(runningAsync);
        }
        return attribute(n, "ag_", "ag_await");
    }

    /** An iterator's {@code __next__}: StopIteration without a value becomes the end (null). */
    private static PyObject nullAtStop(Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION) && e.exception().stopValue() == PyNoneType.NONE
                    && e.exception().args().size() == 0) {
                return null;
            }
            throw e;
        }
    }

    private static PythonException stopAsync() {
        return new PythonException(PyBaseException.create(ExceptionTypes.STOP_ASYNC_ITERATION));
    }

    /** Sends into the frame ({@code gen_send}): the frame's end is StopAsyncIteration. */
    private PyObject sendRaw(PyObject value) {
        if (body.finished()) {
            throw stopAsync();
        }
        if (!started && value != PyNoneType.NONE) {
            throw PythonException.typeError("can't send non-None value to a just-started " + kind());
        }
        PyObject r = resume(value, null);
        if (body.finished()) {
            r.decref();
            throw stopAsync();
        }
        return r;
    }

    /** Throws into the frame ({@code _gen_throw} without closing a delegate): the frame's end is StopAsyncIteration. */
    private PyObject throwRaw(PyBaseException e) {
        try {
            return throwException(e, false);
        } catch (PythonException x) {
            // A StopIteration leaving the frame means it returned: inside it would have become a RuntimeError.
            if (x.matches(ExceptionTypes.STOP_ITERATION)) {
                throw stopAsync();
            }
            throw x;
        }
    }

    /**
     * {@code async_gen_unwrap_value}: runs one step; a wrapped value ends the awaitable with
     * StopIteration(value), a bare one is passed up; an error ends it, closing the generator on
     * StopAsyncIteration or GeneratorExit.
     */
    private PyObject unwrap(Supplier<PyObject> step) {
        PyObject r;
        try {
            r = step.get();
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION) || e.matches(ExceptionTypes.GENERATOR_EXIT)) {
                closed = true;
            }
            runningAsync = false;
            throw e;
        }
        if (r instanceof Wrapped) {
            PyObject v = ((Wrapped) r).value;
            runningAsync = false;
            try {
                throw stop(v);
            } finally {
                r.decref();
            }
        }
        return r;
    }

    /** {@code async_generator_asend}: what {@code __anext__()} and {@code asend(value)} return. */
    static final class Asend extends PyObject {
        private final PyAsyncGenerator gen;
        private final PyObject sendValue;
        /** 0 not started, 1 iterating, 2 done ({@code AWAITABLE_STATE_*}). */
        private int state;

        Asend(PyAsyncGenerator gen, PyObject sendValue) {
            this.gen = newRef(gen);
            this.sendValue = newRef(sendValue);
        }

        @Override
        public PyType type() {
            return ASEND;
        }

        PyObject send(PyObject arg) {
            if (state == 2) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            }
            if (state == 0) {
                if (gen.runningAsync) {
                    throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
                }
                if (arg == PyNoneType.NONE) {
                    arg = sendValue;
                }
                state = 1;
            }
            gen.runningAsync = true;
            PyObject value = arg;
            return ended(() -> gen.unwrap(() -> gen.sendRaw(value)));
        }

        PyObject throwIn(PyBaseException e) {
            if (state == 2) {
                e.decref();
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            }
            return ended(() -> gen.unwrap(() -> gen.throwRaw(e)));
        }

        /** Marks this awaitable done when the step ends it by an exception. */
        private PyObject ended(Supplier<PyObject> step) {
            try {
                return step.get();
            } catch (PythonException e) {
                state = 2;
                throw e;
            }
        }

        PyObject close() {
            state = 2;
            return PyNoneType.NONE;
        }

        @Override
        public void releaseReferences() {
            gen.decref();
            sendValue.decref();
        }
    }

    /** {@code async_generator_athrow}: what {@code athrow(...)} and (with no exception) {@code aclose()} return. */
    static final class Athrow extends PyObject {
        private final PyAsyncGenerator gen;
        /** The exception to throw in (owned), or null for aclose(). */
        private PyBaseException exception;
        private int state;

        Athrow(PyAsyncGenerator gen, PyBaseException exception) {
            this.gen = newRef(gen);
            this.exception = exception;
        }

        @Override
        public PyType type() {
            return ATHROW;
        }

        private boolean closing() {
            return exception == null;
        }

        PyObject send(PyObject arg) {
            if (state == 2) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.body.finished()) {
                state = 2;
                throw PythonException.stopIteration();
            }
            if (state == 0) {
                if (gen.runningAsync) {
                    state = 2;
                    throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, (closing() ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = 2;
                    throw stopAsync();
                }
                if (arg != PyNoneType.NONE) {
                    throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
                }
                state = 1;
                gen.runningAsync = true;
                if (closing()) {
                    gen.closed = true;
                    return afterClose(() -> gen.throwRaw(PyBaseException.create(ExceptionTypes.GENERATOR_EXIT)));
                }
                PyBaseException e = exception;
                exception.incref();
                return afterThrow(() -> gen.unwrap(() -> gen.throwRaw(e)));
            }
            PyObject value = arg;
            if (closing()) {
                return afterClose(() -> gen.sendRaw(value));
            }
            return afterThrow(() -> gen.unwrap(() -> gen.sendRaw(value)));
        }

        PyObject throwIn(PyBaseException e) {
            if (state == 2) {
                e.decref();
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
            }
            if (closing()) {
                return afterClose(() -> gen.throwRaw(e));
            }
            return afterThrow(() -> gen.unwrap(() -> gen.throwRaw(e)));
        }

        /** athrow(): the unwrapped step; an exception ends this awaitable. */
        private PyObject afterThrow(Supplier<PyObject> step) {
            try {
                return step.get();
            } catch (PythonException e) {
                state = 2;
                gen.runningAsync = false;
                throw e;
            }
        }

        /**
         * aclose(): a value the body yields means it ignored GeneratorExit; StopAsyncIteration or
         * GeneratorExit mean it closed, and the aclose() await completes (StopIteration).
         */
        private PyObject afterClose(Supplier<PyObject> step) {
            PyObject r;
            try {
                r = step.get();
            } catch (PythonException e) {
                state = 2;
                gen.runningAsync = false;
                if (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION) || e.matches(ExceptionTypes.GENERATOR_EXIT)) {
                    throw PythonException.stopIteration();
                }
                throw e;
            }
            if (r instanceof Wrapped) {
                r.decref();
                state = 2;
                gen.runningAsync = false;
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            return r;
        }

        PyObject close() {
            state = 2;
            return PyNoneType.NONE;
        }

        @Override
        public void releaseReferences() {
            gen.decref();
            xdecref(exception);
        }
    }

    /** {@code async_generator_wrapped_value}: a value the body yielded, on its way out of the frame. */
    static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = newRef(value);
        }

        @Override
        public PyType type() {
            return WRAPPED;
        }

        @Override
        public void releaseReferences() {
            value.decref();
        }
    }
}
