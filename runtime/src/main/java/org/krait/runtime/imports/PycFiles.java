package org.krait.runtime.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/**
 * Krait's {@code .pyc} files: {@code __pycache__/NAME.krait-311.pyc} beside the source, with
 * CPython's 16-byte header (magic, flags, then the source's mtime and size, or its hash) before
 * the marshalled code object. The magic number is Krait's own, so CPython's files and Krait's
 * never pass for each other. CPython: the bytecode half of Lib/importlib/_bootstrap_external.py.
 */
public final class PycFiles {

    /** Krait's bytecode version: changes whenever the instruction set or the marshal format does. */
    public static final int MAGIC_VALUE = 19211;
    /** The four bytes a Krait .pyc starts with: the version, little-endian, then CR LF. */
    static final byte[] MAGIC = {(byte) (MAGIC_VALUE & 0xFF), (byte) (MAGIC_VALUE >> 8), '\r', '\n'};
    public static final String CACHE_TAG = "krait-311";
    private static final String PYCACHE = "__pycache__";

    /** Flag bits of the header's second word. */
    static final int FLAG_HASH_BASED = 0b01;
    static final int FLAG_CHECK_SOURCE = 0b10;

    private PycFiles() {
    }

    public static PyBytes magicNumber() {
        return PyBytes.of(MAGIC.clone());
    }

    /** {@code cache_from_source(path)}: where the .pyc of a source file goes. */
    public static String cacheFromSource(String path, int optimize) {
        int slash = path.lastIndexOf('/');
        String head = slash < 0 ? "" : path.substring(0, slash);
        String tail = path.substring(slash + 1);
        int dot = tail.lastIndexOf('.');
        String base = dot < 0 ? "" : tail.substring(0, dot);
        String rest = dot < 0 ? tail : tail.substring(dot + 1);
        String almost = (base.isEmpty() ? rest : base) + (dot < 0 ? "" : ".") + CACHE_TAG;
        if (optimize != 0) {
            almost += ".opt-" + optimize;
        }
        String file = almost + ".pyc";
        return head.isEmpty() ? PYCACHE + "/" + file : head + "/" + PYCACHE + "/" + file;
    }

    /** {@code source_from_cache(path)}: the source file a .pyc in {@code __pycache__} was made from. */
    public static String sourceFromCache(String path) {
        int slash = path.lastIndexOf('/');
        String head = slash < 0 ? "" : path.substring(0, slash);
        String file = path.substring(slash + 1);
        int slash2 = head.lastIndexOf('/');
        String dir = head.substring(slash2 + 1);
        String parent = slash2 < 0 ? "" : head.substring(0, slash2);
        if (!dir.equals(PYCACHE)) {
            throw PythonException.valueError("__pycache__ not bottom-level directory in " + repr(path));
        }
        long dots = file.chars().filter(c -> c == '.').count();
        if (dots != 2 && dots != 3) {
            throw PythonException.valueError("expected only 2 or 3 dots in " + repr(file));
        }
        if (dots == 3) {
            String[] parts = file.split("\\.");
            String opt = parts[parts.length - 2];
            if (!opt.startsWith("opt-")) {
                throw PythonException.valueError("optimization portion of filename does not start with 'opt-'");
            }
            String level = opt.substring(4);
            if (level.isEmpty() || !level.chars().allMatch(Character::isLetterOrDigit)) {
                throw PythonException.valueError("optimization level " + repr(opt) + " is not an alphanumeric value");
            }
        }
        String base = file.substring(0, file.indexOf('.'));
        return parent.isEmpty() ? base + ".py" : parent + "/" + base + ".py";
    }

    /** {@code _get_cached(origin)}: the .pyc path for a source, the file itself for a .pyc, else null. */
    static String cachedFor(String origin) {
        if (origin.endsWith(".py")) {
            return cacheFromSource(origin, optimizeLevel());
        }
        return origin.endsWith(".pyc") ? origin : null;
    }

    static int optimizeLevel() {
        ThreadState ts = ThreadState.current();
        return ts == null ? 0 : ts.interpreter().config().flags().optimize();
    }

    private static String repr(String s) {
        PyStr p = PyStr.of(s);
        try {
            return ObjectOps.repr(p).toString();
        } finally {
            p.decref();
        }
    }

    // ---- the header ---------------------------------------------------------------------------

