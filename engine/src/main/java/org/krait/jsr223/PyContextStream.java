package org.krait.jsr223;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin} of an engine: a text stream whose
 * every call goes to the writer, error writer or reader of the {@code ScriptContext} the calling
 * thread evaluates in ({@link ContextStreams}), so two threads evaluating with different contexts
 * never mix their output.
 */
final class PyContextStream extends PyObject {

    enum Kind { IN, OUT, ERR }

    static final PyType TYPE = PyType.builtin("krait.ContextStream", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        TYPE.slot(Slot.NEXT, (Signature.Unary) self -> {
            PyStr line = ((PyContextStream) self).readline(-1);
            return line.length() == 0 ? null : line;
        });
        TYPE.method("write", (self, a, kw) -> {
            PyContextStream s = writable(self, "write", a, kw, 1);
            if (!(a[0] instanceof PyStr)) {
                throw PythonException.typeError("write() argument must be str, not " + a[0].type().name());
            }
            s.streams.write(s.kind == Kind.ERR, a[0].toString());
            return PyInt.of(((PyStr) a[0]).length());
        });
        TYPE.method("writelines", (self, a, kw) -> {
            PyContextStream s = writable(self, "writelines", a, kw, 1);
            for (PyObject line : IterOps.toArray(a[0])) {
                try {
                    if (!(line instanceof PyStr)) {
                        throw PythonException.typeError("write() argument must be str, not " + line.type().name());
                    }
                    s.streams.write(s.kind == Kind.ERR, line.toString());
                } finally {
                    line.decref();
                }
            }
            return PyNoneType.NONE;
        });
        TYPE.method("flush", (self, a, kw) -> {
            PyContextStream s = args(self, "flush", a, kw, 0, 0);
            if (s.kind != Kind.IN) {
                s.streams.flush(s.kind == Kind.ERR);
            }
            return PyNoneType.NONE;
        });
        TYPE.method("read", (self, a, kw) -> {
            PyContextStream s = readable(self, "read", a, kw);
            return s.read(a.length == 0 || a[0] == PyNoneType.NONE ? -1 : NumberOps.index(a[0]).asLong());
        });
        TYPE.method("readline", (self, a, kw) -> {
            PyContextStream s = readable(self, "readline", a, kw);
            return s.readline(a.length == 0 || a[0] == PyNoneType.NONE ? -1 : NumberOps.index(a[0]).asLong());
        });
        TYPE.method("readlines", (self, a, kw) -> {
            PyContextStream s = args(self, "readlines", a, kw, 0, 0);
            PyList lines = new PyList();
            for (PyStr line = s.readline(-1); line.length() > 0; line = s.readline(-1)) {
                lines.append(line);
                line.decref();
            }
            return lines;
        });
        TYPE.method("isatty", (self, a, kw) -> PyBool.FALSE);
        TYPE.method("readable", (self, a, kw) -> PyBool.of(((PyContextStream) self).kind == Kind.IN));
        TYPE.method("writable", (self, a, kw) -> PyBool.of(((PyContextStream) self).kind != Kind.IN));
        TYPE.method("seekable", (self, a, kw) -> PyBool.FALSE);
        TYPE.method("close", (self, a, kw) -> PyNoneType.NONE);
        TYPE.define("closed", new PyGetSetDescr(TYPE, "closed", self -> PyBool.FALSE, null));
        TYPE.define("encoding", new PyGetSetDescr(TYPE, "encoding", self -> PyStr.of("utf-8"), null));
        TYPE.define("errors", new PyGetSetDescr(TYPE, "errors", self -> PyStr.of("strict"), null));
        TYPE.define("name", new PyGetSetDescr(TYPE, "name", self -> PyStr.of(((PyContextStream) self).name()), null));
        TYPE.define("mode", new PyGetSetDescr(TYPE, "mode",
                self -> PyStr.of(((PyContextStream) self).kind == Kind.IN ? "r" : "w"), null));
    }

    private final ContextStreams streams;
    private final Kind kind;

    PyContextStream(ContextStreams streams, Kind kind) {
        this.streams = streams;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private String name() {
        return kind == Kind.IN ? "<stdin>" : kind == Kind.OUT ? "<stdout>" : "<stderr>";
    }

    private static PyContextStream args(PyObject self, String method, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PythonException.typeError(method + "() takes no keyword arguments");
        }
        if (a.length < min || a.length > max) {
            throw PythonException.typeError(method + "() takes " + (min == max ? "exactly " + min : "at most " + max)
                    + " argument" + (max == 1 ? "" : "s") + " (" + a.length + " given)");
        }
        return (PyContextStream) self;
    }

    private static PyContextStream writable(PyObject self, String method, PyObject[] a, String[] kw, int n) {
        PyContextStream s = args(self, method, a, kw, n, n);
        if (s.kind == Kind.IN) {
            throw unsupported("not writable");
        }
        return s;
    }

    private static PyContextStream readable(PyObject self, String method, PyObject[] a, String[] kw) {
        PyContextStream s = args(self, method, a, kw, 0, 1);
        if (s.kind != Kind.IN) {
            throw unsupported("not readable");
        }
        return s;
    }

    /** {@code io.UnsupportedOperation}, which derives from OSError and ValueError. */
    private static PythonException unsupported(String message) {
        PyObject io = org.krait.runtime.interpreter.ThreadState.current().interpreter().importModule("io");
        PyObject type = ObjectOps.getAttr(io, "UnsupportedOperation");
        try {
            return type instanceof PyType ? PythonException.of((PyType) type, message)
                    : PythonException.of(ExceptionTypes.OS_ERROR, message);
        } finally {
            type.decref();
        }
    }

    /** Up to {@code n} characters (all, when negative) of the context's reader. */
    private PyStr read(long n) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        while (n < 0 || sb.length() < n) {
            int want = n < 0 ? buf.length : (int) Math.min(buf.length, n - sb.length());
            int got = streams.read(buf, want);
            if (got < 0) {
                break;
            }
            sb.append(buf, 0, got);
        }
        return PyStr.of(sb.toString());
    }

    /** The next line of the context's reader with its newline, at most {@code n} characters when n >= 0. */
    private PyStr readline(long n) {
        StringBuilder sb = new StringBuilder();
        char[] one = new char[1];
        while (n < 0 || sb.length() < n) {
            int got = streams.read(one, 1);
            if (got < 0) {
                break;
            }
            if (got == 1) {
                sb.append(one[0]);
                if (one[0] == '\n') {
                    break;
                }
            }
        }
        return PyStr.of(sb.toString());
    }
}
