package org.krait.runtime.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;

/**
 * An interpreter's {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} (text over
 * buffered streams over file descriptors 0, 1 and 2, as CPython's create_stdio makes them), and
 * the writable files to flush when the program ends. Encoding and errors come from
 * {@code PYTHONIOENCODING} ({@code encoding[:errors]}), else UTF-8 and strict; stderr's errors
 * are backslashreplace and it is line buffered, as stdout is when it is a terminal.
 * Under {@code -u} (or {@code PYTHONUNBUFFERED} without {@code -E}: the start-up settings say)
 * stdout and stderr write through to the file at every write.
 */
public final class StdStreams {

    private final PyTextIOWrapper stdin;
    private final PyTextIOWrapper stdout;
    private final PyTextIOWrapper stderr;
    /** Writable files not yet flushed at exit, weakly: a file that goes away closes itself. */
    private final Set<PyIOBase> writers = Collections.newSetFromMap(new WeakHashMap<>());

    private StdStreams(Interpreter interp) {
        FdTable table = FdTable.of(interp);
        String env = System.getenv("PYTHONIOENCODING");
        String encoding = "utf-8";
        String errors = null;
        if (env != null && !env.isEmpty()) {
            int colon = env.indexOf(':');
            String e = colon < 0 ? env : env.substring(0, colon);
            encoding = e.isEmpty() ? encoding : e;
            errors = colon < 0 || colon == env.length() - 1 ? null : env.substring(colon + 1);
        }
        boolean unbuffered = interp.config().unbufferedStdio();
        stdin = make(table, 0, false, "<stdin>", encoding, errors == null ? "strict" : errors, false, false);
        stdout = make(table, 1, true, "<stdout>", encoding, errors == null ? "strict" : errors,
                table.get(1).isatty(), unbuffered);
        stderr = make(table, 2, true, "<stderr>", encoding, "backslashreplace", true, unbuffered);
    }

    private static PyTextIOWrapper make(FdTable table, int fd, boolean write, String name, String encoding, String errors,
            boolean lineBuffering, boolean unbuffered) {
        PyFileIO raw = PyFileIO.standard(table, fd, write, name);
        // Unbuffered: a one-byte buffer passes every write on at once, and the text layer writes through.
        BufferedStream buffer = write ? PyBufferedWriter.over(raw, unbuffered ? 1 : PyFileIO.BLKSIZE)
                : PyBufferedReader.over(raw, PyFileIO.BLKSIZE);
        raw.decref();
        PyTextIOWrapper text = PyTextIOWrapper.over(buffer, encoding, errors, "\n", lineBuffering, unbuffered);
        buffer.decref();
        PyStr mode = PyStr.of(write ? "w" : "r");
        text.dict().setItem("mode", mode);
        mode.decref();
        return text.immortal();
    }

    /** The streams of {@code interp}, made on first use. */
    public static StdStreams of(Interpreter interp) {
        return interp.state(StdStreams.class, StdStreams::new);
    }

    /** {@code sys.__stdin__} (borrowed). */
    public PyObject stdin() {
        return stdin;
    }

    /** {@code sys.__stdout__} (borrowed). */
    public PyObject stdout() {
        return stdout;
    }

    /** {@code sys.__stderr__} (borrowed). */
    public PyObject stderr() {
        return stderr;
    }

    /** Notes a writable file of the running interpreter, to be flushed at exit if it is still open then. */
    static void register(PyIOBase writer) {
        ThreadState ts = ThreadState.current();
        if (ts != null) {
            StdStreams s = of(ts.interpreter());
            synchronized (s.writers) {
                s.writers.add(writer);
            }
        }
    }

    /**
     * What CPython does as a program ends: flushes {@code sys.stderr} and {@code sys.stdout} (the
     * objects now there, which the program may have replaced; null or None are skipped), then the
     * files still open, text files before the binary ones under them. Errors are ignored, as
     * CPython ignores them then.
     */
    public static void flushAtExit(Interpreter interp, PyObject sysStderr, PyObject sysStdout) {
        flushQuietly(sysStderr);
        flushQuietly(sysStdout);
        StdStreams s = interp.state(StdStreams.class, StdStreams::new);
        List<PyIOBase> open;
        synchronized (s.writers) {
            open = new ArrayList<>(s.writers);
        }
        open.sort((x, y) -> Boolean.compare(!(x instanceof PyTextIOWrapper), !(y instanceof PyTextIOWrapper)));
        for (PyIOBase f : open) {
            if (f != s.stdout && f != s.stderr) {
                flushQuietly(f);
            }
        }
        flushQuietly(s.stderr);
        flushQuietly(s.stdout);
    }

    private static void flushQuietly(PyObject f) {
        if (f == null || f == PyNoneType.NONE) {
            return;
        }
        try {
            if (!PyIOBase.isClosed(f)) {
                CallOps.callMethod(f, "flush").decref();
            }
        } catch (PythonException e) {
            // A stream that cannot be flushed at exit is left as it is, as CPython does.
        }
    }
}
