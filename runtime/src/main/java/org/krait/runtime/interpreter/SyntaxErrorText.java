package org.krait.runtime.interpreter;

import java.nio.charset.StandardCharsets;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;

/**
 * The lines a traceback ends with for a SyntaxError raised at run time (an imported module that
 * does not compile, {@code compile()}, {@code exec()}): the file and line, the source line with
 * its blanks stripped and carets under the error, then the type and the bare message. CPython:
 * parse_syntax_error and print_error_text in Python/pythonrun.c, which work on the UTF-8 bytes
 * of the line.
 */
final class SyntaxErrorText {

    private SyntaxErrorText() {
    }

    /** The block for {@code exc}, or null when it lacks the details (a SyntaxError made by a program without them). */
    static String of(PyBaseException exc, String header) {
        PyTuple args = exc.args();
        if (args.size() != 2 || !(args.getItem(1) instanceof PyTuple) || !(args.getItem(0) instanceof PyStr)) {
            return null;
        }
        PyTuple d = (PyTuple) args.getItem(1);
        if (d.size() < 4 || !(d.getItem(1) instanceof PyInt)) {
            return null;
        }
        String filename = d.getItem(0) instanceof PyStr ? d.getItem(0).toString() : "<string>";
        int lineno = ((PyInt) d.getItem(1)).intValue();
        int offset = d.getItem(2) instanceof PyInt ? ((PyInt) d.getItem(2)).intValue() : -1;
        boolean plain = exc.type() == ExceptionTypes.SYNTAX_ERROR;
        int endLineno = plain && d.size() > 4 && d.getItem(4) instanceof PyInt ? ((PyInt) d.getItem(4)).intValue() : lineno;
        int endOffset = plain && d.size() > 5 && d.getItem(5) instanceof PyInt ? ((PyInt) d.getItem(5)).intValue() : -1;
        StringBuilder sb = new StringBuilder("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (d.getItem(3) instanceof PyStr) {
            byte[] text = d.getItem(3).toString().getBytes(StandardCharsets.UTF_8);
            if (endLineno > lineno) {
                endOffset = text.length;
            }
            if (endOffset > text.length + 1) {
                endOffset = text.length + 1;
            }
            sourceAndCarets(sb, text, offset, endOffset);
        }
        String msg = args.getItem(0).toString();
        return sb.append(header).append(msg.isEmpty() ? "" : ": " + msg).append('\n').toString();
    }

    private static void sourceAndCarets(StringBuilder sb, byte[] text, int oneBasedOffset, int endOffset) {
        int carets = endOffset > 0 && endOffset > oneBasedOffset ? endOffset - oneBasedOffset : 1;
        int offset = oneBasedOffset - 1;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // A text of several lines is shown from the line holding the offset.
        while (true) {
            int nl = indexOf(text, start);
            if (nl < 0 || nl - start >= offset) {
                break;
            }
            int skipped = nl - start + 1;
            start += skipped;
            len -= skipped;
            offset -= skipped;
        }
        sb.append("    ").append(new String(text, start, text.length - start, StandardCharsets.UTF_8));
        if (start + len >= text.length || text[start + len] != '\n') {
            sb.append('\n');
        }
        if (offset >= 0) {
            sb.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
