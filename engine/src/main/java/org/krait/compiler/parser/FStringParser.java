package org.krait.compiler.parser;

import java.nio.charset.StandardCharsets;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;

/**
 * Splits the body of one f-string literal into literal text and replacement fields, as CPython
 * 3.11's {@code Parser/string_parser.c} does (scanning for the end of each field without a real
 * tokenizer, then parsing the field's text on its own), with its error messages and its quirks.
 */
final class FStringParser {
    /** CPython's MAXLEVEL: the deepest bracket nesting inside one field. */
    private static final int MAX_NESTING = 200;

    private final String s;
    private final int end;
    private final boolean raw;
    private final Token first;
    private final Token t;
    private final Token last;
    private final StringErrorReporter errors;
    private final FStringFieldParser fields;
    /** The source came from bytes: literal text must be checked for bytes that were not UTF-8. */
    private final boolean checkUtf8;
    private int pos;

    private FStringParser(StringLiteralDecoder.Literal lit, Token first, Token t, Token last,
                          StringErrorReporter errors, FStringFieldParser fields, boolean checkUtf8) {
        this.s = lit.text();
        this.end = lit.bodyEnd();
        this.raw = lit.raw();
        this.first = first;
        this.t = t;
        this.last = last;
        this.errors = errors;
        this.fields = fields;
        this.checkUtf8 = checkUtf8;
        this.pos = lit.bodyStart();
    }

    /**
     * Adds the pieces of f-string {@code t} (one of the adjacent literals {@code first..last}) to
     * {@code pieces}. Constants and FormattedValues span {@code first..last}. {@code checkUtf8}: see
     * {@link StringAtom#build(java.util.List, StringErrorReporter, boolean)}.
     */
    static void parse(StringLiteralDecoder.Literal lit, Token first, Token t, Token last, FStringPieces pieces,
                      StringErrorReporter errors, FStringFieldParser fields, boolean checkUtf8) {
        new FStringParser(lit, first, t, last, errors, fields, checkUtf8).concat(pieces, 0);
    }

    /** Literal text and fields up to the end of the body (level 0) or the '}' closing a format spec. */
    private void concat(FStringPieces pieces, int level) {
        pieces.markFString();
        while (true) {
            int literalStart = pos;
            int literalEnd = findLiteral(level);
            if (literalEnd > literalStart) {
                decodeLiteral(literalStart, literalEnd, pieces.text());
            }
            if (pos != literalEnd) {
                continue; // a doubled brace: the literal ended after its first half
            }
            if (pos >= end || s.charAt(pos) == '}') {
                break;
            }
            Field field = findField(level);
            if (field.debugText != null) {
                pieces.text().append(field.debugText);
            }
            pieces.addValue(field.value, first, last);
        }
        if (level != 0 && (pos >= end || s.charAt(pos) != '}')) {
            throw errors.error(null, "f-string: expecting '}'");
        }
    }

