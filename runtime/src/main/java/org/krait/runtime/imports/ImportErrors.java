package org.krait.runtime.imports;

import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;

/** The import system's exceptions, with the {@code name} and {@code path} attributes CPython gives them. */
final class ImportErrors {

    private ImportErrors() {
    }

    /** {@code ImportError(msg, name=name, path=path)}; {@code name} and {@code path} may be null (None). */
    static PythonException importError(String msg, PyObject name, PyObject path) {
        return make(ExceptionTypes.IMPORT_ERROR, msg, name, path);
    }

    /** {@code ModuleNotFoundError(msg, name=name)}. */
    static PythonException moduleNotFound(String msg, String name) {
        PyStr n = PyStr.of(name);
        try {
            return make(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg, n, null);
        } finally {
            n.decref();
        }
    }

    private static PythonException make(PyType type, String msg, PyObject name, PyObject path) {
        PythonException e = PythonException.of(type, msg);
        PyDict d = e.exception().dict();
        PyStr m = PyStr.of(msg);
        d.setItem("msg", m);
        m.decref();
        d.setItem("name", name == null ? PyNoneType.NONE : name);
        d.setItem("path", path == null ? PyNoneType.NONE : path);
        return e;
    }

    /** The OSError {@code open(path, 'rb')} would raise for a JDK failure to read {@code path}. */
    static PythonException osError(java.io.IOException e, String path) {
        int errno;
        String msg;
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            errno = 2;
            msg = "No such file or directory";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            errno = 13;
            msg = "Permission denied";
        } else if (reason.contains("Is a directory")) {
            errno = 21;
            msg = "Is a directory";
        } else {
            errno = 5;
            msg = "Input/output error";
        }
        PyStr p = PyStr.of(path);
        try {
            return new PythonException(org.krait.runtime.objects.exceptions.PyOSError.of(errno, msg, p));
        } finally {
            p.decref();
        }
    }
}
