package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.AstDump;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Imaginary;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;

/** The parser's behaviour on points CPython 3.11 was asked about directly (expected values recorded from it). */
class ParserTest {

    private static Expr expr(String source) {
        Mod.Expression e = (Mod.Expression) Parser.parse(source, Parser.Mode.EVAL);
        return e.body();
    }

    private static SyntaxErrorException error(String source, Parser.Mode mode) {
        return assertThrows(SyntaxErrorException.class, () -> Parser.parse(source, mode));
    }

    @Test
    void numbersBecomeLongBigIntegerDoubleOrImaginary() {
        assertEquals(1000L, ((Expr.Constant) expr("1_000")).value());
        assertEquals(255L, ((Expr.Constant) expr("0xff")).value());
        assertEquals(new BigInteger("100000000000000000000"), ((Expr.Constant) expr("100000000000000000000")).value());
        assertEquals(0.1, ((Expr.Constant) expr("0.1")).value());
        assertEquals(Double.POSITIVE_INFINITY, ((Expr.Constant) expr("1e500")).value());
        assertEquals(new Imaginary(2.5), ((Expr.Constant) expr("2.5j")).value());
    }

    @Test
    void identifiersAreNfkcNormalised() {
        assertEquals("fi", ((Expr.Name) expr("ﬁ")).id());
    }

    @Test
    void decoratedDefinitionStartsAtDef() {
        Mod.Module m = (Mod.Module) Parser.parse("@d\ndef f(): pass\n", Parser.Mode.EXEC);
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
        assertEquals(2, f.lineno());
        assertEquals(0, f.col_offset());
        assertEquals(1, f.decorator_list().size());
    }

    @Test
    void interactiveModeTakesOneStatement() {
        assertEquals("Interactive(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])",
                AstDump.dump(Parser.parse("pass # c\n# d\n", Parser.Mode.SINGLE)));
        assertInstanceOf(Stmt.If.class, ((Mod.Interactive) Parser.parse("if x:\n    pass\n", Parser.Mode.SINGLE)).body().get(0));
        SyntaxErrorException e = error("x = 1\ny = 2\n", Parser.Mode.SINGLE);
        assertEquals("multiple statements found while compiling a single statement", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(6, e.offset);
    }

    @Test
    void functionTypeMode() {
        Mod.FunctionType f = (Mod.FunctionType) Parser.parse("(a, *b, **c) -> x", Parser.Mode.FUNC_TYPE);
        assertEquals(3, f.argtypes().size());
    }

    @Test
    void genericErrorIsAtTheFurthestTokenOfTheFirstPass() {
        SyntaxErrorException e = error("x = 1 +\n", Parser.Mode.EXEC);
        assertEquals("invalid syntax", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(8, e.offset);
    }

    @Test
    void errorColumnsCountCodePoints() {
        SyntaxErrorException e = error("é = f(a b)\n", Parser.Mode.EXEC);
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.msg);
        assertEquals(7, e.offset);
        assertEquals(10, e.end_offset);
        assertEquals("é = f(a b)\n", e.text);
    }

    @Test
    void undeclaredUtf8FileKeepsByteOffsets() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseFile("é = f(a b)\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(8, e.offset);
    }

    @Test
    void prefixesOfSoftKeywordsSuppressTheCommaHint() {
        assertEquals("invalid syntax", error("f(c d)\n", Parser.Mode.EXEC).msg);
        assertEquals("invalid syntax. Perhaps you forgot a comma?", error("f(b d)\n", Parser.Mode.EXEC).msg);
    }

    @Test
    void deepNestingHitsCPythonsLimits() {
        SourceTooComplexException parserStack = assertThrows(SourceTooComplexException.class,
                () -> Parser.parse("-".repeat(10000) + "1\n", Parser.Mode.EXEC));
        assertEquals("MemoryError", parserStack.pythonType);
        SourceTooComplexException astDepth = assertThrows(SourceTooComplexException.class,
                () -> Parser.parse("x" + ".a".repeat(5000) + "\n", Parser.Mode.EXEC));
        assertEquals("RecursionError", astDepth.pythonType);
        assertTrue(Parser.parse("(".repeat(200) + ")".repeat(200) + "\n", Parser.Mode.EXEC) instanceof Mod.Module);
        assertTrue(Parser.parse("-".repeat(2900) + "1\n", Parser.Mode.EXEC) instanceof Mod.Module);
    }
}
