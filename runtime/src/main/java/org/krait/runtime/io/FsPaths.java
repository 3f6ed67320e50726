package org.krait.runtime.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.krait.runtime.objects.Codecs;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;

/**
 * File-system paths given by programs: {@code os.fspath}'s protocol (str, bytes or an object with
 * {@code __fspath__}) and the Java {@link Path} for one. File names are UTF-8 with
 * surrogateescape, as CPython's file-system encoding on Linux.
 */
public final class FsPaths {

    private FsPaths() {
    }

    /** {@code os.fspath(p)}: a str or bytes (new reference); TypeError for anything else. */
    public static PyObject fspath(PyObject p) {
        PyObject r = fspathOrNull(p);
        if (r == null) {
            throw PythonException.typeError("expected str, bytes or os.PathLike object, not " + p.type().name());
        }
        return r;
    }

    /** {@code os.fspath(p)}, or null when {@code p} is not path-like. */
    static PyObject fspathOrNull(PyObject p) {
        if (p instanceof PyStr || p instanceof PyBytes) {
            return PyObject.newRef(p);
        }
        PyObject m = p.type().lookup("__fspath__");
        if (m == null) {
            return null;
        }
        PyObject r = CallOps.call(m, p);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            String t = r.type().name();
            r.decref();
            throw PythonException.typeError("expected " + p.type().name() + ".__fspath__() to return str or bytes, not " + t);
        }
        return r;
    }

    /** The text of a path that {@link #fspath} gave: a str, or bytes decoded as the file system does. */
    public static String text(PyObject fspath) {
        String s = fspath instanceof PyBytes ? Codecs.decode(((PyBytes) fspath).toByteArray(), "utf-8", "surrogateescape")
                : fspath.toString();
        if (s.indexOf('\0') >= 0) {
            throw PythonException.valueError("embedded null byte");
        }
        return s;
    }

    /** The Java path of a path that {@link #fspath} gave. */
    public static Path path(PyObject fspath) {
        String s = text(fspath);
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw PythonException.valueError("invalid path: " + s);
        }
    }

    /** The permission bits {@code mode & 0o777} as the JDK names them. */
    public static Set<PosixFilePermission> permissionSet(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();
        // values() is in the order OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_..., OTHERS_...: bits 8 down to 0.
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                perms.add(bits[i]);
            }
        }
        return perms;
    }

    /** The permissions a new file or directory asks for (the process's umask then applies, as in open(2)). */
    public static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
        return PosixFilePermissions.asFileAttribute(permissionSet(mode));
    }
}
