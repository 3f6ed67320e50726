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
        new TracebackPrinter().format(sb, exc, new Context());
        return sb.toString();
    }

    /**
     * {@code exc} alone, without its cause or context: what CPython's default
     * {@code sys.unraisablehook} prints after "Exception ignored in: ...".
     */
    static String formatUnchained(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        TracebackPrinter p = new TracebackPrinter();
        if (exc.traceback() != null) {
            sb.append("Traceback (most recent call last):\n").append(p.stack(exc.traceback()));
        }
        sb.append(p.exceptionOnly(exc));
        return sb.toString();
    }

    /** Nesting state while printing exception groups (traceback.py's {@code _ExceptionPrintContext}). */
    private static final class Context {
        final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }
    }

    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int GROUP_WIDTH = 15;

    /** Appends {@code text} with every line prefixed by the group indentation and margin. */
    private static void emit(StringBuilder sb, Context ctx, String text, char margin) {
        String prefix = ctx.indent() + (ctx.depth > 0 ? margin + " " : "");
        for (String line : text.split("(?<=\n)")) {
            if (!line.isEmpty()) {
                sb.append(prefix).append(line);
            }
        }
    }

    private void format(StringBuilder sb, PyBaseException exc, Context ctx) {
        // Each entry pairs an exception with the message that links it to the one printed before it.
        java.util.List<Object[]> output = new java.util.ArrayList<>();
        PyBaseException e = exc;
        while (e != null) {
            ctx.seen.put(e, Boolean.TRUE);
            PyBaseException cause = e.cause();
            PyBaseException context = e.context();
            String msg = null;
            PyBaseException next = null;
            if (cause != null && !ctx.seen.containsKey(cause)) {
                msg = CAUSE;
                next = cause;
            } else if (context != null && !e.suppressContext() && !ctx.seen.containsKey(context)) {
                msg = CONTEXT;
                next = context;
            }
            output.add(new Object[] {msg, e});
            e = next;
        }
        for (int k = output.size() - 1; k >= 0; k--) {
            String m = (String) output.get(k)[0];
            PyBaseException x = (PyBaseException) output.get(k)[1];
            if (m != null) {
                emit(sb, ctx, m, '|');
            }
            if (!x.type().isSubtypeOf(org.krait.runtime.objects.exceptions.ExceptionTypes.BASE_EXCEPTION_GROUP)
                    || x.args().size() != 2 || !(x.args().getItem(1) instanceof org.krait.runtime.objects.PyTuple)) {
                if (x.traceback() != null) {
                    emit(sb, ctx, "Traceback (most recent call last):\n", '|');
                    emit(sb, ctx, stack(x.traceback()), '|');
                }
                emit(sb, ctx, exceptionOnly(x), '|');
                continue;
            }
            boolean top = ctx.depth == 0;
            if (top) {
                ctx.depth++;
            }
            if (x.traceback() != null) {
                emit(sb, ctx, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                emit(sb, ctx, stack(x.traceback()), '|');
            }
            emit(sb, ctx, exceptionOnly(x), '|');
            org.krait.runtime.objects.PyTuple members = (org.krait.runtime.objects.PyTuple) x.args().getItem(1);
            int count = members.size();
            int n = count <= GROUP_WIDTH ? count : GROUP_WIDTH + 1;
            ctx.needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    ctx.needClose = true;
                }
                boolean truncated = i >= GROUP_WIDTH;
                String title = truncated ? "..." : " " + (i + 1) + " ";
                sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append('+').append(center(title, 35)).append('\n');
                ctx.depth++;
                if (!truncated) {
                    format(sb, (PyBaseException) members.getItem(i), ctx);
                } else {
                    int rem = count - GROUP_WIDTH;
                    emit(sb, ctx, "and " + rem + " more exception" + (rem > 1 ? "s" : "") + "\n", '|');
                }
                if (last && ctx.needClose) {
                    sb.append(ctx.indent()).append('+').append("-".repeat(36)).append('\n');
                    ctx.needClose = false;
                }
                ctx.depth--;
            }
            if (top) {
                ctx.depth = 0;
            }
        }
    }

    /** {@code title.center(width, '-')} as Python's str.center. */
    private static String center(String title, int width) {
        int pad = width - title.length();
        int left = pad / 2 + (pad & width & 1);
        return "-".repeat(left) + title + "-".repeat(pad - left);
    }

    private String stack(PyTraceback tb) {
        StringBuilder sb = new StringBuilder();
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
        return sb.toString();
    }

    private static String exceptionOnly(PyBaseException exc) {
        if (exc.type().isSubtypeOf(org.krait.runtime.objects.exceptions.ExceptionTypes.SYNTAX_ERROR)) {
            String block = SyntaxErrorText.of(exc, header(exc));
            if (block != null) {
                return block;
            }
        }
        StringBuilder sb = new StringBuilder(header(exc));
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
        return sb.toString();
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
        if (exc.type().isBuiltin()) {
            return exc.type().name();
        }
        if (mod == null) {
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
