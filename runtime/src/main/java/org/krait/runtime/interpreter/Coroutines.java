package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyAsyncGenerator;
import org.krait.runtime.objects.PyCoroutine;
import org.krait.runtime.objects.PyGenerator;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The instructions of {@code await}, {@code async for}, {@code async with} and async generators,
 * as CPython 3.11's (Python/ceval.c). An await itself is GET_AWAITABLE then the SEND loop that
 * {@code yield from} also uses.
 */
final class Coroutines {

    private Coroutines() {
    }

    static void execute(PyFrame f, Opcode op, int arg) {
        PyObject[] s = f.slots;
        switch (op) {
            // GET_AWAITABLE (value -- awaitable)
            case GET_AWAITABLE: {
                PyObject v = s[f.sp - 1];
                s[f.sp - 1] = awaitable(v, arg);
                v.decref();
                return;
            }
            // GET_AITER (iterable -- aiterator)
            case GET_AITER: {
                PyObject v = s[f.sp - 1];
                Signature.Unary aiter = v.type().unary(Slot.AITER);
                if (aiter == null) {
                    throw PythonException.typeError("'async for' requires an object with __aiter__ method, got "
                            + v.type().name());
                }
                PyObject it = aiter.apply(v);
                if (!it.type().has(Slot.ANEXT)) {
                    String t = it.type().name();
                    it.decref();
                    throw PythonException.typeError("'async for' received an object from __aiter__ that does not "
                            + "implement __anext__: " + t);
                }
                s[f.sp - 1] = it;
                v.decref();
                return;
            }
            // GET_ANEXT (aiterator -- aiterator, awaitable)
            case GET_ANEXT: {
                PyObject it = s[f.sp - 1];
                Signature.Unary anext = it.type().unary(Slot.ANEXT);
                if (anext == null) {
                    throw PythonException.typeError("'async for' requires an iterator with __anext__ method, got "
                            + it.type().name());
                }
                PyObject next = anext.apply(it);
                if (next instanceof PyCoroutine || next.type().has(Slot.AWAIT)) {
                    s[f.sp++] = awaitableOf(next, 0, next);
                } else {
                    String t = next.type().name();
                    next.decref();
                    throw PythonException.typeError("'async for' received an invalid object from __anext__: " + t);
                }
                return;
            }
            // END_ASYNC_FOR (aiterator, exc -- ): the loop ends at StopAsyncIteration
            case END_ASYNC_FOR: {
                PyBaseException exc = (PyBaseException) s[--f.sp];
                s[f.sp] = null;
                if (!exc.type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    f.reraising = true;
                    throw new PythonException(exc).reraised();
                }
                exc.decref();
                PyObject it = s[--f.sp];
                s[f.sp] = null;
                it.decref();
                return;
            }
            // ASYNC_GEN_WRAP (value -- wrapped)
            case ASYNC_GEN_WRAP: {
                PyObject v = s[f.sp - 1];
                s[f.sp - 1] = PyAsyncGenerator.wrap(v);
                v.decref();
                return;
            }
            // BEFORE_ASYNC_WITH (manager -- bound __aexit__, awaitable of __aenter__())
            case BEFORE_ASYNC_WITH: {
                PyObject mgr = s[f.sp - 1];
                PyType t = mgr.type();
                PyObject enter = t.lookup("__aenter__");
                PyObject exit = t.lookup("__aexit__");
                if (enter == null || exit == null) {
                    throw PythonException.typeError("'" + t.name() + "' object does not support the asynchronous "
                            + "context manager protocol" + (enter != null ? " (missed __aexit__ method)" : ""));
                }
                PyObject boundExit = bind(exit, mgr);
                PyObject res;
                try {
                    res = CallOps.call(enter, mgr);
                } catch (PythonException e) {
                    boundExit.decref();
                    throw e;
                }
                s[f.sp - 1] = boundExit;
                s[f.sp++] = res;
                mgr.decref();
                return;
            }
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    /**
     * GET_YIELD_FROM_ITER (iterable -- iterator): a generator delegates as itself; a coroutine
     * only inside a coroutine or a generator-based coroutine; anything else through iter().
     */
    static void yieldFromIter(PyFrame f) {
        PyObject v = f.slots[f.sp - 1];
        if (v instanceof PyCoroutine) {
            if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw PythonException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
        } else if (v.getClass() != PyGenerator.class) {
            f.slots[f.sp - 1] = IterOps.iter(v);
            v.decref();
        }
    }

    /** {@code descr.__get__(obj, type(obj))} for a method found on the type. */
    private static PyObject bind(PyObject descr, PyObject obj) {
        Signature.Ternary get = descr.type().ternary(Slot.GET);
        return get != null ? get.apply(descr, obj, obj.type()) : PyObject.newRef(descr);
    }

    /**
     * {@code _PyCoro_GetAwaitableIter} with the errors of GET_AWAITABLE: a coroutine is its own
     * iterator (unless already awaited), anything else needs an {@code __await__} giving an iterator.
     */
    private static PyObject awaitable(PyObject v, int where) {
        if (v.getClass() == PyGenerator.class && ((PyGenerator) v).isIterableCoroutine()) {
            return PyObject.newRef(v);
        }
        if (v instanceof PyCoroutine) {
            if (((PyCoroutine) v).isAwaiting()) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "coroutine is being awaited already");
            }
            return PyObject.newRef(v);
        }
        if (!v.type().has(Slot.AWAIT)) {
            if (where == 1 || where == 2) {
                throw PythonException.typeError("'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
                        + " that does not implement __await__: " + v.type().name());
            }
            throw PythonException.typeError("object " + v.type().name() + " can't be used in 'await' expression");
        }
        return awaitableOf(PyObject.newRef(v), where, v);
    }

    /** The iterator of {@code v}'s {@code __await__} (the reference to {@code owned} is dropped). */
    private static PyObject awaitableOf(PyObject owned, int where, PyObject v) {
        if (v instanceof PyCoroutine) {
            return owned;
        }
        PyObject it;
        try {
            it = v.type().unary(Slot.AWAIT).apply(v);
        } finally {
            owned.decref();
        }
        if (it instanceof PyCoroutine) {
            it.decref();
            throw PythonException.typeError("__await__() returned a coroutine");
        }
        if (!it.type().has(Slot.NEXT)) {
            String t = it.type().name();
            it.decref();
            throw PythonException.typeError("__await__() returned non-iterator of type '" + t + "'");
        }
        return it;
    }
}
