package org.krait.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.krait.compiler.ast.Bytes;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.Tokenizer;

/**
 * Builds the expression of a string atom: adjacent STRING tokens become one {@code Constant}
 * (str or bytes) or, when any is an f-string, one {@code JoinedStr}, exactly as CPython 3.11's
 * {@code _PyPegen_concatenate_strings} does. Every Constant, FormattedValue and JoinedStr spans
 * the whole atom; the expressions inside replacement fields carry their own positions.
 *
 * <p>A str value is a String, or a {@link org.krait.compiler.ast.CodePointStr} when escapes or
 * concatenation put a high and a low surrogate side by side as two code points.
 */
public final class StringAtom {
    private StringAtom() {
    }

    /**
     * The expression for {@code tokens} (at least one) of a source given as text. Errors are placed
     * at the end of the last token without source text; a parser should call
     * {@link #build(List, StringErrorReporter, boolean)}.
     */
    public static Expr build(List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        return build(tokens, (at, msg) -> {
            Token where = at != null ? at : last;
            int line = at != null ? at.lineno : last.end_lineno;
            int col = at != null ? at.col_offset : last.end_col_offset;
            return new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError, msg,
                    line, col + 1, where.end_lineno, where.end_col_offset + 1, null);
        });
    }

    /** The expression for {@code tokens} (at least one) of a source given as text; SyntaxErrors are made by {@code errors}. */
    public static Expr build(List<Token> tokens, StringErrorReporter errors) {
        return build(tokens, errors, false);
    }

    /**
     * The expression for {@code tokens} (at least one); SyntaxErrors are made by {@code errors}.
     * {@code undecodableBytesEscaped} says the source came from bytes through
     * {@link org.krait.compiler.source.SourceDecoder}, so that U+DC80..U+DCFF in a literal stand for
     * bytes that were not UTF-8, which CPython rejects in str literals (as a str source, such
     * chars are just lone surrogates).
     */
    public static Expr build(List<Token> tokens, StringErrorReporter errors, boolean undecodableBytesEscaped) {
        FStringFieldParser fields = (text, lineShift, col) -> parseField(text, lineShift, col, undecodableBytesEscaped);
        return build(tokens, errors, fields, undecodableBytesEscaped);
    }

    static Expr build(List<Token> tokens, StringErrorReporter errors, FStringFieldParser fields,
                      boolean undecodableBytesEscaped) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FStringPieces pieces = new FStringPieces();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            StringLiteralDecoder.Literal lit = StringLiteralDecoder.split(t.text);
            byte[] bytesValue = null;
            if (lit.bytes() && !lit.fstring()) {
                bytesValue = decodeBytes(lit, t, errors);
            } else if (!lit.fstring()) {
                decodeStr(lit, pieces.text(), errors, undecodableBytesEscaped);
            }
            if (i != 0 && bytesMode != lit.bytes()) {
                throw errors.error(null, "cannot mix bytes and nonbytes literals");
            }
            bytesMode = lit.bytes();
            if (lit.fstring()) {
                FStringParser.parse(lit, first, t, last, pieces, errors, fields, undecodableBytesEscaped);
            } else if (bytesMode) {
                bytes.writeBytes(bytesValue);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new Bytes(bytes.toByteArray()), null,
                    first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
        }
        return pieces.finish(first, last);
    }

    /**
     * Appends the value of a plain str literal to {@code out}. CPython decodes a body without
     * backslashes (or a raw one) as UTF-8 in one go, otherwise each non-ASCII run on its own.
     */
    private static void decodeStr(StringLiteralDecoder.Literal lit, StringValueBuilder out, StringErrorReporter errors,
                                  boolean undecodableBytesEscaped) {
        String body = lit.body();
        try {
            if (undecodableBytesEscaped) {
                StringLiteralDecoder.checkUtf8(body, lit.raw() || body.indexOf('\\') < 0);
            }
            StringLiteralDecoder.decodeStr(body, lit.raw(), out);
        } catch (StringLiteralDecoder.StringDecodeException e) {
            throw errors.error(null, e.getMessage());
        }
    }

    private static byte[] decodeBytes(StringLiteralDecoder.Literal lit, Token t, StringErrorReporter errors) {
        try {
            byte[] value = StringLiteralDecoder.decodeBytes(lit.body(), lit.raw());
            if (value == null) {
                throw errors.error(t, "bytes can only contain ASCII literal characters");
            }
            return value;
        } catch (StringLiteralDecoder.StringDecodeException e) {
            throw errors.error(null, e.getMessage());
        }
    }

    /** Parses one replacement field with the real tokenizer and parser. */
    private static Expr parseField(String parenthesized, int lineShift, int startingColOffset,
                                   boolean undecodableBytesEscaped) {
        FStringTokenSource source = new FStringTokenSource(new Tokenizer(parenthesized), lineShift, startingColOffset,
                undecodableBytesEscaped);
        return new Parser(source, Parser.Mode.EVAL).parseFStringInput();
    }
}
