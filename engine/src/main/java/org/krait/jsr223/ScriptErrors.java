package org.krait.jsr223;

import javax.script.ScriptException;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.runtime.host.PythonError;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PyTraceback;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * How what goes wrong in Python reaches the host: a {@code ScriptException} whose message is
 * {@code TypeName: message}, with the file name, the line (and, for a SyntaxError, the 1-based
 * column) in the script, and as its cause the {@link PythonError} that carries the traceback text
 * and the exception object.
 */
final class ScriptErrors {

    private ScriptErrors() {
    }

    /** A syntax error found while compiling the script {@code filename}. */
    static ScriptException of(SyntaxErrorException e, String filename) {
        String type = e.kind == SyntaxErrorException.Kind.SyntaxError ? "SyntaxError" : e.kind.name();
        return new ScriptException(type + ": " + e.msg, filename, e.lineno, e.offset);
    }

    /** Source nested too deeply for the compiler, as CPython reports it. */
    static ScriptException of(SourceTooComplexException e, String filename) {
        return new ScriptException(e.pythonType + ": " + e.getMessage(), filename, -1);
    }

    /**
     * The exception {@code e} raised while running code of the script {@code filename}, taking
     * over its reference; under the interpreter's lock.
     */
    static ScriptException of(Interpreter interpreter, PythonException e, String filename) {
        PyBaseException exc = e.exception();
        int line = -1;
        int column = -1;
        String file = filename;
        if (exc.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) && exc.args().size() > 1
                && exc.args().getItem(1) instanceof PyTuple) {
            // A SyntaxError of code compiled at run time: its own place, (filename, lineno, offset, ...).
            PyTuple where = (PyTuple) exc.args().getItem(1);
            file = where.size() > 0 ? where.getItem(0).toString() : filename;
            line = where.size() > 1 ? intOf(where.getItem(1)) : -1;
            column = where.size() > 2 ? intOf(where.getItem(2)) : -1;
        } else {
            // The innermost frame of the script itself, else the innermost of all.
            for (PyTraceback tb = exc.traceback(); tb != null; tb = tb.next()) {
                if (tb.filename().equals(filename)) {
                    line = tb.lineno();
                } else if (line < 0 && tb.next() == null) {
                    file = tb.filename();
                    line = tb.lineno();
                }
            }
        }
        PythonError error = PythonError.of(interpreter, e);
        ScriptException se = new ScriptException(error.getMessage(), file, line, column);
        se.initCause(error);
        return se;
    }

    /** A Java stack overflow outside the interpreter's own checks: Python's RecursionError. */
    static ScriptException recursion(String filename) {
        return new ScriptException("RecursionError: maximum recursion depth exceeded", filename, -1);
    }

    private static int intOf(PyObject o) {
        return o instanceof PyInt && ((PyInt) o).isLong() ? (int) ((PyInt) o).longValue() : -1;
    }
}
