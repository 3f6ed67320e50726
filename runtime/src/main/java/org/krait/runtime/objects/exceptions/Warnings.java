package org.krait.runtime.objects.exceptions;

import org.krait.runtime.types.PyType;

/**
 * How code of the model layer issues a warning ({@code PyErr_WarnEx}): the {@code warnings}
 * machinery lives with the interpreter, which installs itself here; without one, warnings are
 * dropped. A warning turned into an error by a filter arrives as a {@link PythonException}.
 */
public final class Warnings {

    /** What the interpreter's {@code warnings} machinery does with a warning. */
    @FunctionalInterface
    public interface Emitter {
        /**
         * Warns {@code message} of {@code category}, attributed to the frame {@code stacklevel}
         * up (1: the caller); {@code source} (borrowed, may be null) is the object the warning
         * is about, as {@code warnings.warn(..., source=)} takes it.
         */
        void warn(PyType category, String message, int stacklevel, org.krait.runtime.objects.PyObject source);
    }

    private static volatile Emitter emitter = (category, message, stacklevel, source) -> { };

    private Warnings() {
    }

    /** Installs the interpreter's warnings machinery. */
    public static void setEmitter(Emitter e) {
        emitter = e;
    }

    /** {@code PyErr_WarnEx(category, message, stacklevel)}. */
    public static void warn(PyType category, String message, int stacklevel) {
        emitter.warn(category, message, stacklevel, null);
    }

    /** A warning about {@code source} (borrowed), which the default display follows with a tracemalloc hint. */
    public static void warn(PyType category, String message, int stacklevel, org.krait.runtime.objects.PyObject source) {
        emitter.warn(category, message, stacklevel, source);
    }
}
