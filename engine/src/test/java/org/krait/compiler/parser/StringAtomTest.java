package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.AstDump;
import org.krait.compiler.ast.Bytes;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;

class StringAtomTest {

    // ---- helpers: STRING tokens for literals separated by one space, as the tokenizer gives them ----

    /** The STRING tokens of {@code literals} written one after another, separated by one space. */
    static List<Token> tokens(String... literals) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int col = 0;
        int index = 0;
        for (String lit : literals) {
            int startLine = line;
            int startCol = col;
            for (int i = 0; i < lit.length(); i++) {
                char c = lit.charAt(i);
                if (c == '\n') {
                    line++;
                    col = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    col += String.valueOf(Character.toChars(lit.codePointAt(i))).getBytes(StandardCharsets.UTF_8).length;
                }
            }
            out.add(new Token(TokenKind.STRING, lit, index, index + lit.length(), startLine, startCol, line, col));
            index += lit.length() + 1;
            col += 1;
        }
        return out;
    }

    /**
     * Stands in for the parser inside fields: accepts a single identifier and places it where
     * CPython places a name that directly follows the '(' of the parenthesized field.
     */
    static final FStringFieldParser NAME_FIELDS = (text, lineShift, colShift) -> {
        String id = text.substring(1, text.length() - 1).stripTrailing();
        if (!id.matches("[A-Za-z_][A-Za-z_0-9]*")) {
            throw new IllegalArgumentException("stub field parser takes names only: " + text);
        }
        return new Expr.Name(id, ExprContext.Load, lineShift + 1, colShift + 1, lineShift + 1, colShift + 1 + id.length());
    };

    /**
     * Places errors as CPython does when the atom ends the source: RAISE_SYNTAX_ERROR at the
     * (empty) NEWLINE token after it, KNOWN_LOCATION at the token; columns in code points.
     */
    static StringErrorReporter reporterFor(String source) {
        String[] lines = source.split("\n", -1);
        return (at, msg) -> {
            if (at == null) {
                int line = lines.length;
                int offset = lines[line - 1].codePointCount(0, lines[line - 1].length()) + 1;
                return new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError, msg, line, offset, line, offset, null);
            }
            return new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError, msg, at.lineno,
                    chars(lines[at.lineno - 1], at.col_offset) + 1, at.end_lineno,
                    chars(lines[at.end_lineno - 1], at.end_col_offset) + 1, null);
        };
    }

    private static int chars(String line, int bytes) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new String(b, 0, Math.min(bytes, b.length), StandardCharsets.UTF_8).length();
    }

    static Expr build(String... literals) {
        return StringAtom.build(tokens(literals), reporterFor(String.join(" ", literals)), NAME_FIELDS, false);
    }

    static Object value(String... literals) {
        return ((Expr.Constant) build(literals)).value();
    }

    static String errorOf(String... literals) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> build(literals));
        return e.msg;
    }

    // ---- plain literals ----

    @Test
    void decodesSimpleEscapes() {
        assertEquals("a\nb\tc\\d'e\"f\u0007\b\f\r\u000b", value("'a\\nb\\tc\\\\d\\'e\\\"f\\a\\b\\f\\r\\v'"));
        assertEquals("ab", value("'a\\\nb'"));
        assertEquals("\\q\\{", value("'\\q\\{'"));
    }

    @Test
    void decodesNumericEscapes() {
        assertEquals("A\u00ff\u01ff\u0000x", value("'\\101\\377\\777\\0x'"));
        assertEquals("\u00e9\u20ac\ud83d\ude00", value("'\\xe9\\u20ac\\U0001F600'"));
        assertEquals("\udc80", value("'\\udc80'"));
    }

    @Test
    void decodesCharacterNames() {
        assertEquals("\u00df\n\u0007\u4e00\uac01a", value("'\\N{LATIN SMALL LETTER SHARP S}\\N{LINE FEED}\\N{BEL}"
                + "\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\\N{latin small letter a}'"));
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name",
                errorOf("'\\N{ LATIN SMALL LETTER A}'"));
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name",
                errorOf("'\\N{LINE FEED (LF)}'"));
    }

    @Test
    void rawAndNonAsciiText() {
        assertEquals("\\n\\x", value("r'\\n\\x'"));
        assertEquals("é\\é", value("'é\\é'"));
        assertEquals("€", value("'''€'''"));
    }

    @Test
    void decodeErrorsCountPositionsInCPythonsRewrittenBuffer() {
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape",
                errorOf("'é\\x4'"));
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 3-12: illegal Unicode character",
                errorOf("'abc\\U00110000'"));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[] {'a', (byte) 0xff, (byte) 0xff, '\n', '\\', 'u'}, ((Bytes) value("b'a\\xff\\777\\n\\u'")).value());
        assertArrayEquals("\\x".getBytes(StandardCharsets.US_ASCII), ((Bytes) value("Rb'\\x'")).value());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), ((Bytes) value("br'a'", "b'b'")).value());
        assertEquals("bytes can only contain ASCII literal characters", errorOf("b'é'"));
        assertEquals("(value error) invalid \\x escape at position 1", errorOf("b'a\\x4'"));
        assertEquals("cannot mix bytes and nonbytes literals", errorOf("'a'", "b'b'"));
    }

    @Test
    void kindMarksALowerCaseUPrefixOnTheFirstLiteral() {
        assertEquals("u", ((Expr.Constant) build("u'a'", "'b'")).kind());
        assertNull(((Expr.Constant) build("U'a'")).kind());
        assertNull(((Expr.Constant) build("'a'", "u'b'")).kind());
    }

    // ---- f-strings (fields are names, through the stub field parser) ----

    @Test
    void concatenationMergesTextAroundFields() {
        Expr.JoinedStr j = (Expr.JoinedStr) build("'a'", "f'b{x}c{{'", "'d'", "f'{y!r:>{w}}'");
        assertEquals(4, j.values().size());
        assertEquals("ab", ((Expr.Constant) j.values().get(0)).value());
        assertEquals("c{d", ((Expr.Constant) j.values().get(2)).value());
        Expr.FormattedValue y = (Expr.FormattedValue) j.values().get(3);
        assertEquals('r', y.conversion());
        Expr.JoinedStr spec = (Expr.JoinedStr) y.format_spec();
        assertEquals(2, spec.values().size());
    }

    @Test
    void emptyFStringIsAnEmptyJoinedStr() {
        assertEquals(0, ((Expr.JoinedStr) build("f''", "''")).values().size());
    }

    @Test
    void selfDocumentingFieldDefaultsToRepr() {
        Expr.JoinedStr j = (Expr.JoinedStr) build("f'{x = }'");
        assertEquals("x = ", ((Expr.Constant) j.values().get(0)).value());
        assertEquals('r', ((Expr.FormattedValue) j.values().get(1)).conversion());
        Expr.JoinedStr k = (Expr.JoinedStr) build("f'{x=:>3}'");
        assertEquals(-1, ((Expr.FormattedValue) k.values().get(1)).conversion());
    }

    @Test
    void fieldErrors() {
        assertEquals("f-string: expecting '}'", errorOf("f'{x'"));
        assertEquals("f-string: single '}' is not allowed", errorOf("f'}'"));
        assertEquals("f-string: empty expression not allowed", errorOf("f'{ }'"));
        assertEquals("f-string: expression required before '!'", errorOf("f'{!r}'"));
        assertEquals("f-string expression part cannot include a backslash", errorOf("f'{x\\n}'"));
        assertEquals("f-string expression part cannot include '#'", errorOf("f'{#}'"));
        assertEquals("f-string: unmatched '('", errorOf("f'{(x'"));
        assertEquals("f-string: invalid conversion character: expected 's', 'r', or 'a'", errorOf("f'{x!z}'"));
        assertEquals("f-string: expressions nested too deeply", errorOf("f'{x:{y:{z}}}'"));
        assertEquals("f-string: too many nested parenthesis", errorOf("f'{" + "(".repeat(201) + "}'"));
        assertEquals("f-string: unterminated string", errorOf("f'{\"x}'"));
    }

    @Test
    void fieldPositionsFollowCPython() {
        Expr.JoinedStr j = (Expr.JoinedStr) build("f'''ab\n  é{x}'''");
        // after a newline CPython shifts by the column within the line only (bytes: é is two)
        assertEquals("Name(id='x', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)",
                AstDump.dump(((Expr.FormattedValue) j.values().get(1)).value()));
    }
}
