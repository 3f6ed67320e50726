package org.krait.runtime.host;

import java.util.function.Supplier;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * How a Java thread runs operations on Python objects: inside {@code Interpreter.enter()/exit()},
 * dropping first the references of views and handles the JVM has collected since.
 */
public final class Gate {

    private Gate() {
    }

    /** {@code interpreter.enter()}, then the collected views' references dropped; pair with {@link #exit}. */
    public static ThreadState enter(Interpreter interpreter) {
        ThreadState ts = interpreter.enter();
        HostRef.releasePending(interpreter);
        return ts;
    }

    /** Leaves what {@link #enter} entered. */
    public static void exit(Interpreter interpreter, ThreadState ts) {
        interpreter.exit(ts);
    }

    /** Runs {@code body} in {@code interpreter}, a Python exception becoming a {@link PythonError}; it may return null. */
    static <T> T run(Interpreter interpreter, Supplier<T> body) {
        ThreadState ts = enter(interpreter);
        try {
            return body.get();
        } catch (PythonException e) {
            throw PythonError.of(interpreter, e);
        } finally {
            interpreter.exit(ts);
        }
    }

    /** {@link #run} for a body that returns nothing. */
    static void exec(Interpreter interpreter, Runnable body) {
        run(interpreter, () -> {
            body.run();
            return null;
        });
    }
}
