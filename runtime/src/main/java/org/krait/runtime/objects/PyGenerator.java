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
 */
public final class PyGenerator extends PyObject {

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

        /** The code object (borrowed). */
        PyObject code();
    }

    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT).finalType()
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) g -> ((PyGenerator) g).next())
            .slot(Slot.REPR, (Signature.Unary) g -> PyStr.of("<generator object " + ((PyGenerator) g).qualname
                    + " at 0x" + Integer.toHexString(System.identityHashCode(g)) + ">"))
            .method("send", ArgSpec.ONE, (g, a, kw) -> ((PyGenerator) g).send(a[0]))
            .method("throw", ArgSpec.positional(1, 3), (g, a, kw) -> ((PyGenerator) g).throwIn(a[0]))
            .method("close", ArgSpec.NOARGS, (g, a, kw) -> ((PyGenerator) g).close())
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (g, n) -> {
                PyGenerator gen = (PyGenerator) g;
                switch (n.toString()) {
                    case "__name__": return PyStr.of(gen.name);
                    case "__qualname__": return PyStr.of(gen.qualname);
                    case "gi_running": return PyBool.of(gen.body.running());
                    case "gi_frame": return newRef(gen.body.finished() ? PyNoneType.NONE : gen.body.frame());
                    case "gi_code": return newRef(gen.body.code());
                    case "gi_suspended": return PyBool.of(gen.started && !gen.body.running() && !gen.body.finished());
                    case "gi_yieldfrom": {
                        PyObject yf = gen.body.yieldFrom();
                        return newRef(yf == null ? PyNoneType.NONE : yf);
                    }
                    default: return org.krait.runtime.ops.ObjectOps.genericGetAttr(g, (PyStr) n, null);
                }
            });

    private final String name;
    private final String qualname;
    private final Body body;
    private boolean started;

    public PyGenerator(String name, String qualname, Body body) {
        this.name = name;
        this.qualname = qualname;
        this.body = body;
    }

    @Override
    public PyType type() {
        return TYPE;
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

    private PyObject resume(PyObject sent, PyBaseException thrown) {
        if (body.running()) {
            throw PythonException.valueError("generator already executing");
        }
        started = true;
        return body.resume(sent, thrown);
    }

    /** {@code gen.send(value)}: StopIteration carries the return value at the end. */
    public PyObject send(PyObject value) {
        if (!started && value != PyNoneType.NONE) {
            throw PythonException.typeError("can't send non-None value to a just-started generator");
        }
        if (body.finished()) {
            throw PythonException.stopIteration();
        }
        PyObject r = resume(value, null);
        if (body.finished()) {
            throw stop(r);
        }
        return r;
    }

    /** Whether the generator has run to its end. */
    public boolean finished() {
        return body.finished();
    }

    private static PythonException stop(PyObject value) {
        if (value == PyNoneType.NONE) {
            return PythonException.stopIteration();
        }
        return new PythonException(PyBaseException.create(ExceptionTypes.STOP_ITERATION, value));
    }

    private PyObject throwIn(PyObject exc) {
        PyBaseException e;
        if (exc instanceof PyType) {
            e = PyBaseException.create((PyType) exc);
        } else if (exc instanceof PyBaseException) {
            e = newRef((PyBaseException) exc);
        } else {
            throw PythonException.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + exc.type().name());
        }
        if (body.finished()) {
            throw new PythonException(e);
        }
        PyObject r = resume(PyNoneType.NONE, e);
        if (body.finished()) {
            throw stop(r);
        }
        return r;
    }

    private PyObject close() {
        if (!started || body.finished()) {
            return PyNoneType.NONE;
        }
        try {
            PyObject r = resume(PyNoneType.NONE, PyBaseException.create(ExceptionTypes.GENERATOR_EXIT));
            if (!body.finished()) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "generator ignored GeneratorExit");
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
