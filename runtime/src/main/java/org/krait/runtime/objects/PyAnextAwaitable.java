package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code anext_awaitable}: what {@code anext(iterator, default)} returns, an awaitable that
 * drives {@code iterator.__anext__()} and turns its StopAsyncIteration into the default.
 * CPython: Objects/iterobject.c.
 */
public final class PyAnextAwaitable extends PyObject {

    public static final PyType TYPE = PyType.builtin("anext_awaitable", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.AWAIT, (Signature.Unary) PyObject::newRef);
        TYPE.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        TYPE.slot(Slot.NEXT, (Signature.Unary) a -> ((PyAnextAwaitable) a).step("__next__", null));
        TYPE.method("send", ArgSpec.ONE, (a, args, kw) -> ((PyAnextAwaitable) a).step("send", args));
        TYPE.method("throw", ArgSpec.positional(1, 3), (a, args, kw) -> ((PyAnextAwaitable) a).step("throw", args));
        TYPE.method("close", ArgSpec.NOARGS, (a, args, kw) -> ((PyAnextAwaitable) a).step("close", args));
    }

    /** The awaitable {@code __anext__()} returned (owned). */
    private final PyObject wrapped;
    private final PyObject defaultValue;

    /** Awaits {@code wrapped} (kept), giving {@code defaultValue} (kept) at StopAsyncIteration. */
    public PyAnextAwaitable(PyObject wrapped, PyObject defaultValue) {
        this.wrapped = newRef(wrapped);
        this.defaultValue = newRef(defaultValue);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The iterator behind the wrapped awaitable ({@code _PyCoro_GetAwaitableIter}). */
    private PyObject awaitableIterator() {
        if (wrapped instanceof PyCoroutine) {
            return newRef(wrapped);
        }
        PyObject await = wrapped.type().lookup("__await__");
        if (await == null) {
            throw PythonException.typeError("'" + wrapped.type().name() + "' object can't be awaited");
        }
        PyObject it = CallOps.call(await, wrapped);
        if (!it.type().has(Slot.NEXT)) {
            String t = it.type().name();
            it.decref();
            throw PythonException.typeError("__await__() returned non-iterator of type '" + t + "'");
        }
        return it;
    }

    /** Forwards {@code method} to the awaitable's iterator; its StopAsyncIteration becomes StopIteration(default). */
    private PyObject step(String method, PyObject[] args) {
        PyObject it = awaitableIterator();
        try {
            if (method.equals("__next__")) {
                PyObject r = IterOps.next(it);
                if (r == null) {
                    throw PythonException.stopIteration();
                }
                return r;
            }
            PyObject m = ObjectOps.getAttr(it, method);
            try {
                return CallOps.call(m, args);
            } finally {
                m.decref();
            }
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                throw PyGenerator.stop(defaultValue);
            }
            throw e;
        } finally {
            it.decref();
        }
    }

    @Override
    public void releaseReferences() {
        wrapped.decref();
        defaultValue.decref();
    }
}
