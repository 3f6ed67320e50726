package org.krait.compiler.tokenizer;

import java.util.HashMap;
import java.util.Map;

import org.krait.compiler.source.SourceDecoder;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.source.SyntaxErrorException.Kind;

/**
 * Python 3.11's tokenizer as its parser sees it ({@code Parser/tokenizer.c} in string mode): no
 * NL or COMMENT tokens, INDENT/DEDENT from the indentation stack, one STRING token per string
 * literal (f-strings included), and CPython's error messages and positions.
 *
 * <p>Errors CPython's tokenizer reports by itself, and those its parser derives at once from a
 * tokenizer status code (bad dedent, tabs, depth, line continuation, end of input after a
 * backslash or inside brackets), are thrown from {@link #next()} as {@link SyntaxErrorException}
 * with the final CPython fields; after an error {@code next()} throws the same error again. The
 * tokenizer therefore never returns ERRORTOKEN. For CPython's check of the rest of the input after
 * a parser error, see {@link #drainForErrors(int)}.
 *
 * <p>Offsets in errors are converted from bytes to code points as CPython does for text input
 * ({@code ast.parse} of a {@code str}, or of bytes with a BOM or coding cookie); see
 * {@link #fromBytes(byte[])} for undeclared bytes.
 */
public final class Tokenizer implements TokenSource {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.spelling, k);
            }
        }
    }

    private final SourceLines src;
    private final char[] buf;
    private final int len;

    /** {@code tok->cur}. */
    private int pos;
    /** {@code tok->lineno}: the last line read (0 before the first). */
    private int lineno;
    /** {@code tok->line_start}. */
    private int lineStart;
    /** Where the next physical line starts; reading its first char reads the line. */
    private int nextLineStart;
    /** {@code tok->buf}: start of the line read last while no token was in progress. */
    private int bufStart;
    /** {@code tok->start}, or -1 for NULL. */
    private int tokStart = -1;

    private boolean atBol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int level;
    private final Token[] brackets = new Token[MAXLEVEL];

    /** First line and line start of the string being read ({@code tok->first_lineno}, {@code multi_line_start}). */
    private int firstLineno;
    private int multiLineStart;

    /** Error offsets from the parser side stay in bytes (undeclared UTF-8 bytes input). */
    private final boolean byteOffsets;
    /** The source came from bytes: U+DC80..U+DCFF stand for bytes that were not UTF-8. */
    private final boolean undecodableBytesEscaped;

    /** Set just before throwing an error that CPython signals by a status code, not an exception. */
    private boolean statusError;
    /** The error already thrown; the tokenizer is stuck there, as CPython's is. */
    private SyntaxErrorException failure;
    /** The error thrown was an identifier that is not UTF-8 (see {@link #stoppedAtUndecodableName()}). */
    private boolean undecodableName;

    /** Tokenizes {@code source} as file input: a missing final newline is added. */
    public Tokenizer(String source) {
        this(source, true);
    }

    /**
     * Tokenizes {@code source}; {@code execInput} adds a final newline when missing (CPython does
     * for file input, not for eval input). Throws CPython's SyntaxError for a NUL character.
     */
    public Tokenizer(String source, boolean execInput) {
        this(source, execInput, false, false);
    }

    private Tokenizer(String source, boolean execInput, boolean byteOffsets, boolean undecodableBytesEscaped) {
        if (source.indexOf('\0') >= 0) {
            throw SourceDecoder.nullBytesError();
        }
        src = new SourceLines(source, execInput);
        buf = src.buf;
        len = src.len;
        nextLineStart = 0;
        this.byteOffsets = byteOffsets;
        this.undecodableBytesEscaped = undecodableBytesEscaped;
    }

    /**
     * Tokenizes a file's bytes as file input, as {@code ast.parse(bytes)} does: decoded by
     * {@link SourceDecoder}; without a BOM or coding declaration, error offsets CPython's parser
     * computes stay UTF-8 byte offsets (see {@link #reportsByteOffsets()}).
     */
    public static Tokenizer fromBytes(byte[] source) {
        return new Tokenizer(SourceDecoder.decode(source), true, !SourceDecoder.declaresEncoding(source), true);
    }

    /**
     * True for {@link #fromBytes(byte[])}: lone U+DC80..U+DCFF in the source text are bytes that
     * were not UTF-8 ({@link SourceDecoder}), not characters the source was written with.
     */
    public boolean undecodableBytesEscaped() {
        return undecodableBytesEscaped;
    }

    /**
     * True when parser-side error offsets must stay 1-based UTF-8 byte offsets instead of being
     * converted to code points: CPython skips that conversion for undeclared UTF-8 bytes.
     */
    public boolean reportsByteOffsets() {
        return byteOffsets;
    }

    /**
     * True when the error this tokenizer threw is an identifier whose bytes are not UTF-8. CPython
     * does not raise that one in its tokenizer: it hands the parser an ERRORTOKEN without columns,
     * and the parser raises "(unicode error) ..." at that token, so an f-string field's parser
     * places and prefixes it as its own errors ({@code FStringTokenSource}).
     */
    public boolean stoppedAtUndecodableName() {
        return undecodableName;
    }

    /** The text tokens index: the source with newlines normalised to {@code \n}. */
    public String source() {
        return src.text;
    }

    @Override
    public String lineText(int lineno) {
        return src.lineText(lineno);
    }

    /** {@code tok->lineno}: the line the tokenizer read last (0 before any). */
    public int currentLineno() {
        return lineno;
    }

    /**
     * The source text CPython's parser puts on a SyntaxError located at {@code lineno}: when
     * {@code lineno} is at or after the tokenizer's current line, the tokenizer's current buffer
     * (normally the current line with its newline; several lines when a backslash continuation or
     * a multi-line string is in progress); for earlier lines, that line without its newline.
     */
    public String errorLineText(int lineno) {
        int inp = lineno == 0 ? 0 : src.end(Math.max(1, this.lineno));
        if (this.lineno <= lineno && this.lineno > 0 && inp > bufStart) {
            return SourceLines.display(src.text.substring(bufStart, inp));
        }
        return SourceLines.display(src.lineWithoutNewline(lineno));
    }

    @Override
    public int bracketDepth() {
        return level;
    }

    @Override
    public Token openBracket(int i) {
        if (i < 0 || i >= level) {
            throw new IndexOutOfBoundsException("bracket " + i + " of " + level);
        }
        return brackets[i];
    }

    /**
     * CPython's {@code raise_unclosed_parentheses_error} for the innermost open bracket:
     * {@code "'(' was never closed"} at the bracket.
     */
    public SyntaxErrorException unclosedBracketError() {
        Token open = brackets[level - 1];
        return pegenError(Kind.SyntaxError, "'" + open.text + "' was never closed",
                open.lineno, open.col_offset + 1, open.lineno, 0);
    }

    /**
     * CPython's {@code _PyPegen_tokenize_full_source_to_check_for_errors}: after the parser found
     * a syntax error whose last token is on {@code errorTokenLineno}, reads the rest of the input
     * and returns the error that replaces the parser's, or {@code null} to keep it. Errors the C
     * tokenizer raises itself win; errors it only signals by status are ignored, except that input
     * ending with a bracket open since a line before {@code errorTokenLineno} gives
     * {@link #unclosedBracketError()}.
     */
    public SyntaxErrorException drainForErrors(int errorTokenLineno) {
        for (;;) {
            Token t;
            try {
                t = next();
            } catch (SyntaxErrorException e) {
                if (!statusError) {
                    return e;
                }
                return unclosedIfBefore(errorTokenLineno);
            }
            if (t.kind == TokenKind.ENDMARKER) {
                return null;
            }
        }
    }

    private SyntaxErrorException unclosedIfBefore(int errorTokenLineno) {
        if (level != 0 && errorTokenLineno > brackets[level - 1].lineno) {
            return unclosedBracketError();
        }
        return null;
    }

    // ---------------------------------------------------------------- reading characters

    private int nextc() {
        if (pos >= len) {
            return EOF;
        }
        if (pos == nextLineStart) {
            lineno++;
            lineStart = pos;
            nextLineStart = src.end(lineno);
            if (tokStart < 0) {
                bufStart = pos;
            }
        }
        return buf[pos++];
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    // ---------------------------------------------------------------- tokens

    @Override
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        try {
            return read();
        } catch (SyntaxErrorException e) {
            failure = e;
            throw e;
        }
    }

    private Token read() {
        nextline:
        for (;;) {
            tokStart = -1;
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                int c;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // Only the first backslash-joined line of a run of leading whitespace counts.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    indentation(col, altcol);
                }
            }

            tokStart = pos;
            if (pendin != 0) {
                TokenKind kind;
                if (pendin < 0) {
                    pendin++;
                    kind = TokenKind.DEDENT;
                } else {
                    pendin--;
                    kind = TokenKind.INDENT;
                }
                return positionless(kind);
            }

            for (;;) {
                tokStart = -1;
                int c;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = pos - 1;

                if (c == '#') {
                    // A comment ends at its line's newline (or at the end of input).
                    int p = pos;
                    while (p < len && buf[p] != '\n') {
                        p++;
                    }
                    pos = p;
                    c = nextc();
                }
                if (c == EOF) {
                    if (level > 0) {
                        // CPython's parser turns this end of input into the unclosed-bracket error.
                        statusError = true;
                        throw unclosedBracketError();
                    }
                    return positionless(TokenKind.ENDMARKER);
                }
                if (isIdentifierStart(c)) {
                    return nameOrString(c);
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        continue nextline;
                    }
                    // The token ends before the newline; after a comment it starts at the '#'.
                    return make(TokenKind.NEWLINE, tokStart, pos - 1, "");
                }
                if (c == '.') {
                    c = nextc();
                    if (c >= '0' && c <= '9') {
                        return number(fraction(c));
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return op(TokenKind.ELLIPSIS);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return op(TokenKind.DOT);
                }
                if (c >= '0' && c <= '9') {
                    return number(numberBody(c));
                }
                if (c == '"' || c == '\'') {
                    return string(c);
                }
                if (c == '\\') {
                    continuationLine();
                    continue;
                }
                return operator(c);
            }
        }
    }

    private void indentation(int col, int altcol) {
        if (col == indstack[indent]) {
            if (altcol != altindstack[indent]) {
                throw tabError();
            }
        } else if (col > indstack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                pos = nextLineStart;
                statusError = true;
                throw pegenError(Kind.IndentationError, "too many levels of indentation", lineno, 1, lineno, 0);
            }
            if (altcol <= altindstack[indent]) {
                throw tabError();
            }
            pendin++;
            indstack[++indent] = col;
            altindstack[indent] = altcol;
        } else {
            while (indent > 0 && col < indstack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indstack[indent]) {
                pos = nextLineStart;
                statusError = true;
                throw pegenError(Kind.IndentationError, "unindent does not match any outer indentation level",
                        lineno, cursorCol(), lineno, -1);
            }
            if (altcol != altindstack[indent]) {
                throw tabError();
            }
        }
    }

    private SyntaxErrorException tabError() {
        pos = nextLineStart;
        statusError = true;
        return pegenError(Kind.TabError, "inconsistent use of tabs and spaces in indentation", lineno, 1, lineno, 0);
    }

    /** After a backslash: the newline must follow, and input must go on. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            statusError = true;
            throw pegenError(Kind.SyntaxError, "unexpected character after line continuation character",
                    lineno, src.utf8Length(bufStart, pos), lineno, 0);
        }
        c = nextc();
        if (c == EOF) {
            if (level > 0) {
                // CPython's parser reports this as the unclosed bracket.
                statusError = true;
                throw unclosedBracketError();
            }
            statusError = true;
            throw pegenError(Kind.SyntaxError, "unexpected EOF while parsing", lineno, cursorCol(), lineno, -1);
        }
        backup(c);
    }

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private Token nameOrString(int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c);
            }
        }
        boolean nonascii = false;
        // An identifier never spans lines (it stops at the newline), so read the buffer directly.
        while (isIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = pos < len ? buf[pos++] : EOF;
        }
        backup(c);
        if (nonascii) {
            verifyIdentifier();
        }
        String text = src.text.substring(tokStart, pos);
        TokenKind kind = nonascii || !mayBeKeyword(tokStart, pos) ? TokenKind.NAME
                : KEYWORDS.getOrDefault(text, TokenKind.NAME);
        return make(kind, tokStart, pos, text);
    }

    /** Cheap filter before the keyword lookup: keywords are 2 to 8 letters, starting lowercase or with F, N, T. */
    private boolean mayBeKeyword(int start, int end) {
        int n = end - start;
        if (n < 2 || n > 8) {
            return false;
        }
        char c = buf[start];
        return (c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T';
    }

    /** PEP 3131 check of the identifier in {@code buf[tokStart..pos)}, with CPython's errors. */
    private void verifyIdentifier() {
        String undecodable = SourceDecoder.utf8Error(buf, tokStart, pos);
        if (undecodable != null) {
            undecodableName = true;
            throw new SyntaxErrorException(Kind.SyntaxError, "(unicode error) " + undecodable,
                    lineno, cursorCol(), lineno, -1, errorLineText(lineno));
        }
        int i = tokStart;
        boolean first = true;
        while (i < pos) {
            int cp = Character.codePointAt(buf, i, pos);
            int next = i + Character.charCount(cp);
            boolean ok = first ? CharClasses.isXidStart(cp) : CharClasses.isXidContinue(cp);
            if (!ok) {
                pos = next;
                String hex = String.format("%04X", cp);
                if (CharClasses.isPrintable(cp)) {
                    throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
                }
                throw syntaxError("invalid non-printable character U+" + hex);
            }
            first = false;
            i = next;
        }
    }

    // ---------------------------------------------------------------- numbers

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private Token number(int c) {
        backup(c);
        return make(TokenKind.NUMBER, tokStart, pos, src.text.substring(tokStart, pos));
    }

    /** Reads a number starting with digit {@code c}; returns the char after it (not yet backed up). */
    private int numberBody(int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
                return c;
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
                return c;
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
                return c;
            } else {
                boolean nonzero = false;
                // Zeros, possibly an old-style octal; a plain 0 is fine.
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return fraction(nextc());
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                                    + "use an 0o prefix for octal integers",
                            src.byteCol(tokStart, lineno) + 1, src.byteCol(zerosEnd, lineno));
                }
                verifyEndOfNumber(c, "decimal");
                return c;
            }
        }
        c = decimalTail();
        if (c == '.') {
            return fraction(nextc());
        }
        return afterFraction(c);
    }

    /** After the '.' of a float; {@code c} is the char following it. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return afterFraction(c);
    }

    private int afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    private int exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            // "1e" followed by something else: the number ends before the 'e'.
            backup(c);
            verifyEndOfNumber(e, "decimal");
            return e;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    private int imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        return c;
    }

    /** Digits with single underscores between them; returns the char after them. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * 3.11's check that a number is not glued to a name: a following {@code and else for if in
     * is or not} is allowed (CPython only warns), any other ASCII identifier char is an error.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keyword;
        switch (c) {
            case 'a':
                keyword = lookahead("nd");
                break;
            case 'e':
                keyword = lookahead("lse");
                break;
            case 'f':
                keyword = lookahead("or");
                break;
            case 'i': {
                int c2 = pos < len ? buf[pos] : EOF;
                keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
                break;
            }
            case 'o':
                keyword = lookahead("r");
                break;
            case 'n':
                keyword = lookahead("ot");
                break;
            default:
                keyword = false;
        }
        if (!keyword && c < 128 && isIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    /** True when {@code rest} follows the cursor and then no identifier char; consumes nothing. */
    private boolean lookahead(String rest) {
        int p = pos;
        for (int i = 0; i < rest.length(); i++) {
            if (p >= len || buf[p] != rest.charAt(i)) {
                return false;
            }
            p++;
        }
        return p >= len || !isIdentifierChar(buf[p]);
    }

    // ---------------------------------------------------------------- strings

    /** A string literal whose opening quote {@code quote} was just read. */
    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            // Plain characters within the current line need no bookkeeping.
            int p = pos;
            int stop = Math.min(nextLineStart, len);
            if (p < stop && p != nextLineStart) {
                while (p < stop) {
                    char ch = buf[p];
                    if (ch == quote || ch == '\\' || ch == '\n') {
                        break;
                    }
                    p++;
                }
                if (p > pos) {
                    pos = p;
                    endQuoteSize = 0;
                }
            }
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = lineno;
                pos = tokStart + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detectedAt + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detectedAt + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        String text = src.text.substring(tokStart, pos);
        return new Token(TokenKind.STRING, text, tokStart, pos,
                firstLineno, src.byteCol(tokStart, firstLineno), lineno, src.byteCol(pos, lineno), cursorCol());
    }

    // ---------------------------------------------------------------- operators

    private Token operator(int c) {
        int c2 = nextc();
        TokenKind two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = threeChars(c, c2, c3);
            if (three != null) {
                return op(three);
            }
            backup(c3);
            return op(two);
        }
        backup(c2);

        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                Token open = op(oneChar(c));
                brackets[level++] = open;
                return open;
            case ')':
            case ']':
            case '}': {
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                Token opening = brackets[level];
                char o = opening.text.charAt(0);
                if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
                    if (opening.lineno != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + o + "' on line " + opening.lineno);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + o + "'");
                }
                brackets[level] = null;
                break;
            }
            default:
                break;
        }
        // Only ASCII reaches here (other chars start names), so printable means 0x20..0x7E.
        if (c < 0x20 || c == 0x7F) {
            throw syntaxError("invalid non-printable character U+" + String.format("%04X", c));
        }
        return op(oneChar(c));
    }

    private static TokenKind oneChar(int c) {
        switch (c) {
            case '%': return TokenKind.PERCENT;
            case '&': return TokenKind.AMPER;
            case '(': return TokenKind.LPAR;
            case ')': return TokenKind.RPAR;
            case '*': return TokenKind.STAR;
            case '+': return TokenKind.PLUS;
            case ',': return TokenKind.COMMA;
            case '-': return TokenKind.MINUS;
            case '.': return TokenKind.DOT;
            case '/': return TokenKind.SLASH;
            case ':': return TokenKind.COLON;
            case ';': return TokenKind.SEMI;
            case '<': return TokenKind.LESS;
            case '=': return TokenKind.EQUAL;
            case '>': return TokenKind.GREATER;
            case '@': return TokenKind.AT;
            case '[': return TokenKind.LSQB;
            case ']': return TokenKind.RSQB;
            case '^': return TokenKind.CIRCUMFLEX;
            case '{': return TokenKind.LBRACE;
            case '|': return TokenKind.VBAR;
            case '}': return TokenKind.RBRACE;
            case '~': return TokenKind.TILDE;
            default: return TokenKind.OP;
        }
    }

    private static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%': return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&': return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*': return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+': return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-': return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/': return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':': return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                        : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=': return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>': return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@': return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^': return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|': return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default: return null;
        }
    }

    private static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }

    // ---------------------------------------------------------------- token and error construction

    private Token op(TokenKind kind) {
        return make(kind, tokStart, pos, src.text.substring(tokStart, pos));
    }

    private Token make(TokenKind kind, int start, int end, String text) {
        int col = start >= lineStart ? src.byteCol(start, lineno) : -1;
        int endCol = end >= lineStart ? src.byteCol(end, lineno) : -1;
        return new Token(kind, text, start, end, lineno, col, lineno, endCol, cursorCol());
    }

    private Token positionless(TokenKind kind) {
        return new Token(kind, "", pos, pos, lineno, -1, lineno, -1, cursorCol());
    }

    /** {@code tok->cur - tok->line_start} in bytes. */
    private int cursorCol() {
        return lineno == 0 ? 0 : src.byteCol(pos, lineno);
    }

    /** CPython's tokenizer {@code syntaxerror()}: located at the cursor, text without newline. */
    private SyntaxErrorException syntaxError(String msg) {
        int offset = src.codePoints(lineStart, pos);
        return tokenizerError(msg, offset, offset);
    }

    /** {@code syntaxerror_known_range()}: the given columns are used as they are (byte based, as in CPython). */
    private SyntaxErrorException syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        return tokenizerError(msg, colOffset, endColOffset);
    }

    private SyntaxErrorException tokenizerError(String msg, int offset, int endOffset) {
        statusError = false;
        int end = lineStart;
        while (end < len && buf[end] != '\n') {
            end++;
        }
        String text = SourceLines.display(src.text.substring(lineStart, end));
        return new SyntaxErrorException(Kind.SyntaxError, msg, lineno, offset, lineno, endOffset, text);
    }

    /**
     * CPython's parser-side {@code _PyPegen_raise_error_known_location}: 1-based byte columns
     * converted to code point columns on the error line text (end columns only when positive),
     * unless offsets stay in bytes.
     */
    private SyntaxErrorException pegenError(Kind kind, String msg, int line, int col, int endLine, int endCol) {
        String text = errorLineText(line);
        if (byteOffsets) {
            return new SyntaxErrorException(kind, msg, line, col, endLine, endCol, text);
        }
        int offset = SourceLines.charOffset(text, col);
        int endOffset = endCol > 0 ? SourceLines.charOffset(text, endCol) : endCol;
        return new SyntaxErrorException(kind, msg, line, offset, endLine, endOffset, text);
    }
}
