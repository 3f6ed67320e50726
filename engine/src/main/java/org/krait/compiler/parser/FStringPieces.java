package org.krait.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.tokenizer.Token;

/**
 * The values of a JoinedStr under construction (CPython's {@code FstringParser} state): literal
 * text accumulates until a FormattedValue follows it, then becomes one Constant; empty text never
 * becomes a Constant.
 */
final class FStringPieces {
    private StringValueBuilder pending = new StringValueBuilder();
    private final List<Expr> values = new ArrayList<>();
    /** Whether any f-string contributed (then the result is a JoinedStr even without fields). */
    private boolean fstring;

    void markFString() {
        fstring = true;
    }

    /** Where literal text goes: decoded pieces join the text pending since the last field. */
    StringValueBuilder text() {
        return pending;
    }

    /** Adds a FormattedValue, first turning pending text into a Constant spanning {@code first..last}. */
    void addValue(Expr value, Token first, Token last) {
        flush(first, last);
        values.add(value);
    }

    /** A Constant (no f-string seen) or a JoinedStr spanning {@code first..last}. */
    Expr finish(Token first, Token last) {
        if (!fstring) {
            return constant(pending.value(), first, last);
        }
        flush(first, last);
        return new Expr.JoinedStr(List.copyOf(values), first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }

    private void flush(Token first, Token last) {
        if (!pending.isEmpty()) {
            values.add(constant(pending.value(), first, last));
            pending = new StringValueBuilder();
        }
    }

    /** CPython marks {@code kind='u'} when the literal that starts the location has a lower-case {@code u} prefix. */
    private static Expr.Constant constant(Object value, Token first, Token last) {
        String kind = first.text.startsWith("u") ? "u" : null;
        return new Expr.Constant(value, kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }
}
