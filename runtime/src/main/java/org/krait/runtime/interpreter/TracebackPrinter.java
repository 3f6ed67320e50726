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
                String raw = rawLine(tb.filename(), tb.lineno());
                if (raw != null && !raw.strip().isEmpty()) {
                    sb.append("    ").append(raw.strip()).append('\n');
                    carets(sb, raw, tb);
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
        PyObject notes = exc.dict().getItem("__notes__");
        if (notes instanceof org.krait.runtime.objects.PyList) {
            org.krait.runtime.objects.PyList l = (org.krait.runtime.objects.PyList) notes;
            for (int i = 0; i < l.size(); i++) {
                sb.append(ObjectOps.str(l.getItem(i))).append('\n');
            }
        }
    }

    /** The {@code ^^^}/{@code ~~^~~} line under a frame's source, as traceback.format_frame_summary. */
    private static void carets(StringBuilder sb, String raw, PyTraceback tb) {
        if (tb.colOffset() < 0 || tb.endColOffset() < 0) {
            return;
        }
        String line = raw + "\n";
        String stripped = raw.strip();
        int strippedCharacters = line.length() - stripped.length();
        int start = chars(line, tb.colOffset());
        int end = chars(line, tb.endColOffset());
        if (start > end) {
            return;
        }
        String segment = line.substring(Math.min(start, line.length()), Math.min(end, line.length()));
        int[] anchors = null;
        if (tb.lineno() == tb.endLineno()) {
            org.krait.runtime.imports.SourceCompiler c = org.krait.runtime.imports.SourceCompiler.installed();
            if (c != null) {
                try {
                    anchors = c.caretAnchors(segment);
                } catch (RuntimeException e) {
                    anchors = null;
                }
            }
        } else {
            end = raw.stripTrailing().length();
        }
        if (end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0)) {
            sb.append("    ").append(" ".repeat(Math.max(0, start + 1 - strippedCharacters)));
            if (anchors != null) {
                sb.append("~".repeat(anchors[0]));
                sb.append("^".repeat(anchors[1] - anchors[0]));
                sb.append("~".repeat(Math.max(0, end - start - anchors[1])));
            } else {
                sb.append("^".repeat(end - start));
            }
            sb.append('\n');
        }
    }

    /** The character offset of UTF-8 byte offset {@code bytes} in {@code s}. */
    private static int chars(String s, int bytes) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new String(b, 0, Math.min(bytes, b.length), java.nio.charset.StandardCharsets.UTF_8).length();
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

    private String rawLine(String filename, int lineno) {
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
        return lines.get(lineno - 1);
    }
}
