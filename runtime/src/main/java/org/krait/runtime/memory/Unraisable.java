package org.krait.runtime.memory;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PyBaseException;

/**
 * Where the memory mechanisms send an exception nothing can catch (from {@code __del__}, a weak
 * reference callback, a gc callback): the library layer's {@code sys.unraisablehook}, installed
 * with {@link #setReporter} when {@code sys} is made.
 */
public final class Unraisable {

    /** Reports {@code exc} about {@code obj} (may be null) with {@code errMsg} (null: "Exception ignored in"). */
    @FunctionalInterface
    public interface Reporter {
        void report(PyBaseException exc, String errMsg, PyObject obj);
    }

    private static volatile Reporter reporter;

    private Unraisable() {
    }

    public static void setReporter(Reporter r) {
        reporter = r;
    }

    /** Reports {@code exc} (borrowed) through {@code sys.unraisablehook}. */
    public static void report(PyBaseException exc, String errMsg, PyObject obj) {
        Reporter r = reporter;
        if (r != null) {
            r.report(exc, errMsg, obj);
        } else {
            System.err.println("Exception ignored in: " + obj + "\n" + exc);
        }
    }
}
