package org.krait.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import javax.script.ScriptContext;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.io.OsErrors;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Which {@code ScriptContext} the Python code a thread runs is evaluating in, so that
 * {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin} ({@link PyContextStream}s) reach that
 * context's writer, error writer and reader: per evaluation, per thread. Threads that evaluate
 * nothing (Python's own threads, Java threads calling functions) use the engine's context.
 * Java I/O runs without the interpreter's lock; its failures become Python's OSError, and an
 * interrupted wait ({@code InterruptedIOException}) KeyboardInterrupt.
 */
final class ContextStreams {

    /** One evaluation on one thread; {@code dirty} once something was written and not flushed. */
    static final class Frame {
        final ScriptContext context;
        final Frame outer;
        boolean dirty;

        Frame(ScriptContext context, Frame outer) {
            this.context = context;
            this.outer = outer;
        }
    }

    /** Java I/O on the context's streams. */
    interface IoAction<T> {
        T run() throws IOException;
    }

    private final ThreadLocal<Frame> frames = new ThreadLocal<>();
    /** The engine's context, for threads that are not evaluating. */
    volatile ScriptContext engineContext;

    /**
     * Makes {@code context} the current thread's until {@link #pop}; returns the frame to pop, or
     * null when the thread would use {@code context} anyway.
     */
    Frame push(ScriptContext context) {
        Frame outer = frames.get();
        if (outer == null && context == engineContext) {
            return null;
        }
        Frame f = new Frame(context, outer);
        frames.set(f);
        return f;
    }

    /** Ends {@code f} (null: nothing was pushed) and flushes what it wrote; under the interpreter's lock. */
    void pop(Frame f) {
        if (f == null) {
            return;
        }
        if (f.outer == null) {
            frames.remove();
        } else {
            frames.set(f.outer);
        }
        if (f.dirty) {
            try {
                unlocked(() -> {
                    flush(f.context.getWriter());
                    flush(f.context.getErrorWriter());
                    return null;
                });
            } catch (RuntimeException e) {
                // The evaluation's outcome stands; a writer that cannot flush has nothing to report it to.
            }
        }
    }

    /**
     * Writes {@code text} to the current context's writer (or error writer): outside an
     * evaluation of the thread's own, flushed at once; inside one, when it ends.
     */
    void write(boolean error, String text) {
        Frame f = frames.get();
        Writer w = writer(f, error);
        if (w == null) {
            return;
        }
        if (f != null) {
            f.dirty = true;
        }
        unlocked(() -> {
            w.write(text);
            if (f == null) {
                w.flush();
            }
            return null;
        });
    }

    /** Flushes the current context's writer (or error writer). */
    void flush(boolean error) {
        Writer w = writer(frames.get(), error);
        unlocked(() -> {
            flush(w);
            return null;
        });
    }

    /** Reads from the current context's reader, without the lock: -1 at its end or when there is none. */
    int read(char[] buf, int len) {
        Frame f = frames.get();
        Reader r = (f == null ? engineContext : f.context).getReader();
        if (r == null) {
            return -1;
        }
        return unlocked(() -> r.read(buf, 0, len));
    }

    private Writer writer(Frame f, boolean error) {
        ScriptContext c = f == null ? engineContext : f.context;
        return error ? c.getErrorWriter() : c.getWriter();
    }

    private static void flush(Writer w) throws IOException {
        if (w != null) {
            w.flush();
        }
    }

    /** Runs Java I/O without the interpreter's lock; an IOException is raised as OSError once it is held again. */
    private static <T> T unlocked(IoAction<T> action) {
        IOException[] failed = new IOException[1];
        T r = ThreadState.unlocked(() -> {
            try {
                return action.run();
            } catch (IOException e) {
                failed[0] = e;
                return null;
            }
        });
        if (failed[0] instanceof java.io.InterruptedIOException) {
            // Thread.interrupt() of a thread waiting in Java: Python's KeyboardInterrupt, as for any wait.
            throw new PythonException(PyBaseException.create(ExceptionTypes.KEYBOARD_INTERRUPT));
        }
        if (failed[0] != null) {
            throw OsErrors.fromJava(failed[0], null);
        }
        return r;
    }
}
