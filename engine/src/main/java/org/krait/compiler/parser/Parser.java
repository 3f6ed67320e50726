package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;
import org.krait.compiler.tokenizer.Tokenizer;

/**
 * CPython 3.11's PEG parser: turns tokens into the AST CPython's {@code ast.parse} builds, or
 * throws the {@link SyntaxErrorException} CPython raises. Like CPython it parses twice on error:
 * a fast first pass, then a second one with the {@code invalid_*} rules enabled to find a specific
 * message; when neither finds one, "invalid syntax" is reported at the furthest token the first
 * pass read. Inputs nested beyond CPython's limits give {@link SourceTooComplexException}.
 */
public final class Parser extends ErrorRules {

    /** The start rule, as the {@code mode} argument of {@code compile()}. */
    public enum Mode {
        EXEC, EVAL, SINGLE, FUNC_TYPE
    }

    public Parser(TokenSource tokens, Mode mode) {
        super(tokens, mode);
    }

    /** Parses a whole decoded source in {@code mode}. */
    public static Mod parse(String source, Mode mode) {
        return new Parser(new Tokenizer(source, mode != Mode.EVAL), mode).parseModule();
    }

    /** Parses a file's bytes (PEP 263 encoding declaration, BOM) in exec mode. */
    public static Mod parseFile(byte[] bytes) {
        return new Parser(Tokenizer.fromBytes(bytes), Mode.EXEC).parseModule();
    }

    /**
     * Runs this parser's start rule over its whole token source. Like {@code ast.parse}, rejects a
     * tree nested deeper than CPython can convert ({@link SourceTooComplexException}, RecursionError).
     */
    public Mod parseModule() {
        Mod tree = (Mod) run();
        AstDepthCheck.check(tree);
        return tree;
    }

    /**
     * CPython's {@code fstring} start rule ({@code star_expressions}): the expression of an
     * f-string replacement field. Error messages get CPython's {@code "f-string: "} prefix.
     */
    public Expr parseFStringInput() {
        fstringInput = true;
        return (Expr) run();
    }

    private Object run() {
        try {
            return twoPasses();
        } catch (StackOverflowError e) {
            throw new SourceTooComplexException("MemoryError", "source too deeply nested for the parser's stack");
        }
    }

    /**
     * The rule levels CPython has entered before the first expression of a statement (start rule,
     * statements, statement, simple_stmts, simple_stmt and the failed target attempts), so that
     * the depth limit falls where CPython's does.
     */
    private static final int BASE_LEVEL = 10;

    private Object twoPasses() {
        level = BASE_LEVEL;
        Object result;
        try {
            result = startRule();
        } catch (SyntaxErrorException e) {
            // An error raised by an action or a forced token ends the parse at once (CPython's
            // second pass stops at the error indicator); a later tokenizer error still wins.
            if (e == tokenizerError) {
                throw e;
            }
            throw preferTokenizerError(e, lastFetched().lineno);
        }
        if (result != null) {
            if (mode == Mode.SINGLE && !fstringInput) {
                checkSingleStatement();
            }
            return result;
        }
        Token lastToken = lastFetched();
        pos = 0;
        level = BASE_LEVEL;
        clearMemos();
        callInvalid = true;
        try {
            startRule();
        } catch (SyntaxErrorException e) {
            if (e == tokenizerError) {
                throw e;
            }
            throw preferTokenizerError(e, lastFetched().lineno);
        }
        throw genericError(lastToken);
    }

    /** The start rule of the mode; null when it does not match. */
    private Object startRule() {
        if (fstringInput) {
            return star_expressions();
        }
        switch (mode) {
            case EXEC:
                return file();
            case EVAL:
                return eval();
            case SINGLE:
                return interactive();
            default:
                return func_type();
        }
    }

    /** {@code file: [statements] ENDMARKER}. */
    private Mod file() {
        List<Stmt> a = statements();
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new Mod.Module(a == null ? new ArrayList<>() : a, new ArrayList<>());
    }