    /**
     * Advances over literal text, stopping at a '{' starting a field, at a '}' closing a format
     * spec (level > 0), or just past a doubled brace (level 0, {@link #pos} then skips its second
     * half). Returns where the literal text ends.
     */
    private int findLiteral(int level) {
        int i = pos;
        while (i < end) {
            char ch = s.charAt(i++);
            if (!raw && ch == '\\' && i < end) {
                ch = s.charAt(i++);
                if (ch == 'N') {
                    // CPython skips the character after \N even when it is not '{'.
                    if (i < end && s.charAt(i++) == '{') {
                        while (i < end && s.charAt(i++) != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (i < end && s.charAt(i) == ch) {
                        pos = i + 1;
                        return i;
                    }
                    if (ch == '}') {
                        pos = i - 1;
                        throw errors.error(null, "f-string: single '}' is not allowed");
                    }
                }
                i--;
                break;
            }
        }
        pos = i;
        return i;
    }

    /** CPython decodes literal text as UTF-8 in one go when raw, else each non-ASCII run on its own. */
    private void decodeLiteral(int from, int to, StringValueBuilder out) {
        String piece = s.substring(from, to);
        try {
            if (checkUtf8) {
                StringLiteralDecoder.checkUtf8(piece, raw);
            }
            StringLiteralDecoder.decodeStr(piece, raw, out);
        } catch (StringLiteralDecoder.StringDecodeException e) {
            throw errors.error(null, e.getMessage());
        }
    }

    /** A parsed replacement field and, for {@code {expr=}}, the text to show before its value. */
    private record Field(Expr value, String debugText) {
    }

    /** Parses the field whose '{' is at {@link #pos}, leaving {@link #pos} after its '}'. */
    private Field findField(int level) {
        if (level >= 2) {
            throw errors.error(null, "f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        char quote = 0;
        boolean tripleQuoted = false;
        char[] brackets = new char[MAX_NESTING];
        int depth = 0;
        for (; pos < end; pos++) {
            char ch = s.charAt(pos);
            if (ch == '\\') {
                throw errors.error(null, "f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!tripleQuoted) {
                        quote = 0;
                    } else if (pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch) {
                        pos += 2;
                        quote = 0;
                        tripleQuoted = false;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                tripleQuoted = pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch;
                if (tripleQuoted) {
                    pos += 2;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTING) {
                    throw errors.error(null, "f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw errors.error(null, "f-string expression part cannot include '#'");
            } else if (depth == 0 && "!:}=<>".indexOf(ch) >= 0) {
                // "!=", "==", "<=", ">=" are operators, and a lone '<' or '>' too; the rest end the expression.
                if (pos + 1 < end && s.charAt(pos + 1) == '=' && ch != ':' && ch != '}') {
                    pos++;
                    continue;
                }
                if (ch == '<' || ch == '>') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw errors.error(null, "f-string: unmatched '" + ch + "'");
                }
                char open = brackets[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw errors.error(null, "f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + open + "'");
                }
            }
        }
        int exprEnd = pos;
        if (quote != 0) {
            throw errors.error(null, "f-string: unterminated string");
        }
        if (depth > 0) {
            throw errors.error(null, "f-string: unmatched '" + brackets[depth - 1] + "'");
        }
        if (pos >= end) {
            throw expectingBrace();
        }
        Expr expr = compileExpression(exprStart, exprEnd);

        String debugText = null;
        if (s.charAt(pos) == '=') {
            pos++;
            while (pos < s.length() && isAsciiSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                throw expectingBrace();
            }
            debugText = s.substring(exprStart, pos);
        }
        int conversion = -1;
        if (s.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = s.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw errors.error(null, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (pos >= end) {
            throw expectingBrace();
        }
        Expr spec = null;
        if (s.charAt(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            FStringPieces specPieces = new FStringPieces();
            concat(specPieces, level + 1);
            // CPython places a format spec (and its trailing text) on the f-string token itself.
            spec = specPieces.finish(t, t);
        }
        if (pos >= end || s.charAt(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (debugText != null && spec == null && conversion == -1) {
            conversion = 'r';
        }
        Expr value = new Expr.FormattedValue(expr, conversion, spec,
                first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
        return new Field(value, debugText);
    }

    private SyntaxErrorException expectingBrace() {
        return errors.error(null, "f-string: expecting '}'");
    }

    /**
     * Parses {@code s[exprStart, exprEnd)} as CPython's {@code fstring_compile_expr} does: wrapped in
     * parentheses and tokenized on its own, its positions shifted by the field's place in the token.
     */
    private Expr compileExpression(int exprStart, int exprEnd) {
        int i = exprStart;
        while (i < exprEnd && " \t\n\f".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i == exprEnd) {
            char stop = s.charAt(exprEnd);
            if (stop == '!' || stop == ':' || stop == '=') {
                throw errors.error(null, "f-string: expression required before '" + stop + "'");
            }
            throw errors.error(null, "f-string: empty expression not allowed");
        }
        int brace = exprStart - 1;
        int lines = 0;
        for (int k = 0; k < brace; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        int cols = newlineAfterBrace(brace) ? 0 : columnOfBrace(brace);
        int lineShift = t.lineno + lines - 1;
        int startingColOffset = lines != 0 ? cols : t.col_offset + cols;
        return fields.parse("(" + s.substring(exprStart, exprEnd) + ")", lineShift, startingColOffset);
    }

    /** Whether only spaces, tabs and form feeds stand between the brace and a newline (or a '}'). */
    private boolean newlineAfterBrace(int brace) {
        for (int k = brace + 1; k < s.length() && s.charAt(k) != '}' && s.charAt(k) != '\n'; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 bytes from the start of the brace's line in the token text (or the token's start) to the brace. */
    private int columnOfBrace(int brace) {
        int lineStart = s.lastIndexOf('\n', brace) + 1;
        return s.substring(lineStart, brace).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Python's {@code Py_ISSPACE}: ASCII whitespace including vertical tab. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
