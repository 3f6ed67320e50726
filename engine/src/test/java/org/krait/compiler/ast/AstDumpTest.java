package org.krait.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AstDump} on hand-built trees; each expected text is what CPython 3.11's
 * {@code ast.dump(ast.parse(src), include_attributes=True)} prints for the source in the comment.
 */
class AstDumpTest {

    private static Expr.Name name(String id, ExprContext ctx, int col) {
        return new Expr.Name(id, ctx, 1, col, 1, col + id.length());
    }

    /** {@code x: int = {**a, 'k': ...}}: an int field, a None inside a list, the Ellipsis constant. */
    @Test
    void annotatedAssignmentWithDictUnpacking() {
        Expr dict = new Expr.Dict(
                Arrays.asList(null, new Expr.Constant("k", null, 1, 15, 1, 18)),
                List.of(name("a", ExprContext.Load, 12), new Expr.Constant(Singleton.Ellipsis, null, 1, 20, 1, 23)),
                1, 9, 1, 24);
        Mod tree = new Mod.Module(List.of(new Stmt.AnnAssign(name("x", ExprContext.Store, 0), name("int", ExprContext.Load, 3),
                dict, 1, 1, 0, 1, 24)), List.of());
        assertEquals("Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
                + "annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), "
                + "value=Dict(keys=[None, Constant(value='k', lineno=1, col_offset=15, end_lineno=1, end_col_offset=18)], "
                + "values=[Name(id='a', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), "
                + "Constant(value=Ellipsis, lineno=1, col_offset=20, end_lineno=1, end_col_offset=23)], "
                + "lineno=1, col_offset=9, end_lineno=1, end_col_offset=24), simple=1, lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=24)], type_ignores=[])", AstDump.dump(tree));
    }

    /** <code>'&#92;ud834&#92;udd1e'</code>: a str constant held as code points prints each surrogate escaped. */
    @Test
    void codePointStrConstant() {
        Expr.Constant c = new Expr.Constant(new CodePointStr(new int[] {0xd834, 0xdd1e}), null, 1, 0, 1, 14);
        Mod tree = new Mod.Module(List.of(new Stmt.Expr(c, 1, 0, 1, 14)), List.of());
        assertEquals("Module(body=[Expr(value=Constant(value='\\ud834\\udd1e', lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])",
                AstDump.dump(tree));
    }

    /** {@code def f(a, /, *, b=None) -> "r":\n    pass}: absent optional fields are left out, None constants are not. */
    @Test
    void functionWithOptionalFieldsAbsent() {
        Arguments args = new Arguments(List.of(new Arg("a", null, null, 1, 6, 1, 7)), List.of(), null,
                List.of(new Arg("b", null, null, 1, 15, 1, 16)), List.of(new Expr.Constant(Singleton.None, null, 1, 17, 1, 21)),
                null, List.of());
        Stmt def = new Stmt.FunctionDef("f", args, List.of(new Stmt.Pass(2, 4, 2, 8)), List.of(),
                new Expr.Constant("r", null, 1, 26, 1, 29), null, 1, 0, 2, 8);
        assertEquals("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, "
                + "end_lineno=1, end_col_offset=7)], args=[], kwonlyargs=[arg(arg='b', lineno=1, col_offset=15, end_lineno=1, "
                + "end_col_offset=16)], kw_defaults=[Constant(value=None, lineno=1, col_offset=17, end_lineno=1, end_col_offset=21)], "
                + "defaults=[]), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], decorator_list=[], "
                + "returns=Constant(value='r', lineno=1, col_offset=26, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, "
                + "end_lineno=2, end_col_offset=8)], type_ignores=[])",
                AstDump.dump(new Mod.Module(List.of(def), List.of())));
    }

    /** {@code a < b != c\nimport a.b as c}: lists of enumeration members, an optional identifier present. */
    @Test
    void comparisonAndImport() {
        Expr compare = new Expr.Compare(name("a", ExprContext.Load, 0), List.of(Cmpop.Lt, Cmpop.NotEq),
                List.of(name("b", ExprContext.Load, 4), name("c", ExprContext.Load, 9)), 1, 0, 1, 10);
        Stmt imp = new Stmt.Import(List.of(new Alias("a.b", "c", 2, 7, 2, 15)), 2, 0, 2, 15);
        assertEquals("Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1), ops=[Lt(), NotEq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, "
                + "end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=10), Import(names=[alias(name='a.b', asname='c', lineno=2, col_offset=7, "
                + "end_lineno=2, end_col_offset=15)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=15)], type_ignores=[])",
                AstDump.dump(new Mod.Module(List.of(new Stmt.Expr(compare, 1, 0, 1, 10), imp), List.of())));
    }

    /** {@code (u'\xe9', b'\x00', 1j, -1.5e300, 10**30)}: the constant kinds and the {@code kind} field. */
    @Test
    void constants() {
        List<Expr> elts = List.of(
                new Expr.Constant("\u00e9", "u", 1, 1, 1, 8),
                new Expr.Constant(new Bytes(new byte[] {0}), null, 1, 10, 1, 17),
                new Expr.Constant(new Imaginary(1), null, 1, 19, 1, 21),
                new Expr.UnaryOp(Unaryop.USub, new Expr.Constant(1.5e300, null, 1, 24, 1, 31), 1, 23, 1, 31),
                new Expr.BinOp(new Expr.Constant(10L, null, 1, 33, 1, 35), Operator.Pow,
                        new Expr.Constant(BigInteger.valueOf(30), null, 1, 37, 1, 39), 1, 33, 1, 39));
        Stmt stmt = new Stmt.Expr(new Expr.Tuple(elts, ExprContext.Load, 1, 0, 1, 40), 1, 0, 1, 40);
        assertEquals("Module(body=[Expr(value=Tuple(elts=[Constant(value='é', kind='u', lineno=1, col_offset=1, end_lineno=1, "
                + "end_col_offset=8), Constant(value=b'\\x00', lineno=1, col_offset=10, end_lineno=1, end_col_offset=17), "
                + "Constant(value=1j, lineno=1, col_offset=19, end_lineno=1, end_col_offset=21), UnaryOp(op=USub(), "
                + "operand=Constant(value=1.5e+300, lineno=1, col_offset=24, end_lineno=1, end_col_offset=31), lineno=1, "
                + "col_offset=23, end_lineno=1, end_col_offset=31), BinOp(left=Constant(value=10, lineno=1, col_offset=33, "
                + "end_lineno=1, end_col_offset=35), op=Pow(), right=Constant(value=30, lineno=1, col_offset=37, end_lineno=1, "
                + "end_col_offset=39), lineno=1, col_offset=33, end_lineno=1, end_col_offset=39)], ctx=Load(), lineno=1, "
                + "col_offset=0, end_lineno=1, end_col_offset=40), lineno=1, col_offset=0, end_lineno=1, end_col_offset=40)], "
                + "type_ignores=[])", AstDump.dump(new Mod.Module(List.of(stmt), List.of())));
    }

    /** Nodes without position attributes and without fields dump as in CPython. */
    @Test
    void nodesWithoutAttributes() {
        assertEquals("withitem(context_expr=Name(id='f', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6))",
                AstDump.dump(new Withitem(name("f", ExprContext.Load, 5), null)));
        assertEquals("TypeIgnore(lineno=3, tag='[x]')", AstDump.dump(new TypeIgnore(3, "[x]")));
        assertEquals("MatchSingleton(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)",
                AstDump.dump(new Pattern.MatchSingleton(Singleton.None, 1, 0, 1, 4)));
    }
}