    /** {@code eval: expressions NEWLINE* ENDMARKER}. */
    private Mod eval() {
        Expr a = expressions();
        if (a == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // NEWLINE*
        }
        return accept(ENDMARKER) ? new Mod.Expression(a) : null;
    }

    /** {@code interactive: statement_newline}. */
    private Mod interactive() {
        List<Stmt> a = statement_newline();
        return a == null ? null : new Mod.Interactive(a);
    }

    /** {@code statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER}. */
    private List<Stmt> statement_newline() {
        int m = pos;
        Stmt c = compound_stmt();
        if (c != null && accept(NEWLINE)) {
            return single(c);
        }
        pos = m;
        List<Stmt> s = simple_stmts();
        if (s != null) {
            return s;
        }
        Token n = expect(NEWLINE);
        if (n != null) {
            return single(new Stmt.Pass(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset));
        }
        return null;
    }

    /** {@code func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER}. */
    private Mod func_type() {
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> a = type_expressions();
        if (!accept(RPAR) || !accept(RARROW)) {
            return null;
        }
        Expr b = expression();
        if (b == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // NEWLINE*
        }
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new Mod.FunctionType(a == null ? new ArrayList<>() : a, b);
    }

    /** {@code type_expressions}: expressions, then optionally {@code *expr} and {@code **expr}. */
    private List<Expr> type_expressions() {
        List<Expr> out = new ArrayList<>();
        Expr e = expression();
        if (e != null) {
            out.add(e);
            while (at(COMMA)) {
                int save = pos;
                pos++;
                Expr c = expression();
                if (c == null) {
                    pos = save;
                    break;
                }
                out.add(c);
            }
            int save = pos;
            if (!accept(COMMA)) {
                return out;
            }
            if (!starredTypeTail(out)) {
                pos = save;
            }
            return out;
        }
        starredTypeTail(out);
        return out.isEmpty() ? null : out;
    }

    /** {@code '*' expression [',' '**' expression] | '**' expression}, appended to {@code out}. */
    private boolean starredTypeTail(List<Expr> out) {
        int m = pos;
        if (accept(STAR)) {
            Expr b = expression();
            if (b == null) {
                pos = m;
                return false;
            }
            out.add(b);
            int save = pos;
            if (accept(COMMA) && accept(DOUBLESTAR)) {
                Expr c = expression();
                if (c != null) {
                    out.add(c);
                    return true;
                }
            }
            pos = save;
            return true;
        }
        if (accept(DOUBLESTAR)) {
            Expr b = expression();
            if (b != null) {
                out.add(b);
                return true;
            }
        }
        pos = m;
        return false;
    }

    /**
     * CPython's {@code bad_single_statement}: after one interactive statement, the rest of the
     * source may hold only whitespace and comments.
     */
    private void checkSingleStatement() {
        if (!(source instanceof Tokenizer t)) {
            return;
        }
        String text = t.source();
        int i = Math.min(lastFetched().end, text.length());
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                throw syntaxError("multiple statements found while compiling a single statement");
            }
        }
    }

    /** {@code _PyPegen_set_syntax_error} when no specific error was found. */
    private SyntaxErrorException genericError(Token lastToken) {
        if (lastToken.kind == INDENT || lastToken.kind == DEDENT) {
            return indentationError(lastToken.kind == INDENT ? "unexpected indent" : "unexpected unindent");
        }
        SyntaxErrorException e = raiseAt(SyntaxErrorException.Kind.SyntaxError, "invalid syntax", lastToken.lineno,
                lastToken.col_offset, lastToken.end_lineno, lastToken.end_col_offset);
        return preferTokenizerError(e, lastToken.lineno);
    }

    /** CPython's {@code _PyPegen_tokenize_full_source_to_check_for_errors}. */
    private SyntaxErrorException preferTokenizerError(SyntaxErrorException e, int errorLine) {
        if (source instanceof Tokenizer t) {
            SyntaxErrorException better = t.drainForErrors(errorLine);
            if (better != null) {
                return better;
            }
        }
        return e;
    }
}
