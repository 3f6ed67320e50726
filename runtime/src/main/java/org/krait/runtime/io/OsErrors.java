package org.krait.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;

/**
 * Failures of the operating system as Python's OSError subclasses, with errno, glibc's message and
 * the file names: {@code FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'}.
 * CPython: PyErr_SetFromErrnoWithFilenameObjects.
 */
public final class OsErrors {

    private OsErrors() {
    }

    /** The OSError subclass for {@code errno}, naming {@code filename} (a str or bytes, or null). */
    public static PythonException of(int errno, PyObject filename) {
        return of(errno, filename, null);
    }

    /** The same naming two files ({@code rename}): {@code [Errno 2] ...: 'a' -> 'b'}. */
    public static PythonException of(int errno, PyObject filename, PyObject filename2) {
        PyObject code = PyInt.of(errno);
        PyStr message = PyStr.of(Errno.message(errno));
        PyObject[] args = filename == null ? new PyObject[] {code, message}
                : filename2 == null ? new PyObject[] {code, message, filename}
                : new PyObject[] {code, message, filename, PyNoneType.NONE, filename2};
        try {
            return new PythonException((PyBaseException) CallOps.call(ExceptionTypes.OS_ERROR, args));
        } finally {
            code.decref();
            message.decref();
        }
    }

    /** The Python exception for a JDK I/O failure on {@code filename}. */
    public static PythonException fromJava(IOException e, PyObject filename) {
        return of(errnoOf(e), filename, null);
    }

    public static PythonException fromJava(IOException e, PyObject filename, PyObject filename2) {
        return of(errnoOf(e), filename, filename2);
    }

    /** The errno a JDK I/O exception stands for: by its class, else by the system's message in it. */
    static int errnoOf(IOException e) {
        if (e instanceof OsException) {
            return ((OsException) e).errno;
        }
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        }
        if (e instanceof FileSystemLoopException) {
            return Errno.ELOOP;
        }
        String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
        if (reason != null) {
            for (java.util.Map.Entry<String, Integer> n : Errno.names().entrySet()) {
                if (reason.equals(Errno.message(n.getValue()))) {
                    return n.getValue();
                }
            }
            if (reason.contains("Is a directory")) {
                return Errno.EISDIR;
            }
        }
        return 5;
    }
}
