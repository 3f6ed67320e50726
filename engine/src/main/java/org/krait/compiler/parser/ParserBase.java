package org.krait.compiler.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.krait.compiler.ast.Located;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;
import org.krait.compiler.tokenizer.Tokenizer;

/**
 * The token-buffer vocabulary of the PEG parser: a lazily filled array of tokens with a cursor
 * ({@link #pos}) that alternatives save and restore, single-token matchers, per-position
 * memoisation, the rule-depth guard and the ways of raising a {@code SyntaxError} at a place.
 *
 * <p>Tokens are fetched only when a rule looks at them, so {@code fill} is exactly CPython's
 * {@code p->fill}: the position of a generic "invalid syntax" is the furthest token fetched.
 */
abstract class ParserBase {

    /** CPython's MAXSTACK: the parser raises MemoryError past this many nested rule calls. */
    static final int MAX_LEVEL = 6000;

    final TokenSource source;
    final Parser.Mode mode;
    /** True for the f-string replacement-field start rule (error messages get a prefix). */
    boolean fstringInput;

    private Token[] tokens = new Token[64];
    private Memo[] memos = new Memo[64];
    /** The bracket depth after each fetched token (CPython's {@code Token.level}). */
    private int[] levels = new int[64];
    private int depth;
    /** Number of tokens fetched from {@link #source} so far. */
    int fill;
    /** The cursor: index of the next token to match. */
    int pos;
    /** Second pass: the {@code invalid_*} alternatives are enabled. */
    boolean callInvalid;
    /** Current nesting of rule calls, counted like CPython's {@code p->level}. */
    int level;
    /** Interactive input: false until a token other than a converted ENDMARKER has been read. */
    private boolean parsingStarted;
    /** The error the token source raised, if it raised one; it wins over parser errors. */
    SyntaxErrorException tokenizerError;

    ParserBase(TokenSource source, Parser.Mode mode) {
        this.source = source;
        this.mode = mode;
    }

    // ---- token buffer ----------------------------------------------------------------------

    /** The token at index {@code i}, fetching from the source as needed. */
    final Token token(int i) {
        while (i >= fill) {
            fetch();
        }
        return tokens[i];
    }

