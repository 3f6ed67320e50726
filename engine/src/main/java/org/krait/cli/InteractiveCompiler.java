package org.krait.cli;

import java.util.List;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.CodeGenerator;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;
import org.krait.compiler.tokenizer.Tokenizer;
import org.krait.runtime.bytecode.PyCode;

/**
 * Decides, after each line typed at the prompt, whether the lines so far are one complete
 * statement (compile it in 'single' mode and run it), need more lines (prompt with
 * {@code sys.ps2}), or hold a syntax error. The rules are CPython's {@code codeop}: compile the
 * lines; if that fails, compile them with one more newline, and ask for more when that works or
 * fails only because the input ended too soon (the parser read up to the end, or the tokenizer
 * ran out inside brackets, a triple-quoted string or after a backslash). On top of that, the real
 * prompt's rule: an empty line ends the statement (unless brackets or a string are still open),
 * so {@code if x:} followed by an empty line is an error at once.
 */
final class InteractiveCompiler {

    /** What to do with the lines so far. */
    sealed interface Outcome permits Nothing, More, Ready, Failed {
    }

    /** Only blank lines and comments: nothing to run. */
    record Nothing() implements Outcome {
    }

    /** The statement goes on: read another line. */
    record More() implements Outcome {
    }

    /** A complete statement, compiled. */
    record Ready(PyCode code) implements Outcome {
    }

    /** A syntax error to report. */
    record Failed(SyntaxErrorException error) implements Outcome {
    }

    private InteractiveCompiler() {
    }

    /** After a line was read: {@code lines} are all lines of the statement so far, without line ends. */
    static Outcome next(List<String> lines, String filename) {
        if (onlyBlanksAndComments(lines)) {
            return new Nothing();
        }
        String source = String.join("\n", lines);
        Mod tree;
        try {
            tree = parse(source);
        } catch (SyntaxErrorException e) {
            Attempt longer = Attempt.parse(source + "\n");
            if (longer.succeeded || longer.reachedEnd) {
                boolean emptyLineEnds = lines.size() > 1 && lines.get(lines.size() - 1).isEmpty() && !longer.tokenizerOpen;
                return emptyLineEnds ? complete(source + "\n", filename) : new More();
            }
            return new Failed(e);
        }
        // Parsed: errors from here on (the symbol table's) are final.
        return compile(tree, source, filename);
    }

    /** At the end of input with {@code lines} unfinished: they are compiled as they are. */
    static Outcome atEnd(List<String> lines, String filename) {
        if (onlyBlanksAndComments(lines)) {
            return new Nothing();
        }
        return complete(String.join("\n", lines) + "\n", filename);
    }

    /**
     * Parses {@code source} as one statement. As in CPython's 'single' mode, no newline is added
     * at the end and no block is closed there: {@code if x:\n  pass} is not complete yet.
     */
    private static Mod parse(String source) {
        return new Parser(new Tokenizer(source, false), Parser.Mode.SINGLE).parseModule();
    }

    /** Compiles {@code source} as the whole statement: a syntax error is final. */
    private static Outcome complete(String source, String filename) {
        Mod tree;
        try {
            tree = parse(source);
        } catch (SyntaxErrorException e) {
            return new Failed(e);
        }
        return compile(tree, source, filename);
    }

    private static Outcome compile(Mod tree, String source, String filename) {
        try {
            // No source for the symbol table: python3 shows no line for its errors at the prompt.
            SymbolTable table = SymbolTable.build(tree, filename, null);
            return new Ready(CodeGenerator.compileInteractive((Mod.Interactive) tree, table, filename));
        } catch (SyntaxErrorException e) {
            return new Failed(e);
        }
    }

    private static boolean onlyBlanksAndComments(List<String> lines) {
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && t.charAt(0) != '#') {
                return false;
            }
        }
        return true;
    }

    /**
     * One parse in 'single' mode that only watches the tokens go by, to tell whether the input ran
     * out before the parser gave up. (Its tree and errors are not used: the parser words some
     * errors differently when its tokens come through a wrapper.)
     */
    private static final class Attempt implements TokenSource {
        private final Tokenizer tokenizer;
        boolean succeeded;
        /** The parser read the end of the input. */
        boolean reachedEnd;
        /** The tokenizer hit the end inside brackets, a triple-quoted string or a line continuation. */
        boolean tokenizerOpen;

        private Attempt(Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
        }

        static Attempt parse(String source) {
            Attempt a;
            try {
                a = new Attempt(new Tokenizer(source, false));
            } catch (SyntaxErrorException e) {
                return new Attempt(null);
            }
            try {
                new Parser(a, Parser.Mode.SINGLE).parseModule();
                a.succeeded = true;
            } catch (SyntaxErrorException | SourceTooComplexException e) {
                a.succeeded = false;
            }
            return a;
        }

        @Override
        public Token next() {
            try {
                Token t = tokenizer.next();
                // The ENDMARKER, or a DEDENT made at the end of the input: either was read there.
                if (t.kind == TokenKind.ENDMARKER || t.start >= tokenizer.source().length()) {
                    reachedEnd = true;
                }
                return t;
            } catch (SyntaxErrorException e) {
                if (e.msg.equals("unexpected EOF while parsing") || e.msg.endsWith("was never closed")
                        || e.msg.startsWith("unterminated triple-quoted string literal")) {
                    reachedEnd = true;
                    tokenizerOpen = true;
                }
                throw e;
            }
        }

        @Override
        public String lineText(int lineno) {
            return tokenizer.lineText(lineno);
        }

        @Override
        public int bracketDepth() {
            return tokenizer.bracketDepth();
        }

        @Override
        public Token openBracket(int i) {
            return tokenizer.openBracket(i);
        }
    }
}
