package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code coroutine}: the frame of an {@code async def} without {@code yield}, driven by
 * {@code send}/{@code throw} from an awaiting frame or an event loop; not iterable itself (its
 * {@code __await__} gives a {@code coroutine_wrapper} iterator). CPython: Objects/genobject.c.
 */
public final class PyCoroutine extends PyGenerator {

    public static final PyType TYPE = PyType.builtin("coroutine", PyType.OBJECT).finalType();
    static final PyType WRAPPER = PyType.builtin("coroutine_wrapper", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.REPR, (Signature.Unary) c -> PyStr.of("<coroutine object " + ((PyCoroutine) c).qualname
                + " at 0x" + Integer.toHexString(System.identityHashCode(c)) + ">"));
        TYPE.method("send", ArgSpec.ONE, (c, a, kw) -> ((PyCoroutine) c).send(a[0]));
        TYPE.method("throw", ArgSpec.positional(1, 3), (c, a, kw) -> ((PyCoroutine) c).throwIn(a));
        TYPE.method("close", ArgSpec.NOARGS, (c, a, kw) -> ((PyCoroutine) c).close());
        TYPE.slot(Slot.AWAIT, (Signature.Unary) c -> new Wrapper((PyCoroutine) c));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (c, n) -> ((PyCoroutine) c).attribute((PyStr) n, "cr_", "cr_await"));
        TYPE.slot(Slot.SETATTR, (Signature.Setter) (c, n, v) -> ((PyCoroutine) c).setAttribute((PyStr) n, v));
        WRAPPER.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        WRAPPER.slot(Slot.NEXT, (Signature.Unary) w -> ((Wrapper) w).coroutine.stepOrNull(PyNoneType.NONE));
        WRAPPER.method("send", ArgSpec.ONE, (w, a, kw) -> ((Wrapper) w).coroutine.send(a[0]));
        WRAPPER.method("throw", ArgSpec.positional(1, 3), (w, a, kw) -> ((Wrapper) w).coroutine.throwIn(a));
        WRAPPER.method("close", ArgSpec.NOARGS, (w, a, kw) -> ((Wrapper) w).coroutine.close());
    }

    public PyCoroutine(String name, String qualname, Body body) {
        super(name, qualname, body);
    }

    /** A coroutine that never started needs its finalizer too, to warn. */
    @Override
    boolean needsFinalizer() {
        return !body.finished() && !body.running();
    }

    /**
     * A coroutine that dies never started gets CPython's RuntimeWarning, attributed to the code
     * running when the last reference went (as {@code warnings._warn_unawaited_coroutine}
     * does); a suspended one is closed.
     */
    @Override
    void finalizeFrame() {
        if (started) {
            super.finalizeFrame();
            return;
        }
        try {
            org.krait.runtime.objects.exceptions.Warnings.warn(ExceptionTypes.RUNTIME_WARNING,
                    "coroutine '" + qualname + "' was never awaited", 1, this);
        } catch (PythonException e) {
            body.reportUnraisable(e, this);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "coroutine";
    }

    @Override
    PythonException exhausted() {
        return PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
    }

    /** Whether an {@code await} is already driving this coroutine ({@code cr_await} is set). */
    public boolean isAwaiting() {
        return started && !body.finished() && body.yieldFrom() != null;
    }

    /** {@code send(value)} as an iterator's {@code __next__}: null instead of StopIteration(None). */
    private PyObject stepOrNull(PyObject value) {
        try {
            return send(value);
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION) && e.exception().stopValue() == PyNoneType.NONE) {
                return null;
            }
            throw e;
        }
    }

    /** {@code coroutine_wrapper}: what {@code coro.__await__()} returns, an iterator over the coroutine. */
    static final class Wrapper extends PyObject {
        private final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            this.coroutine = newRef(coroutine);
        }

        @Override
        public PyType type() {
            return WRAPPER;
        }

        @Override
        public void releaseReferences() {
            coroutine.decref();
        }
    }
}