    private void fetch() {
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
            memos = Arrays.copyOf(memos, fill * 2);
            levels = Arrays.copyOf(levels, fill * 2);
        }
        Token t;
        try {
            t = source.next();
        } catch (SyntaxErrorException e) {
            tokenizerError = e;
            throw e;
        }
        if (mode == Parser.Mode.SINGLE && !fstringInput) {
            // CPython ends an interactive statement by reading its first ENDMARKER as a NEWLINE.
            if (t.kind == TokenKind.ENDMARKER && parsingStarted) {
                t = new Token(TokenKind.NEWLINE, "", t.start, t.end, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, t.cursor_col);
                parsingStarted = false;
            } else {
                parsingStarted = true;
            }
        }
        switch (t.kind) {
            case LPAR:
            case LSQB:
            case LBRACE:
                depth++;
                break;
            case RPAR:
            case RSQB:
            case RBRACE:
                if (depth > 0) {
                    depth--;
                }
                break;
            default:
                break;
        }
        levels[fill] = depth;
        tokens[fill++] = t;
    }

    /** The bracket depth after the fetched token {@code i}, as CPython's {@code Token.level}. */
    final int levelOf(int i) {
        return levels[i];
    }

    /** The kind of the token under the cursor. */
    final TokenKind kind() {
        return token(pos).kind;
    }

    /** The kind of the token {@code k} places after the cursor. */
    final TokenKind kindAt(int k) {
        return token(pos + k).kind;
    }

    /** Consumes and returns the current token if it has kind {@code k}; otherwise null. */
    final Token expect(TokenKind k) {
        Token t = token(pos);
        if (t.kind == k) {
            pos++;
            return t;
        }
        return null;
    }

    /** True (consuming it) when the current token has kind {@code k}. */
    final boolean accept(TokenKind k) {
        if (token(pos).kind == k) {
            pos++;
            return true;
        }
        return false;
    }

    /** Positive lookahead for one token kind. */
    final boolean at(TokenKind k) {
        return token(pos).kind == k;
    }

    /** Consumes a NAME spelled {@code word} (a soft keyword such as {@code match}). */
    final Token expectSoft(String word) {
        Token t = token(pos);
        if (t.kind == TokenKind.NAME && t.text.equals(word)) {
            pos++;
            return t;
        }
        return null;
    }

    /** CPython's {@code &&tok}: the token must be there, else "expected 'x'" at the current token. */
    final Token forced(TokenKind k) {
        Token t = token(pos);
        if (t.kind == k) {
            pos++;
            return t;
        }
        throw raiseAt(SyntaxErrorException.Kind.SyntaxError, "expected '" + k.spelling + "'",
                t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    /** The token just before the cursor, skipping NEWLINE/INDENT/DEDENT/ENDMARKER: where an EXTRA range ends. */
    final Token last() {
        Token t = null;
        for (int m = pos - 1; m >= 0; m--) {
            t = tokens[m];
            TokenKind k = t.kind;
            if (k != TokenKind.ENDMARKER && k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                break;
            }
        }
        return t;
    }

    /** The last token fetched from the source (CPython's {@code p->tokens[p->fill-1]}). */
    final Token lastFetched() {
        return tokens[fill - 1];
    }

    /** Forgets every memo (before the second pass). */
    final void clearMemos() {
        Arrays.fill(memos, 0, fill, null);
    }

    // ---- memoisation ---------------------------------------------------------------------------

    /** One memoised rule result at a start position; {@code value == null} records a failure. */
    static final class Memo {
        final int rule;
        final Object value;
        final int end;
        final Memo next;

        Memo(int rule, Object value, int end, Memo next) {
            this.rule = rule;
            this.value = value;
            this.end = end;
            this.next = next;
        }
    }

    /** The memo of {@code rule} at the cursor, or null when the rule has not run here yet. */
    final Memo memo(int rule) {
        if (pos >= fill) {
            token(pos);
        }
        for (Memo m = memos[pos]; m != null; m = m.next) {
            if (m.rule == rule) {
                return m;
            }
        }
        return null;
    }

    /** Records that {@code rule} started at {@code start} gave {@code value} and left the cursor at {@link #pos}. */
    final void store(int start, int rule, Object value) {
        memos[start] = new Memo(rule, value, pos, memos[start]);
    }

    // ---- depth guard -----------------------------------------------------------------------

    /** Counts one rule level; CPython raises MemoryError past {@link #MAX_LEVEL}. */
    final void enter() {
        if (++level > MAX_LEVEL) {
            throw new SourceTooComplexException("MemoryError", "too many nested rules in the parser");
        }
    }

    /** Counts {@code n} rule levels at once (a rule CPython runs through several C functions). */
    final void enter(int n) {
        level += n;
        if (level > MAX_LEVEL) {
            throw new SourceTooComplexException("MemoryError", "too many nested rules in the parser");
        }
    }

    // ---- raising errors -------------------------------------------------------------------

    /**
     * Builds the exception for a 0-based byte range, converting the columns to 1-based code points
     * the way CPython does (both through the text of the first line).
     */
    final SyntaxErrorException raiseAt(SyntaxErrorException.Kind kind, String msg,
                                       int lineno, int colByte, int endLineno, int endColByte) {
        return errorAt(kind, msg, lineno, colByte + 1, endLineno, endColByte + 1);
    }

    /** Like {@link #raiseAt} with columns already 1-based in bytes ({@code -1}: unknown). */
    final SyntaxErrorException errorAt(SyntaxErrorException.Kind kind, String msg,
                                       int lineno, int col1, int endLineno, int endCol1) {
        String text = lineno > 0 ? errorLineText(lineno) : null;
        if (source instanceof FStringTokenSource f) {
            // CPython reports columns within the field's own "(...)" text.
            col1 -= f.startingColOffset();
            endCol1 -= f.startingColOffset();
        }
        int offset = col1;
        int endOffset = endCol1;
        // CPython converts to code points only when its tokenizer knows the encoding; it does not
        // for undeclared UTF-8 bytes, nor for the string of an f-string field.
        boolean bytesKept = fstringInput || source instanceof Tokenizer t && t.reportsByteOffsets();
        if (text != null && !bytesKept) {
            offset = ByteColumns.toCodePoints(text, col1);
            if (endCol1 > 0) {
                endOffset = ByteColumns.toCodePoints(text, endCol1);
            }
        }
        String full = fstringInput ? "f-string: " + msg : msg;
        return new SyntaxErrorException(kind, full, lineno, offset, endLineno, endOffset, text);
    }

    /** The {@code text} of a SyntaxError at {@code lineno}, as CPython's parser picks it. */
    private String errorLineText(int lineno) {
        if (source instanceof Tokenizer t) {
            return t.errorLineText(lineno);
        }
        return source.lineText(lineno);
    }

    /** RAISE_SYNTAX_ERROR: at the last token fetched. */
    final SyntaxErrorException syntaxError(String msg) {
        return errorAtLastToken(SyntaxErrorException.Kind.SyntaxError, msg);
    }

    /** RAISE_INDENTATION_ERROR: at the last token fetched. */
    final SyntaxErrorException indentationError(String msg) {
        return errorAtLastToken(SyntaxErrorException.Kind.IndentationError, msg);
    }

    private SyntaxErrorException errorAtLastToken(SyntaxErrorException.Kind kind, String msg) {
        Token t = lastFetched();
        // A token without columns (INDENT, DEDENT, ENDMARKER) places the error at the tokenizer's cursor.
        int col1 = t.col_offset == -1 ? t.cursor_col : t.col_offset + 1;
        int endCol1 = t.end_col_offset == -1 ? -1 : t.end_col_offset + 1;
        return errorAt(kind, msg, t.lineno, col1, t.end_lineno, endCol1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node. */
    final SyntaxErrorException errorAt(Located a, String msg) {
        return raiseAt(SyntaxErrorException.Kind.SyntaxError, msg, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token. */
    final SyntaxErrorException errorAt(Token a, String msg) {
        return raiseAt(SyntaxErrorException.Kind.SyntaxError, msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE from the start of {@code a} to the end of {@code b}. */
    final SyntaxErrorException errorRange(int line, int col, int endLine, int endCol, String msg) {
        return raiseAt(SyntaxErrorException.Kind.SyntaxError, msg, line, col, endLine, endCol);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from {@code a}'s start to the tokenizer's position. */
    final SyntaxErrorException errorFrom(int line, int col, String msg) {
        Token t = lastFetched();
        return errorAt(SyntaxErrorException.Kind.SyntaxError, msg, line, col + 1, t.end_lineno, t.end_col_offset);
    }

    // ---- small list helpers ------------------------------------------------------------------

    /** A new list holding {@code first} and then {@code rest}. */
    static <T> List<T> prepend(T first, List<T> rest) {
        List<T> out = new ArrayList<>(rest == null ? 1 : rest.size() + 1);
        out.add(first);
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }

    /** A mutable list of one element (the AST lists stay mutable only while being built). */
    static <T> List<T> single(T only) {
        List<T> out = new ArrayList<>(1);
        out.add(only);
        return out;
    }
}
