package org.krait.runtime.interpreter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PyTraceback;
import org.krait.runtime.ops.ObjectOps;

/**
 * Prints an uncaught exception as CPython's {@code PyErr_Display} does: the chain of causes and
 * contexts first, each with its {@code Traceback (most recent call last):} block, source lines
 * stripped, repeated lines folded.
 */
public final class TracebackPrinter {

    private final Map<String, List<String>> sources = new HashMap<>();

    private TracebackPrinter() {
    }

    /** The text CPython prints to stderr for {@code exc}. */
    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        new TracebackPrinter().chain(sb, exc, new IdentityHashMap<>());
        return sb.toString();
    }

    private void chain(StringBuilder sb, PyBaseException exc, Map<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        PyBaseException cause = exc.cause();
        PyBaseException context = exc.context();
        if (cause != null && !seen.containsKey(cause)) {
            chain(sb, cause, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !exc.suppressContext() && !seen.containsKey(context)) {
            chain(sb, context, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        one(sb, exc);
    }

    private void one(StringBuilder sb, PyBaseException exc) {
        PyTraceback tb = exc.traceback();
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            String lastKey = null;
            int repeats = 0;
            for (; tb != null; tb = tb.next()) {
                String key = tb.filename() + ":" + tb.lineno() + ":" + tb.name();
                if (key.equals(lastKey)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    if (repeats >= 3) {
                        folded(sb, repeats - 2);
                    }
                    repeats = 0;
                    lastKey = key;
                }
                sb.append("  File \"").append(tb.filename()).append("\", line ").append(tb.lineno()).append(", in ")
                        .append(tb.name()).append('\n');
                String line = sourceLine(tb.filename(), tb.lineno());
                if (line != null && !line.isEmpty()) {
                    sb.append("    ").append(line).append('\n');
                }
            }
            if (repeats >= 3) {
                folded(sb, repeats - 2);
            }
        }
        sb.append(header(exc));
        String msg;
        try {
            msg = ObjectOps.str(exc).toString();
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
    }

    private static void folded(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    private static String header(PyBaseException exc) {
        PyObject mod = exc.type().lookup("__module__");
        String name = exc.type().qualname();
        if (exc.type().isBuiltin() || mod == null) {
            return name;
        }
        String m = mod.toString();
        return m.equals("__main__") || m.equals("builtins") ? name : m + "." + name;
    }

    private String sourceLine(String filename, int lineno) {
        List<String> lines = sources.computeIfAbsent(filename, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        if (lineno < 1 || lineno > lines.size()) {
            return null;
        }
        return lines.get(lineno - 1).strip();
    }
}
