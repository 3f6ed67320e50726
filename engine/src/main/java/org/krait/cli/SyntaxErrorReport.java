package org.krait.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * The text {@code python3 FILE} writes to stderr for a syntax error in FILE:
 * <pre>
 *   File "/abs/path.py", line 3
 *     the source line, leading blanks removed
 *         ^^^^
 * SyntaxError: message
 * </pre>
 * The caret arithmetic follows CPython 3.11's top-level exception printer, which works on the
 * UTF-8 bytes of the line: offsets are shifted by the stripped indentation, clipped to the line,
 * and no caret is drawn when the position falls left of the shown text.
 */
final class SyntaxErrorReport {

    private SyntaxErrorReport() {
    }

    /** The whole report, ending with a newline, as UTF-8 bytes. */
    static byte[] render(SyntaxErrorException error, String filename) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (error.lineno > 0) {
            write(out, "  File \"" + filename + "\", line " + error.lineno + "\n");
            if (error.text != null) {
                byte[] line = error.text.getBytes(StandardCharsets.UTF_8);
                // The printer reads the end only from plain SyntaxError, not from its subclasses.
                int endOffset = error.kind == SyntaxErrorException.Kind.SyntaxError ? error.end_offset : -1;
                int endLineno = error.kind == SyntaxErrorException.Kind.SyntaxError ? error.end_lineno : error.lineno;
                if (endLineno > error.lineno) {
                    // Only the first line is shown: underline up to its end.
                    endOffset = line.length;
                }
                if (endOffset > line.length + 1) {
                    endOffset = line.length + 1;
                }
                writeSourceAndCarets(out, line, error.offset, endOffset);
            }
        }
        write(out, error.kind.name() + (error.msg.isEmpty() ? "" : ": " + error.msg) + "\n");
        return out.toByteArray();
    }

    private static void writeSourceAndCarets(ByteArrayOutputStream out, byte[] text, int oneBasedOffset, int endOffset) {
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
        // A text spanning several lines is shown from the line holding the offset.
        while (true) {
            int nl = indexOf(text, (byte) '\n', start);
            if (nl < 0 || nl - start >= offset) {
                break;
            }
            int skipped = nl - start + 1;
            start += skipped;
            len -= skipped;
            offset -= skipped;
        }
        write(out, "    ");
        out.write(text, start, text.length - start);
        if (start + len >= text.length || text[start + len] != '\n') {
            write(out, "\n");
        }
        if (offset < 0) {
            return;
        }
        StringBuilder caretLine = new StringBuilder("    ");
        caretLine.append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
        write(out, caretLine.toString());
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
