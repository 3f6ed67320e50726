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
 */
public final class StringAtom {
    private StringAtom() {
    }

    /**
     * The expression for {@code tokens} (at least one). Errors are placed at the end of the last
     * token without source text; a parser should call {@link #build(List, StringErrorReporter)}.
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

    /** The expression for {@code tokens} (at least one); SyntaxErrors are made by {@code errors}. */
    public static Expr build(List<Token> tokens, StringErrorReporter errors) {
        return build(tokens, errors, StringAtom::parseField);
    }

    static Expr build(List<Token> tokens, StringErrorReporter errors, FStringFieldParser fields) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FStringPieces pieces = new FStringPieces();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            StringLiteralDecoder.Literal lit = StringLiteralDecoder.split(t.text);
            Object value = lit.fstring() ? null : decode(lit, t, errors);
            if (i != 0 && bytesMode != lit.bytes()) {
                throw errors.error(null, "cannot mix bytes and nonbytes literals");
            }
            bytesMode = lit.bytes();
            if (lit.fstring()) {
                FStringParser.parse(lit, first, t, last, pieces, errors, fields);
            } else if (bytesMode) {
                bytes.writeBytes((byte[]) value);
            } else {
                pieces.addText((String) value);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new Bytes(bytes.toByteArray()), null,
                    first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
        }
        return pieces.finish(first, last);
    }

    /** The value of a plain (non-f) literal: a String or a byte[]. */
    private static Object decode(StringLiteralDecoder.Literal lit, Token t, StringErrorReporter errors) {
        try {
            if (!lit.bytes()) {
                return StringLiteralDecoder.decodeStr(lit.body(), lit.raw());
            }
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
    private static Expr parseField(String parenthesized, int lineShift, int startingColOffset) {
        FStringTokenSource source = new FStringTokenSource(new Tokenizer(parenthesized), lineShift, startingColOffset);
        return new Parser(source, Parser.Mode.EVAL).parseFStringInput();
    }
}
