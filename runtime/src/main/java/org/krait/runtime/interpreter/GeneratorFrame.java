package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyAsyncGenerator;
import org.krait.runtime.objects.PyCoroutine;
import org.krait.runtime.objects.PyGenerator;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;

/** A generator's frame: resumed by re-entering the eval loop where it yielded. */
final class GeneratorFrame implements PyGenerator.Body {

    private final PyFrame frame;
    private final Interpreter interpreter;
    private boolean finished;
    private boolean running;
    /** The exception an except block of this frame handles while it is suspended (borrowed, on its stack), or null. */
    private PyBaseException handled;

    GeneratorFrame(PyFrame frame, Interpreter interpreter) {
        this.frame = frame;
        this.interpreter = interpreter;
    }

    /** RETURN_GENERATOR: the generator, coroutine or async generator that {@code f} becomes, by its code's flags. */
    static PyGenerator start(PyFrame f, ThreadState ts) {
        String qualname = f.function != null ? f.function.qualname() : f.code.qualname;
        GeneratorFrame body = new GeneratorFrame(f, ts.interpreter);
        if ((f.code.flags & PyCode.CO_COROUTINE) != 0) {
            return new PyCoroutine(f.code.name, qualname, body);
        }
        if ((f.code.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(f.code.name, qualname, body);
        }
        return new PyGenerator(f.code.name, qualname, body);
    }

    /** What the frame is, for the RuntimeError that replaces a StopIteration leaving it. */
    private String kind() {
        int flags = frame.code.flags;
        return (flags & PyCode.CO_COROUTINE) != 0 ? "coroutine" : (flags & PyCode.CO_ASYNC_GENERATOR) != 0
                ? "async generator" : "generator";
    }

    @Override
    public PyObject resume(PyObject sent, PyBaseException thrown) {
        frame.slots[frame.sp++] = PyObject.newRef(sent);
        return run(thrown);
    }

    /**
     * The frame rests at the RESUME after a delegation's YIELD_VALUE, the iterator on top of the
     * stack; the JUMP_BACKWARD_NO_INTERRUPT after the RESUME leads back to the SEND whose jump
     * target is where the loop ends. The value replaces the iterator, as SEND does when done.
     */
    @Override
    public PyObject resumeAfterYieldFrom(PyObject value) {
        int[] words = frame.decoded.words;
        int at = frame.pc + 1;
        while (Opcode.values()[words[at] & 0xff] != Opcode.JUMP_BACKWARD_NO_INTERRUPT) {
            at++;
        }
        int send = words[at] >>> 8;
        PyObject iterator = frame.slots[frame.sp - 1];
        frame.slots[frame.sp - 1] = PyObject.newRef(value);
        iterator.decref();
        frame.pc = words[send] >>> 8;
        return run(null);
    }

    @Override
    public void abandon() {
        finish();
    }

    /** Runs the frame from where it rests, raising {@code thrown} there first when not null. */
    private PyObject run(PyBaseException thrown) {
        ThreadState ts = ThreadState.current(interpreter);
        running = true;
        frame.yielded = false;
        // The frame runs with its own exception state, the caller's hidden behind it (nothing
        // to hide, and so no link to make, when neither handles an exception).
        boolean hides = ts.handled != null;
        if (hides) {
            ts.outer = new ThreadState.OuterState(ts.handled, ts.outer);
        }
        ts.handled = handled;
        try {
            PyObject r;
            if (thrown != null) {
                ts.push(frame);
                try {
                    PythonException e = new PythonException(thrown);
                    if (!EvalLoop.unwind(frame, ts, e)) {
                        throw e;
                    }
                    // The handler took over e's reference, which the caller of throw() keeps.
                    thrown.incref();
                } finally {
                    ts.pop(frame);
                }
            }
            r = EvalLoop.run(frame, ts);
            if (!frame.yielded) {
                finish();
            }
            return r;
        } catch (PythonException e) {
            finish();
            boolean stopAsync = (frame.code.flags & PyCode.CO_ASYNC_GENERATOR) != 0
                    && e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.STOP_ASYNC_ITERATION);
            if (e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.STOP_ITERATION) || stopAsync) {
                PythonException r = PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.RUNTIME_ERROR,
                        kind() + " raised " + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
                r.exception().setCause(e.exception());
                r.exception().setSuppressContext(false);
                r.exception().setContext(e.exception());
                throw r;
            }
            throw e;
        } catch (Error e) {
            finish();
            throw e;
        } finally {
            running = false;
            handled = finished ? null : ts.handled;
            if (hides) {
                ts.handled = ts.outer.handled;
                ts.outer = ts.outer.next;
            } else {
                ts.handled = null;
            }
        }
    }

    private void finish() {
        finished = true;
        frame.clear();
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public PyObject frame() {
        return frame;
    }

    /**
     * The iterator a suspended {@code yield from}/{@code await} delegates to (borrowed), or null:
     * such a suspension resumes at a RESUME whose argument is 2 or more, with the iterator on top.
     */
    @Override
    public PyObject yieldFrom() {
        if (finished || running || !frame.yielded || frame.pc >= frame.decoded.words.length) {
            return null;
        }
        int w = frame.decoded.words[frame.pc];
        if (org.krait.runtime.bytecode.Opcode.values()[w & 0xff] != org.krait.runtime.bytecode.Opcode.RESUME || (w >>> 8) < 2) {
            return null;
        }
        return frame.slots[frame.sp - 1];
    }

    @Override
    public PyObject code() {
        return frame.code;
    }

    @Override
    public void reportUnraisable(PythonException e, PyObject obj) {
        Unraisable.report(interpreter, e.exception(), obj, null);
    }
}
