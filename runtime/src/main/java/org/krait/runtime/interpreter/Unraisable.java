package org.krait.runtime.interpreter;

import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PyTraceback;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * Exceptions raised where nothing can catch them (a finalizer), written to {@code sys.stderr} in
 * the format of CPython's default {@code sys.unraisablehook}. CPython: PyErr_WriteUnraisable.
 */
final class Unraisable {

    private Unraisable() {
    }

    /** Writes "Exception ignored in: repr(obj)" and the traceback of {@code exc}; failures to write are dropped. */
    static void report(Interpreter interp, PyBaseException exc, PyObject obj) {
        try {
            String where;
            try {
                where = ObjectOps.repr(obj).toString();
            } catch (PythonException e) {
                where = "<object repr() failed>";
            }
            if (exc.traceback() == null) {
                // Raised by the runtime itself (close() of a generator that ignored GeneratorExit):
                // the traceback is the frame running when the object died.
                PyFrame f = ThreadState.current(interp).frame;
                if (f != null) {
                    PyTraceback tb = new PyTraceback(null, f.code.filename, f.code.name, f.positionAt(f.pc - 1));
                    tb.setFrame(f);
                    exc.setTraceback(tb);
                }
            }
            String text = "Exception ignored in: " + where + "\n" + TracebackPrinter.formatUnchained(exc);
            PyObject stderr = ((PyModule) interp.importModule("sys")).dict().getItem("stderr");
            if (stderr == null || stderr == PyNoneType.NONE) {
                return;
            }
            PyObject write = ObjectOps.getAttr(stderr, "write");
            try {
                CallOps.call(write, PyStr.of(text)).decref();
            } finally {
                write.decref();
            }
        } catch (PythonException e) {
            // Nowhere left to report it.
        }
    }
}
