package org.krait.runtime.host;

import java.util.function.Supplier;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * How a Java thread runs one operation on Python objects: inside {@code Interpreter.enter()/exit()},
 * with a Python exception turned into a {@link PythonError} on the way out.
 */
final class Gate {

    private Gate() {
    }

    /** Runs {@code body} in {@code interpreter}; it may return null. */
    static <T> T run(Interpreter interpreter, Supplier<T> body) {
        ThreadState ts = interpreter.enter();
        try {
            HostRef.releasePending(interpreter);
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
