package org.krait.compiler.parser;

import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.tokenizer.Token;

/**
 * Placeholder for the builder of string atoms: adjacent STRING tokens become one
 * {@code Constant} (str or bytes) or one {@code JoinedStr} (when any is an f-string). This stand-in
 * keeps only the text between the quotes of plain literals; the real one replaces this file.
 */
public final class StringAtom {
    private StringAtom() {
    }

    /** The expression for {@code tokens} (at least one), positioned from the first token's start to the last one's end. */
    public static Expr build(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            String s = t.text;
            int q = 0;
            while (s.charAt(q) != '\'' && s.charAt(q) != '"') {
                q++;
            }
            int quote = s.startsWith("\"\"\"", q) || s.startsWith("'''", q) ? 3 : 1;
            text.append(s, q + quote, s.length() - quote);
        }
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        return new Expr.Constant(text.toString(), null, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }
}
