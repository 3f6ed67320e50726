package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Map;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.io.Errno;
import org.krait.runtime.io.FdTable;
import org.krait.runtime.io.FsPaths;
import org.krait.runtime.io.IoArgs;
import org.krait.runtime.io.OsErrors;
import org.krait.runtime.objects.Codecs;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.Signature;

/**
 * The {@code posix} module: the operating system's files, directories and descriptors as the
 * bundled {@code os} module needs them, through the JDK's file system API. Paths may be str,
 * bytes or path-like; failures are OSError subclasses naming the path. CPython:
 * Modules/posixmodule.c. The working directory is the JVM's and cannot change ({@code chdir} is
 * not offered).
 */
public final class PosixModule {

    private PosixModule() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** File-type bits of {@code st_mode}. */
    private static final int S_IFCHR = 0020000;

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("posix", d);
        FdTable fds = FdTable.of(interp);
        define(d, "getcwd", (s, a, kw) -> {
            IoArgs.positional("getcwd", a, kw, 0, 0);
            return PyStr.of(cwd());
        });
        define(d, "getcwdb", (s, a, kw) -> {
            IoArgs.positional("getcwdb", a, kw, 0, 0);
            return PyBytes.of(Codecs.encode(cwd(), "utf-8", "surrogateescape"));
        });
        define(d, "fspath", (s, a, kw) -> FsPaths.fspath(IoArgs.bind("fspath", a, kw, 1, "path")[0]));
        define(d, "listdir", (s, a, kw) -> listdir(IoArgs.bind("listdir", a, kw, 0, "path")[0]));
        define(d, "stat", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("stat", a, kw, 1, "path", "dir_fd", "follow_symlinks");
            return stat(fds, p[0], p[2] == null || ObjectOps.isTrue(p[2]));
        });
        define(d, "lstat", (s, a, kw) -> stat(fds, IoArgs.bind("lstat", a, kw, 1, "path", "dir_fd")[0], false));
        define(d, "fstat", (s, a, kw) -> stat(fds, IoArgs.bind("fstat", a, kw, 1, "fd")[0], true));
        define(d, "remove", (s, a, kw) -> unlink(IoArgs.bind("remove", a, kw, 1, "path", "dir_fd")[0]));
        define(d, "unlink", (s, a, kw) -> unlink(IoArgs.bind("unlink", a, kw, 1, "path", "dir_fd")[0]));
        define(d, "rmdir", (s, a, kw) -> rmdir(IoArgs.bind("rmdir", a, kw, 1, "path", "dir_fd")[0]));
        define(d, "mkdir", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("mkdir", a, kw, 1, "path", "mode", "dir_fd");
            return mkdir(p[0], p[1] == null ? 0777 : (int) IoArgs.integer(p[1]));
        });
        define(d, "rename", (s, a, kw) -> rename(IoArgs.bind("rename", a, kw, 2, "src", "dst", "src_dir_fd", "dst_dir_fd")));
        define(d, "replace", (s, a, kw) -> rename(IoArgs.bind("replace", a, kw, 2, "src", "dst", "src_dir_fd", "dst_dir_fd")));
        define(d, "access", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("access", a, kw, 2, "path", "mode", "dir_fd", "effective_ids", "follow_symlinks");
            return PyBool.of(access(p[0], (int) IoArgs.integer(p[1])));
        });
        define(d, "chmod", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("chmod", a, kw, 2, "path", "mode", "dir_fd", "follow_symlinks");
            return chmod(p[0], (int) IoArgs.integer(p[1]));
        });
        define(d, "readlink", (s, a, kw) -> readlink(IoArgs.bind("readlink", a, kw, 1, "path", "dir_fd")[0]));
        define(d, "symlink", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("symlink", a, kw, 2, "src", "dst", "target_is_directory", "dir_fd");
            return symlink(p[0], p[1]);
        });
        define(d, "truncate", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("truncate", a, kw, 2, "path", "length");
            if (p[0] instanceof PyInt) {
                fds.truncate((int) IoArgs.integer(p[0]), IoArgs.integer(p[1]));
                return PyNoneType.NONE;
            }
            int fd = fds.open(pathOf(p[0]), 1, 0);
            try {
                fds.truncate(fd, IoArgs.integer(p[1]));
            } finally {
                fds.close(fd);
            }
            return PyNoneType.NONE;
        });
        define(d, "open", (s, a, kw) -> {
            PyObject[] p = IoArgs.bind("open", a, kw, 2, "path", "flags", "mode", "dir_fd");
            PyObject path = FsPaths.fspath(p[0]);
            try {
                return PyInt.of(fds.open(path, (int) IoArgs.integer(p[1]), p[2] == null ? 0777 : (int) IoArgs.integer(p[2])));
            } finally {
                path.decref();
            }
        });
        define(d, "close", (s, a, kw) -> {
            fds.close((int) IoArgs.integer(IoArgs.bind("close", a, kw, 1, "fd")[0]));
            return PyNoneType.NONE;
        });
        define(d, "read", (s, a, kw) -> {
            IoArgs.positional("read", a, kw, 2, 2);
            long n = IoArgs.integer(a[1]);
            if (n < 0) {
                throw OsErrors.of(Errno.EINVAL, null);
            }
            return PyBytes.of(fds.read((int) IoArgs.integer(a[0]), (int) Math.min(n, Integer.MAX_VALUE - 8)));
        });
        define(d, "write", (s, a, kw) -> {
            IoArgs.positional("write", a, kw, 2, 2);
            return PyInt.of(fds.write((int) IoArgs.integer(a[0]), PyBytes.bytesLike(a[1])));
        });
        define(d, "lseek", (s, a, kw) -> {
            IoArgs.positional("lseek", a, kw, 3, 3);
            return PyInt.of(fds.lseek((int) IoArgs.integer(a[0]), IoArgs.integer(a[1]), (int) IoArgs.integer(a[2])));
        });
        define(d, "ftruncate", (s, a, kw) -> {
            IoArgs.positional("ftruncate", a, kw, 2, 2);
            fds.truncate((int) IoArgs.integer(a[0]), IoArgs.integer(a[1]));
            return PyNoneType.NONE;
        });
        define(d, "fsync", (s, a, kw) -> {
            fds.path((int) IoArgs.integer(IoArgs.positional("fsync", a, kw, 1, 1)[0]));
            return PyNoneType.NONE;
        });
        define(d, "isatty", (s, a, kw) -> PyBool.of(fds.isatty((int) IoArgs.integer(IoArgs.positional("isatty", a, kw, 1, 1)[0]))));
        define(d, "getpid", (s, a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        define(d, "cpu_count", (s, a, kw) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        define(d, "urandom", (s, a, kw) -> {
            long n = IoArgs.integer(IoArgs.positional("urandom", a, kw, 1, 1)[0]);
            if (n < 0) {
                throw PythonException.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            RANDOM.nextBytes(b);
            return PyBytes.of(b);
        });
        define(d, "strerror", (s, a, kw) -> PyStr.of(Errno.message((int) IoArgs.integer(IoArgs.positional("strerror", a, kw, 1, 1)[0]))));
        define(d, "device_encoding", (s, a, kw) -> PyNoneType.NONE);
        define(d, "putenv", (s, a, kw) -> PyNoneType.NONE);
        define(d, "unsetenv", (s, a, kw) -> PyNoneType.NONE);
        d.setItem("environ", environ());
        d.setItem("stat_result", StatResult.SPEC.type());
        d.setItem("error", ExceptionTypes.OS_ERROR);
        int[] values = {0, 1, 2, 0100, 0200, 01000, 02000, 02000000, 4, 2, 1, 0, 0, 1, 2, 0200000, 0400000};
        String[] names = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_CLOEXEC",
            "R_OK", "W_OK", "X_OK", "F_OK", "SEEK_SET", "SEEK_CUR", "SEEK_END", "O_DIRECTORY", "O_NOFOLLOW"};
        for (int i = 0; i < names.length; i++) {
            PyInt v = PyInt.of(values[i]);
            d.setItem(names[i], v);
            v.decref();
        }
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    /** A path argument as {@code os.fspath} gives it (new reference). */
    private static PyObject pathOf(PyObject p) {
        return FsPaths.fspath(p);
    }

    /** A name of a directory entry, as str or (for a bytes directory) bytes. */
    private static PyObject name(String s, boolean bytes) {
        return bytes ? PyBytes.of(Codecs.encode(s, "utf-8", "surrogateescape")) : PyStr.of(s);
    }

    private static PyObject listdir(PyObject arg) {
        PyObject path = arg == null || arg == PyNoneType.NONE ? PyStr.of(".") : pathOf(arg);
        try {
            boolean bytes = path instanceof PyBytes;
            PyList out = new PyList();
            Path dir = FsPaths.path(path);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw OsErrors.of(Errno.ENOTDIR, path);
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    PyObject n = name(e.getFileName().toString(), bytes);
                    out.append(n);
                    n.decref();
                }
            } catch (IOException e) {
                out.decref();
                throw OsErrors.fromJava(e, path);
            }
            return out;
        } finally {
            path.decref();
        }
    }

    /** {@code stat}, {@code lstat} and {@code fstat} (an int argument is a descriptor). */
    private static PyObject stat(FdTable fds, PyObject arg, boolean follow) {
        if (arg instanceof PyInt) {
            Path p = fds.path((int) IoArgs.integer(arg));
            if (p == null) {
                long now = System.currentTimeMillis() * 1_000_000L;
                return StatResult.of(S_IFCHR | 0620, 0, 0, 1, 0, 0, 0, new long[] {now, now, now}, 1024, 0, 0);
            }
            return statPath(p, null, true);
        }
        PyObject path = pathOf(arg);
        try {
            return statPath(FsPaths.path(path), path, follow);
        } finally {
            path.decref();
        }
    }

    private static PyObject statPath(Path p, PyObject name, boolean follow) {
        Map<String, Object> a;
        try {
            a = follow ? Files.readAttributes(p, "unix:*") : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw OsErrors.fromJava(e, name);
        } catch (UnsupportedOperationException e) {
            throw OsErrors.of(Errno.EINVAL, name);
        }
        long size = ((Number) a.get("size")).longValue();
        long[] times = {nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))};
        // The JDK does not give st_blksize and st_blocks: these are the usual values of a 4 KiB-block file system.
        return StatResult.of(((Number) a.get("mode")).longValue(), ((Number) a.get("ino")).longValue(),
                ((Number) a.get("dev")).longValue(), ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(),
                ((Number) a.get("gid")).longValue(), size, times, 4096, (size + 4095) / 4096 * 8,
                ((Number) a.get("rdev")).longValue());
    }

    private static long nanos(Object t) {
        java.time.Instant i = ((FileTime) t).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static PyObject unlink(PyObject arg) {
        PyObject path = pathOf(arg);
        try {
            Path p = FsPaths.path(path);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.of(Errno.EISDIR, path);
            }
            Files.delete(p);
            return PyNoneType.NONE;
        } catch (IOException e) {
            throw OsErrors.fromJava(e, path);
        } finally {
            path.decref();
        }
    }

    private static PyObject rmdir(PyObject arg) {
        PyObject path = pathOf(arg);
        try {
            Path p = FsPaths.path(path);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.of(Errno.ENOTDIR, path);
            }
            Files.delete(p);
            return PyNoneType.NONE;
        } catch (IOException e) {
            throw OsErrors.fromJava(e, path);
        } finally {
            path.decref();
        }
    }

    private static PyObject mkdir(PyObject arg, int mode) {
        PyObject path = pathOf(arg);
        try {
            Path p = FsPaths.path(path);
            Files.createDirectory(p, org.krait.runtime.io.FsPaths.permissions(mode));
            return PyNoneType.NONE;
        } catch (IOException e) {
            throw OsErrors.fromJava(e, path);
        } finally {
            path.decref();
        }
    }

    private static PyObject rename(PyObject[] p) {
        PyObject src = pathOf(p[0]);
        PyObject dst = pathOf(p[1]);
        try {
            Path from = FsPaths.path(src);
            Path to = FsPaths.path(dst);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.of(Errno.ENOENT, src, dst);
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return PyNoneType.NONE;
        } catch (IOException e) {
            throw OsErrors.fromJava(e, src, dst);
        } finally {
            src.decref();
            dst.decref();
        }
    }

    private static boolean access(PyObject arg, int mode) {
        PyObject path = pathOf(arg);
        try {
            Path p = FsPaths.path(path);
            if (!Files.exists(p)) {
                return false;
            }
            return ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                    && ((mode & 1) == 0 || Files.isExecutable(p));
        } finally {
            path.decref();
        }
    }

    private static PyObject chmod(PyObject arg, int mode) {
        PyObject path = pathOf(arg);
        try {
            Files.setPosixFilePermissions(FsPaths.path(path), FsPaths.permissionSet(mode));
            return PyNoneType.NONE;
        } catch (IOException e) {
            throw OsErrors.fromJava(e, path);
        } finally {
            path.decref();
        }
    }

    private static PyObject readlink(PyObject arg) {
        PyObject path = pathOf(arg);
        try {
            Path target = Files.readSymbolicLink(FsPaths.path(path));
            return name(target.toString(), path instanceof PyBytes);
        } catch (java.nio.file.NotLinkException e) {
            throw OsErrors.of(Errno.EINVAL, path);
        } catch (IOException e) {
            throw OsErrors.fromJava(e, path);
        } finally {
            path.decref();
        }
    }

    private static PyObject symlink(PyObject srcArg, PyObject dstArg) {
        PyObject src = pathOf(srcArg);
        PyObject dst = pathOf(dstArg);
        try {
            Files.createSymbolicLink(FsPaths.path(dst), FsPaths.path(src));
            return PyNoneType.NONE;
        } catch (IOException e) {
            throw OsErrors.fromJava(e, src, dst);
        } finally {
            src.decref();
            dst.decref();
        }
    }

    /** {@code posix.environ}: the process environment, bytes to bytes. */
    private static PyDict environ() {
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
            PyObject k = name(e.getKey(), true);
            PyObject v = name(e.getValue(), true);
            env.setItem(k, v);
            k.decref();
            v.decref();
        }
        return env;
    }
}
