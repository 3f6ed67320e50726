package org.krait.runtime.interpreter;

/**
 * Unwinds a thread that must stop running Python because its interpreter is shutting down (a
 * daemon thread, or any thread other than the one finishing the interpreter): not a Python
 * exception, so no {@code except} or {@code finally} block of Python code sees it (CPython ends
 * such threads where they try to take the GIL). The thread's entry point catches it.
 */
public final class ThreadExit extends Error {

    private static final long serialVersionUID = 1L;

    /** One instance: it carries nothing and has no stack trace. */
    static final ThreadExit INSTANCE = new ThreadExit();

    private ThreadExit() {
        super("the interpreter is shutting down", null, false, false);
    }
}