    /**
     * {@code _classify_pyc}: checks the magic number and flags of a .pyc's bytes; returns the
     * flags. ImportError for a foreign magic number or unknown flags, EOFError for a file shorter
     * than the header.
     */
    static int classify(byte[] data, String name, PyObject bytecodePath) {
        byte[] magic = java.util.Arrays.copyOf(data, Math.min(4, data.length));
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            PyBytes m = PyBytes.of(magic);
            String msg = "bad magic number in " + repr(name) + ": " + ObjectOps.repr(m);
            m.decref();
            throw detailed(msg, name, bytecodePath);
        }
        if (data.length < 16) {
            throw PythonException.of(ExceptionTypes.EOF_ERROR, "reached EOF while reading pyc header of " + repr(name));
        }
        int flags = word(data, 4);
        if ((flags & ~0b11) != 0) {
            throw detailed("invalid flags " + Integer.toUnsignedString(flags) + " in " + repr(name), name, bytecodePath);
        }
        return flags;
    }

    /** {@code _validate_timestamp_pyc}: ImportError unless the header's mtime and size are the source's. */
    static void validateTimestamp(byte[] data, long mtime, long size, String name, PyObject bytecodePath) {
        if (word(data, 8) != (int) mtime || word(data, 12) != (int) size) {
            throw detailed("bytecode is stale for " + repr(name), name, bytecodePath);
        }
    }

    /** {@code _validate_hash_pyc}: ImportError unless the header's hash is the source's. */
    static void validateHash(byte[] data, long hash, String name, PyObject bytecodePath) {
        long stored = (word(data, 8) & 0xFFFFFFFFL) | ((long) word(data, 12) << 32);
        if (stored != hash) {
            throw detailed("hash in bytecode doesn't match hash of source " + repr(name), name, bytecodePath);
        }
    }

    private static PythonException detailed(String msg, String name, PyObject path) {
        PyStr n = PyStr.of(name);
        try {
            return ImportErrors.importError(msg, n, path);
        } finally {
            n.decref();
        }
    }

    static int word(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    private static void putWord(byte[] data, int at, int v) {
        data[at] = (byte) v;
        data[at + 1] = (byte) (v >> 8);
        data[at + 2] = (byte) (v >> 16);
        data[at + 3] = (byte) (v >> 24);
    }

    /** {@code _imp.source_hash}: Krait's 64-bit hash of a source file's bytes (FNV-1a, keyed by the magic number). */
    public static long sourceHash(byte[] source) {
        long h = 0xcbf29ce484222325L ^ MAGIC_VALUE;
        for (byte b : source) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    // ---- whole files --------------------------------------------------------------------------

    /** {@code _code_to_timestamp_pyc}: a .pyc's bytes for code compiled from a source of this mtime and size. */
    public static byte[] timestampPyc(PyCode code, long mtime, long size) {
        byte[] body = CodeMarshal.dumps(code);
        byte[] out = new byte[16 + body.length];
        System.arraycopy(MAGIC, 0, out, 0, 4);
        putWord(out, 8, (int) mtime);
        putWord(out, 12, (int) size);
        System.arraycopy(body, 0, out, 16, body.length);
        return out;
    }

    /** {@code _code_to_hash_pyc}: a hash-based .pyc's bytes, checked against the source on import when {@code checked}. */
    public static byte[] hashPyc(PyCode code, long sourceHash, boolean checked) {
        byte[] body = CodeMarshal.dumps(code);
        byte[] out = new byte[16 + body.length];
        System.arraycopy(MAGIC, 0, out, 0, 4);
        putWord(out, 4, FLAG_HASH_BASED | (checked ? FLAG_CHECK_SOURCE : 0));
        putWord(out, 8, (int) sourceHash);
        putWord(out, 12, (int) (sourceHash >>> 32));
        System.arraycopy(body, 0, out, 16, body.length);
        return out;
    }

    /** {@code _compile_bytecode}: the code object after a .pyc's header; ImportError if the data holds something else. */
    static PyCode loadCode(byte[] data, String name, PyObject bytecodePath) {
        PyObject o = CodeMarshal.loads(data, 16);
        if (!(o instanceof PyCode)) {
            o.decref();
            throw detailed("Non-code object in " + ObjectOps.repr(bytecodePath), name, bytecodePath);
        }
        return (PyCode) o;
    }

    /**
     * {@code _write_atomic}: writes a .pyc through a temporary file renamed into place, making
     * {@code __pycache__} if needed; false when the file system refuses (a read-only directory),
     * which an import ignores, as CPython does.
     */
    static boolean write(Path target, byte[] data) {
        try {
            Files.createDirectories(target.getParent());
            // Named by process and thread: interpreters of one JVM may write the same file at once.
            Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
