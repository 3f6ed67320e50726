package org.krait.runtime.io;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;

/**
 * The {@code _io} module and {@code io}, which re-exports it with the abstract base classes under
 * their public names (CPython's io.py makes them ABCs; here {@code io.IOBase} is
 * {@code _io._IOBase} itself, so {@code isinstance(f, io.TextIOBase)} holds for every text stream).
 * {@code open()} lives here: the builtin is the same function.
 */
public final class IoModule {

    private IoModule() {
    }

    /** {@code io.DEFAULT_BUFFER_SIZE}. */
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /** What {@code locale.getencoding()} gives on the systems Krait runs on: text files' default encoding. */
    static final String LOCALE_ENCODING = "UTF-8";

    private static final String[] OPEN_PARAMS = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
        "opener"};

    /** The builtin {@code open}; also {@code io.open}. */
    public static PyObject open(PyObject self, PyObject[] a, String[] kw) {
        PyObject[] p = IoArgs.bind("open", a, kw, 1, OPEN_PARAMS);
        String mode = "r";
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr)) {
                throw PythonException.typeError("open() argument 'mode' must be str, not " + p[1].type().name());
            }
            mode = p[1].toString();
        }
        long buffering = p[2] == null ? -1 : IoArgs.integer(p[2]);
        String encoding = IoArgs.strOrNone(p[3], "open", "encoding");
        String errors = IoArgs.strOrNone(p[4], "open", "errors");
        String newline = IoArgs.strOrNone(p[5], "open", "newline");
        boolean closefd = p[6] == null || ObjectOps.isTrue(p[6]);
        return open(p[0], mode, buffering, encoding, errors, newline, closefd, p[7]);
    }

    /** {@code open(...)} with converted arguments, CPython's _io_open_impl (new reference). */
    static PyObject open(PyObject file, String mode, long buffering, String encoding, String errors, String newline,
            boolean closefd, PyObject opener) {
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: throw invalidMode(mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw invalidMode(mode);
            }
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
                + (updating ? "+" : "");
        if (text && binary) {
            throw PythonException.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PythonException.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PythonException.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PythonException.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PythonException.valueError("binary mode doesn't take a newline argument");
        }
        if (!binary && newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PythonException.valueError("illegal newline value: " + newline);
        }
        PyObject pathOrFd = file instanceof PyInt ? PyObject.newRef(file) : FsPaths.fspathOrNull(file);
        if (pathOrFd == null) {
            pathOrFd = PyObject.newRef(file);
        }
        PyObject result;
        try {
            result = PyFileIO.open(pathOrFd, rawMode, closefd, opener);
        } finally {
            pathOrFd.decref();
        }
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && ((PyFileIO) result).isatty()) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = PyFileIO.BLKSIZE;
            }
            if (buffering == 0) {
                if (!binary) {
                    throw PythonException.valueError("can't have unbuffered text I/O");
                }
                return result;
            }
            int size = (int) Math.min(buffering, Integer.MAX_VALUE - 8);
            boolean writes = updating || creating || writing || appending;
            PyObject buffer = updating ? PyBufferedRandom.over(result, size)
                    : writes ? PyBufferedWriter.over(result, size)
                    : PyBufferedReader.over(result, size);
            result.decref();
            result = buffer;
            if (binary) {
                if (writes) {
                    StdStreams.register((PyIOBase) result);
                }
                return result;
            }
            PyTextIOWrapper wrapper = PyTextIOWrapper.over(buffer, encoding, errors, newline, lineBuffering, false);
            buffer.decref();
            result = wrapper;
            PyStr m = PyStr.of(mode);
            wrapper.dict().setItem("mode", m);
            m.decref();
            if (writes) {
                StdStreams.register(wrapper);
            }
            return result;
        } catch (PythonException e) {
            try {
                CallOps.callMethod(result, "close").decref();
            } catch (PythonException ignored) {
                // The first error is the one to report.
            }
            result.decref();
            throw e;
        }
    }

    private static PythonException invalidMode(String mode) {
        return PythonException.valueError("invalid mode: '" + mode + "'");
    }

    /** Makes {@code _io}. */
    public static PyModule createPrivate(Interpreter interp) {
        return create(interp, "_io", false);
    }

    /** Makes {@code io}. */
    public static PyModule createPublic(Interpreter interp) {
        return create(interp, "io", true);
    }

    private static PyModule create(Interpreter interp, String name, boolean isPublic) {
        PyDict d = new PyDict();
        PyModule m = new PyModule(name, d);
        d.setItem("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        // io.open is the builtin open itself.
        PyObject builtinOpen = interp.builtins().getItem("open");
        if (builtinOpen != null) {
            d.setItem("open", builtinOpen);
        } else {
            define(d, "open", IoModule::open);
        }
        define(d, "open_code", (s, a, kw) -> {
            PyObject path = IoArgs.bind("open_code", a, kw, 1, "path")[0];
            if (!(path instanceof PyStr)) {
                throw PythonException.typeError("open_code() argument 'path' must be str, not " + path.type().name());
            }
            return open(path, "rb", -1, null, null, null, true, null);
        });
        define(d, "text_encoding", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("text_encoding", a, kw, 1, "encoding", "stacklevel");
            return p[0] == PyNoneType.NONE ? PyStr.of("locale") : PyObject.newRef(p[0]);
        });
        PyType[] types = {PyFileIO.TYPE, PyBytesIO.TYPE, PyStringIO.TYPE, PyBufferedReader.TYPE, PyBufferedWriter.TYPE,
            PyBufferedRandom.TYPE, PyTextIOWrapper.TYPE};
        for (PyType t : types) {
            d.setItem(t.qualname(), t);
        }
        d.setItem("UnsupportedOperation", PyIOBase.UNSUPPORTED_OPERATION);
        d.setItem("BlockingIOError", ExceptionTypes.BLOCKING_IO_ERROR);
        PyType[] bases = {PyIOBase.TYPE, PyRawIOBase.TYPE, PyBufferedIOBase.TYPE, PyTextIOBase.TYPE};
        for (PyType t : bases) {
            d.setItem(isPublic ? t.qualname().substring(1) : t.qualname(), t);
        }
        if (isPublic) {
            d.setItem("SEEK_SET", PyInt.of(0));
            d.setItem("SEEK_CUR", PyInt.of(1));
            d.setItem("SEEK_END", PyInt.of(2));
        }
        m.adoptFunctions();
        d.decref();
        return m;
    }

}
