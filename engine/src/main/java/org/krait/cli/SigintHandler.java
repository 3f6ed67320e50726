package org.krait.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) for the {@code krait} process, as python3 handles it: the signal asks the
 * thread running Python to stop, which it does at its next check (a loop's backward jump, a call,
 * a wait for input) by raising {@code KeyboardInterrupt}; and a process whose program ended with an
 * uncaught KeyboardInterrupt dies of SIGINT itself, so its parent sees the usual status (130 in a
 * shell). The JDK has no public API for either, hence {@code sun.misc.Signal} (module
 * {@code jdk.unsupported}), used here only. The request is {@link Thread#interrupt()}, so Java code
 * run by that thread must not take an interrupt for its own purposes.
 */
final class SigintHandler {

    private static final Signal SIGINT = new Signal("INT");
    /** python3's status when it cannot end by the signal itself: 128 + SIGINT. */
    private static final int STATUS = 130;

    private SigintHandler() {
    }

    /**
     * Makes SIGINT interrupt {@code python}. When the process started with SIGINT ignored (a
     * background job of a non-interactive shell), it stays ignored, as under python3.
     */
    static void install(Thread python) {
        try {
            Signal.handle(SIGINT, signal -> python.interrupt());
        } catch (IllegalArgumentException e) {
            // The JVM keeps SIGINT for itself (-Xrs and similar): Ctrl-C then ends the JVM at once.
        }
    }

    /** Ends the process by SIGINT with the default action restored; exits with 130 if it survives. */
    static void die() {
        try {
            Signal.handle(SIGINT, SignalHandler.SIG_DFL);
            Signal.raise(SIGINT);
        } catch (IllegalArgumentException e) {
            // Not allowed to change it: fall back on the status.
        }
        Runtime.getRuntime().halt(STATUS);
    }
}
