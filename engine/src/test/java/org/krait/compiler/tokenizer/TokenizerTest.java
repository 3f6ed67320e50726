package org.krait.compiler.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.krait.compiler.source.SyntaxErrorException;

/** Focused cases for the tokenizer; expected values are what CPython 3.11's C tokenizer gives its parser. */
class TokenizerTest {

    /** Tokens as "KIND 'text' line,col-endline,endcol", up to and including ENDMARKER. */
    private static List<String> toks(String src) {
        Tokenizer t = new Tokenizer(src);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Token tok = t.next();
            out.add(tok.kind + " '" + tok.text + "' " + tok.lineno + "," + tok.col_offset + "-" + tok.end_lineno + ","
                    + tok.end_col_offset);
            if (tok.kind == TokenKind.ENDMARKER) {
                return out;
            }
        }
        throw new AssertionError("no ENDMARKER");
    }

    private static List<String> kinds(String src) {
        Tokenizer t = new Tokenizer(src);
        List<String> out = new ArrayList<>();
        Token tok;
        do {
            tok = t.next();
            out.add(tok.kind == TokenKind.NAME || tok.kind == TokenKind.NUMBER || tok.kind == TokenKind.STRING
                    || tok.kind == TokenKind.OP ? tok.kind + ":" + tok.text : tok.kind.name());
        } while (tok.kind != TokenKind.ENDMARKER);
        return out;
    }

    private static SyntaxErrorException error(String src) {
        return assertThrows(SyntaxErrorException.class, () -> toks(src));
    }

    @Test
    void simpleStatementWithPositions() {
        assertEquals(List.of(
                "NAME 'x' 1,0-1,1", "EQUAL '=' 1,2-1,3", "NUMBER '1' 1,4-1,5", "NEWLINE '' 1,5-1,5",
                "ENDMARKER '' 1,-1-1,-1"), toks("x = 1\n"));
    }

    @Test
    void implicitNewlineAtEndOfInput() {
        assertEquals(toks("x = 1\n"), toks("x = 1"));
    }

    @Test
    void crAndCrLfAreNewlines() {
        assertEquals(toks("a\nb\n"), toks("a\r\nb\r"));
    }

    @Test
    void blankAndCommentLinesProduceNothing() {
        assertEquals(List.of("NAME:a", "NEWLINE", "NAME:b", "NEWLINE", "ENDMARKER"),
                kinds("\n# c\n   \na\n\n  # indented comment\n\t\nb\n# end"));
    }

    @Test
    void newlineAfterCommentStartsAtTheHash() {
        assertEquals(List.of("NAME 'x' 1,0-1,1", "NEWLINE '' 1,2-1,7", "ENDMARKER '' 1,-1-1,-1"), toks("x # abc\n"));
    }

    @Test
    void indentAndDedentHaveNoColumnsButACursor() {
        Tokenizer t = new Tokenizer("if x:\n    y\nz\n");
        List<Token> all = new ArrayList<>();
        Token tok;
        do {
            tok = t.next();
            all.add(tok);
        } while (tok.kind != TokenKind.ENDMARKER);
        Token indent = all.get(4);
        assertEquals(TokenKind.INDENT, indent.kind);
        assertEquals(2, indent.lineno);
        assertEquals(-1, indent.col_offset);
        assertEquals(4, indent.cursor_col);
        Token dedent = all.get(7);
        assertEquals(TokenKind.DEDENT, dedent.kind);
        assertEquals(3, dedent.lineno);
        assertEquals(0, dedent.cursor_col);
        Token end = all.get(all.size() - 1);
        assertEquals(3, end.lineno);
        assertEquals(2, end.cursor_col);
    }

    @Test
    void dedentsAtEndOfInput() {
        assertEquals(List.of("IF", "NAME:a", "COLON", "NEWLINE", "INDENT", "IF", "NAME:b", "COLON", "NEWLINE",
                "INDENT", "NAME:c", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER"), kinds("if a:\n if b:\n  c"));
    }

    @Test
    void endmarkerRepeats() {
        Tokenizer t = new Tokenizer("x");
        Token tok;
        do {
            tok = t.next();
        } while (tok.kind != TokenKind.ENDMARKER);
        assertEquals(TokenKind.ENDMARKER, t.next().kind);
        assertEquals(TokenKind.ENDMARKER, t.next().kind);
    }

    @Test
    void tabsGoToMultiplesOfEight() {
        assertEquals(List.of("IF", "NAME:a", "COLON", "NEWLINE", "INDENT", "NAME:b", "NEWLINE", "NAME:c", "NEWLINE",
                "DEDENT", "ENDMARKER"), kinds("if a:\n\tb\n\tc\n"));
        // A tab and eight spaces give the same column only in the 8-column reckoning.
        SyntaxErrorException e = error("if a:\n\tb\n        c\n");
        assertEquals(SyntaxErrorException.Kind.TabError, e.kind);
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg);
        assertEquals(3, e.lineno);
    }

    @Test
    void formFeedResetsIndentation() {
        assertEquals(List.of("IF", "NAME:a", "COLON", "NEWLINE", "INDENT", "NAME:b", "NEWLINE", "DEDENT", "NAME:c",
                "NEWLINE", "ENDMARKER"), kinds("if a:\n  b\n  \fc\n"));
    }

    @Test
    void badDedent() {
        SyntaxErrorException e = error("if x:\n    a\n  b\n");
        assertEquals(SyntaxErrorException.Kind.IndentationError, e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(4, e.offset);
        assertEquals(-1, e.end_offset);
        assertEquals("  b\n", e.text);
    }

    @Test
    void tooDeep() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append(" ".repeat(i)).append("if 1:\n");
        }
        sb.append(" ".repeat(100)).append("pass\n");
        SyntaxErrorException e = error(sb.toString());
        assertEquals("too many levels of indentation", e.msg);
        assertEquals(101, e.lineno);
    }

    @Test
    void explicitAndImplicitLineJoining() {
        assertEquals(List.of("NAME 'x' 1,0-1,1", "EQUAL '=' 1,2-1,3", "NUMBER '1' 1,4-1,5", "PLUS '+' 1,6-1,7",
                "NUMBER '2' 2,2-2,3", "NEWLINE '' 2,3-2,3", "ENDMARKER '' 2,-1-2,-1"), toks("x = 1 + \\\n  2\n"));
        assertEquals(List.of("NAME:f", "LPAR", "NUMBER:1", "COMMA", "NUMBER:2", "RPAR", "NEWLINE", "ENDMARKER"),
                kinds("f(1,\n\n   # c\n      2)\n"));
    }

    @Test
    void lineContinuationErrors() {
        SyntaxErrorException e = error("x = 1 \\ y");
        assertEquals("unexpected character after line continuation character", e.msg);
        assertEquals(8, e.offset);
        assertEquals(0, e.end_offset);
        e = error("x = 1 + \\");
        assertEquals("unexpected EOF while parsing", e.msg);
        assertEquals(10, e.offset);
    }

    @Test
    void bracketStateAndErrors() {
        Tokenizer t = new Tokenizer("f([{\n");
        t.next();
        t.next();
        Token square = t.next();
        t.next();
        assertEquals(3, t.bracketDepth());
        assertSame(square, t.openBracket(1));
        assertEquals("'{' was never closed", assertThrows(SyntaxErrorException.class, t::next).msg);
        assertEquals("unmatched ')'", error("x)").msg);
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("(]").msg);
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", error("(\n]").msg);
        assertEquals("too many nested parentheses", error("(".repeat(201)).msg);
        assertEquals(List.of("LPAR", "RPAR"), kinds("(".repeat(200) + ")".repeat(200)).subList(199, 201));
    }

    @Test
    void drainReportsUnclosedBracketOnlyWhenOpenedBeforeTheError() {
        Tokenizer t = new Tokenizer("x = (1,\ny y\n");
        for (int i = 0; i < 6; i++) {
            t.next();
        }
        SyntaxErrorException e = t.drainForErrors(2);
        assertEquals("'(' was never closed", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(5, e.offset);
        assertEquals("x = (1,", e.text);
        Tokenizer same = new Tokenizer("x = (1 1\n");
        same.next();
        same.next();
        same.next();
        assertNull(same.drainForErrors(1));
    }

    @Test
    void drainReportsLaterTokenizerErrorsButNotStatusErrors() {
        Tokenizer t = new Tokenizer("x x\ny = 'abc\n");
        t.next();
        assertEquals("unterminated string literal (detected at line 2)", t.drainForErrors(1).msg);
        Tokenizer dedent = new Tokenizer("x x\nif y:\n    a\n  b\n");
        dedent.next();
        assertNull(dedent.drainForErrors(1));
    }

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals(List.of("IF", "NAME:match", "NAME:case", "NAME:_", "NONE", "TRUE", "AWAIT", "ASYNC", "NAME:print",
                "NEWLINE", "ENDMARKER"), kinds("if match case _ None True await async print"));
    }

    @Test
    void unicodeNamesKeepRawTextAndByteColumns() {
        assertEquals(List.of("NAME '\u00e9t\u00e9' 1,0-1,5", "EQUAL '=' 1,6-1,7", "NAME '\ufb01' 1,8-1,11",
                "NEWLINE '' 1,11-1,11", "ENDMARKER '' 1,-1-1,-1"), toks("\u00e9t\u00e9 = \ufb01"));
        assertEquals(List.of("NAME '\ud835\udd18' 1,0-1,4", "NEWLINE '' 1,4-1,4", "ENDMARKER '' 1,-1-1,-1"),
                toks("\ud835\udd18"));
    }

    @Test
    void invalidCharacters() {
        SyntaxErrorException e = error("a = b\u20ac");
        assertEquals("invalid character '\u20ac' (U+20AC)", e.msg);
        assertEquals(6, e.offset);
        assertEquals("a = b\u20ac", e.text);
        e = error("a\u00a0b");
        assertEquals("invalid non-printable character U+00A0", e.msg);
        assertEquals(2, e.offset);
        assertEquals("invalid non-printable character U+0001", error("x\u0001").msg);
        assertEquals(List.of("OP:$", "OP:?", "OP:`", "OP:!", "NOTEQUAL", "NOTEQUAL", "NEWLINE", "ENDMARKER"),
                kinds("$ ? ` ! != <>"));
    }

    @Test
    void undecodableBytesInNames() {
        SyntaxErrorException e = error("x = a\udcf6");
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte", e.msg);
        assertEquals(6, e.offset);
        assertEquals("x = a\ufffd\n", e.text);
        assertEquals(List.of("NAME:x", "NEWLINE", "ENDMARKER"), kinds("x # \udcf6\n"));
        // U+1F480 has a low surrogate in the escape range; it is not an escape.
        e = error("'\ud83d\udc80' + 1\u20ac");
        assertEquals(8, e.offset);
        assertEquals("'\ud83d\udc80' + 1\u20ac", e.text);
    }

    @Test
    void numbers() {
        assertEquals(List.of("NUMBER:0", "NUMBER:00", "NUMBER:1_000", "NUMBER:0x_fF", "NUMBER:0o17", "NUMBER:0B1_0",
                "NUMBER:1.5", "NUMBER:.5", "NUMBER:1.", "NUMBER:1e10", "NUMBER:1E-5", "NUMBER:1.5e+3j", "NUMBER:3J",
                "NUMBER:0_0", "NUMBER:09.5", "NUMBER:010e1", "NUMBER:00j", "NEWLINE", "ENDMARKER"),
                kinds("0 00 1_000 0x_fF 0o17 0B1_0 1.5 .5 1. 1e10 1E-5 1.5e+3j 3J 0_0 09.5 010e1 00j"));
        assertEquals(List.of("NUMBER:1", "IF", "NAME:x", "ELSE", "NUMBER:0x1", "OR", "NUMBER:1", "NOT", "IN",
                "NAME:y", "NEWLINE", "ENDMARKER"), kinds("1if x else 0x1or 1not in y"));
        assertEquals(List.of("NUMBER:1", "NAME:iff", "NEWLINE", "ENDMARKER"), kinds("1iff"));
        assertEquals(List.of("NUMBER:1.", "DOT", "NAME:x", "NEWLINE", "ENDMARKER"), kinds("1..x"));
        assertEquals(List.of("ELLIPSIS", "DOT", "NEWLINE", "ENDMARKER"), kinds("...."));
    }

    @Test
    void numberErrors() {
        SyntaxErrorException e = error("x = 08");
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                e.msg);
        assertEquals(5, e.offset);
        assertEquals(6, e.end_offset);
        assertEquals("invalid digit '8' in octal literal", error("0o8").msg);
        assertEquals("invalid digit '2' in binary literal", error("0b2").msg);
        assertEquals("invalid hexadecimal literal", error("0x").msg);
        assertEquals("invalid octal literal", error("0o").msg);
        assertEquals("invalid binary literal", error("0b").msg);
        assertEquals("invalid decimal literal", error("1_").msg);
        assertEquals("invalid imaginary literal", error("1jx").msg);
        e = error("1e");
        assertEquals("invalid decimal literal", e.msg);
        assertEquals(1, e.offset);
    }

    @Test
    void strings() {
        assertEquals(List.of("STRING:'a'", "STRING:\"b\"", "STRING:rb'\\\\'", "STRING:F\"{x}\"", "STRING:Rf'''x'''",
                "STRING:u''", "STRING:BR\"\"", "NEWLINE", "ENDMARKER"),
                kinds("'a' \"b\" rb'\\\\' F\"{x}\" Rf'''x''' u'' BR\"\""));
        assertEquals(List.of("NAME:ub", "STRING:''", "NAME:fb", "STRING:''", "NEWLINE", "ENDMARKER"), kinds("ub'' fb''"));
        assertEquals(List.of("NAME 'x' 1,0-1,1", "EQUAL '=' 1,2-1,3", "STRING '\"\"\"a\n\u00e9\"\"\"' 1,4-2,5",
                "NEWLINE '' 2,5-2,5", "ENDMARKER '' 2,-1-2,-1"), toks("x = \"\"\"a\n\u00e9\"\"\"\n"));
        assertEquals(List.of("STRING:'a\\\nb'", "NEWLINE", "ENDMARKER"), kinds("'a\\\nb'"));
        assertEquals(List.of("STRING:'\\''", "NEWLINE", "ENDMARKER"), kinds("'\\''"));
    }

    @Test
    void stringErrors() {
        SyntaxErrorException e = error("x = \"abc");
        assertEquals("unterminated string literal (detected at line 1)", e.msg);
        assertEquals(5, e.offset);
        e = error("x = f'''abc\n\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 2)", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(5, e.offset);
        assertEquals("x = f'''abc", e.text);
    }

    @Test
    void nulIsRejected() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> new Tokenizer("x\0"));
        assertEquals("source code string cannot contain null bytes", e.msg);
    }

    @Test
    void errorsRepeat() {
        Tokenizer t = new Tokenizer("'");
        SyntaxErrorException first = assertThrows(SyntaxErrorException.class, t::next);
        assertSame(first, assertThrows(SyntaxErrorException.class, t::next));
    }

    @Test
    void evalInputGetsNoNewline() {
        Tokenizer t = new Tokenizer("1 +\n2", false);
        List<TokenKind> got = new ArrayList<>();
        Token tok;
        do {
            tok = t.next();
            got.add(tok.kind);
        } while (tok.kind != TokenKind.ENDMARKER);
        assertEquals(List.of(TokenKind.NUMBER, TokenKind.PLUS, TokenKind.NEWLINE, TokenKind.NUMBER, TokenKind.ENDMARKER),
                got);
    }

    @Test
    void lineTexts() {
        Tokenizer t = new Tokenizer("a\r\nbc");
        assertEquals("a\n", t.lineText(1));
        assertEquals("bc\n", t.lineText(2));
        assertEquals("", t.lineText(3));
    }
}
