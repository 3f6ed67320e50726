package org.krait.compiler.parser;

import java.util.List;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;
import org.krait.compiler.source.SourceTooComplexException;

/**
 * CPython's {@code ast.parse} turns its C tree into Python objects with a recursion limit of three
 * times the interpreter's (1000), counting the nodes on the current path; a deeper tree raises
 * RecursionError "maximum recursion depth exceeded during ast construction". This walk stops at the
 * same depth, so trees CPython cannot return are rejected the same way (and nothing downstream has
 * to recurse deeper than that).
 */
final class AstDepthCheck implements Expr.Visitor<Void>, Stmt.Visitor<Void>, Pattern.Visitor<Void> {

    /**
     * 3000 minus the depth CPython's converter starts at when {@code ast.parse} is called from the
     * top level of a script (two Python frames, each counted three times).
     */
    static final int LIMIT = 2994;

    private int depth;

    /** Throws {@link SourceTooComplexException} ("RecursionError") when {@code tree} nests deeper than CPython allows. */
    static void check(Mod tree) {
        AstDepthCheck c = new AstDepthCheck();
        c.enter();
        if (tree instanceof Mod.Module m) {
            c.stmts(m.body());
        } else if (tree instanceof Mod.Interactive i) {
            c.stmts(i.body());
        } else if (tree instanceof Mod.Expression e) {
            c.expr(e.body());
        } else if (tree instanceof Mod.FunctionType f) {
            c.exprs(f.argtypes());
            c.expr(f.returns());
        }
    }

    private void enter() {
        if (++depth > LIMIT) {
            throw new SourceTooComplexException("RecursionError", "maximum recursion depth exceeded during ast construction");
        }
    }

    private void expr(Expr e) {
        if (e != null) {
            enter();
            e.accept(this);
            depth--;
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void stmts(List<Stmt> ss) {
        for (Stmt s : ss) {
            enter();
            s.accept(this);
            depth--;
        }
    }

    private void pattern(Pattern p) {
        if (p != null) {
            enter();
            p.accept(this);
            depth--;
        }
    }

    private void patterns(List<Pattern> ps) {
        for (Pattern p : ps) {
            pattern(p);
        }
    }

    private void arguments(Arguments a) {
        enter();
        args(a.posonlyargs());
        args(a.args());
        arg(a.vararg());
        args(a.kwonlyargs());
        exprs(a.kw_defaults());
        arg(a.kwarg());
        exprs(a.defaults());
        depth--;
    }

    private void args(List<Arg> as) {
        for (Arg a : as) {
            arg(a);
        }
    }

    private void arg(Arg a) {
        if (a != null) {
            enter();
            expr(a.annotation());
            depth--;
        }
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            enter();
            expr(k.value());
            depth--;
        }
    }

    private void generators(List<Comprehension> cs) {
        for (Comprehension c : cs) {
            enter();
            expr(c.target());
            expr(c.iter());
            exprs(c.ifs());
            depth--;
        }
    }

    private void withitems(List<Withitem> ws) {
        for (Withitem w : ws) {
            enter();
            expr(w.context_expr());
            expr(w.optional_vars());
            depth--;
        }
    }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            enter();
            expr(h.type());
            stmts(h.body());
            depth--;
        }
    }

    // ---- expressions ----

    @Override public Void visitBoolOp(Expr.BoolOp n) { exprs(n.values()); return null; }
    @Override public Void visitNamedExpr(Expr.NamedExpr n) { expr(n.target()); expr(n.value()); return null; }
    @Override public Void visitBinOp(Expr.BinOp n) { expr(n.left()); expr(n.right()); return null; }
    @Override public Void visitUnaryOp(Expr.UnaryOp n) { expr(n.operand()); return null; }
    @Override public Void visitLambda(Expr.Lambda n) { arguments(n.args()); expr(n.body()); return null; }
    @Override public Void visitIfExp(Expr.IfExp n) { expr(n.test()); expr(n.body()); expr(n.orelse()); return null; }
    @Override public Void visitDict(Expr.Dict n) { exprs(n.keys()); exprs(n.values()); return null; }
    @Override public Void visitSet(Expr.Set n) { exprs(n.elts()); return null; }
    @Override public Void visitListComp(Expr.ListComp n) { expr(n.elt()); generators(n.generators()); return null; }
    @Override public Void visitSetComp(Expr.SetComp n) { expr(n.elt()); generators(n.generators()); return null; }
    @Override public Void visitDictComp(Expr.DictComp n) { expr(n.key()); expr(n.value()); generators(n.generators()); return null; }
    @Override public Void visitGeneratorExp(Expr.GeneratorExp n) { expr(n.elt()); generators(n.generators()); return null; }
    @Override public Void visitAwait(Expr.Await n) { expr(n.value()); return null; }
    @Override public Void visitYield(Expr.Yield n) { expr(n.value()); return null; }
    @Override public Void visitYieldFrom(Expr.YieldFrom n) { expr(n.value()); return null; }
    @Override public Void visitCompare(Expr.Compare n) { expr(n.left()); exprs(n.comparators()); return null; }
    @Override public Void visitCall(Expr.Call n) { expr(n.func()); exprs(n.args()); keywords(n.keywords()); return null; }
    @Override public Void visitFormattedValue(Expr.FormattedValue n) { expr(n.value()); expr(n.format_spec()); return null; }
    @Override public Void visitJoinedStr(Expr.JoinedStr n) { exprs(n.values()); return null; }
    @Override public Void visitConstant(Expr.Constant n) { return null; }
    @Override public Void visitAttribute(Expr.Attribute n) { expr(n.value()); return null; }
    @Override public Void visitSubscript(Expr.Subscript n) { expr(n.value()); expr(n.slice()); return null; }
    @Override public Void visitStarred(Expr.Starred n) { expr(n.value()); return null; }
    @Override public Void visitName(Expr.Name n) { return null; }
    @Override public Void visitList(Expr.List n) { exprs(n.elts()); return null; }
    @Override public Void visitTuple(Expr.Tuple n) { exprs(n.elts()); return null; }
    @Override public Void visitSlice(Expr.Slice n) { expr(n.lower()); expr(n.upper()); expr(n.step()); return null; }

    // ---- statements ----

    @Override public Void visitFunctionDef(Stmt.FunctionDef n) {
        arguments(n.args()); stmts(n.body()); exprs(n.decorator_list()); expr(n.returns()); return null;
    }
    @Override public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) {
        arguments(n.args()); stmts(n.body()); exprs(n.decorator_list()); expr(n.returns()); return null;
    }
    @Override public Void visitClassDef(Stmt.ClassDef n) {
        exprs(n.bases()); keywords(n.keywords()); stmts(n.body()); exprs(n.decorator_list()); return null;
    }
    @Override public Void visitReturn(Stmt.Return n) { expr(n.value()); return null; }
    @Override public Void visitDelete(Stmt.Delete n) { exprs(n.targets()); return null; }
    @Override public Void visitAssign(Stmt.Assign n) { exprs(n.targets()); expr(n.value()); return null; }
    @Override public Void visitAugAssign(Stmt.AugAssign n) { expr(n.target()); expr(n.value()); return null; }
    @Override public Void visitAnnAssign(Stmt.AnnAssign n) { expr(n.target()); expr(n.annotation()); expr(n.value()); return null; }
    @Override public Void visitFor(Stmt.For n) { expr(n.target()); expr(n.iter()); stmts(n.body()); stmts(n.orelse()); return null; }
    @Override public Void visitAsyncFor(Stmt.AsyncFor n) { expr(n.target()); expr(n.iter()); stmts(n.body()); stmts(n.orelse()); return null; }
    @Override public Void visitWhile(Stmt.While n) { expr(n.test()); stmts(n.body()); stmts(n.orelse()); return null; }
    @Override public Void visitIf(Stmt.If n) { expr(n.test()); stmts(n.body()); stmts(n.orelse()); return null; }
    @Override public Void visitWith(Stmt.With n) { withitems(n.items()); stmts(n.body()); return null; }
    @Override public Void visitAsyncWith(Stmt.AsyncWith n) { withitems(n.items()); stmts(n.body()); return null; }
    @Override public Void visitMatch(Stmt.Match n) {
        expr(n.subject());
        for (MatchCase c : n.cases()) {
            enter();
            pattern(c.pattern());
            expr(c.guard());
            stmts(c.body());
            depth--;
        }
        return null;
    }
    @Override public Void visitRaise(Stmt.Raise n) { expr(n.exc()); expr(n.cause()); return null; }
    @Override public Void visitTry(Stmt.Try n) { stmts(n.body()); handlers(n.handlers()); stmts(n.orelse()); stmts(n.finalbody()); return null; }
    @Override public Void visitTryStar(Stmt.TryStar n) { stmts(n.body()); handlers(n.handlers()); stmts(n.orelse()); stmts(n.finalbody()); return null; }
    @Override public Void visitAssert(Stmt.Assert n) { expr(n.test()); expr(n.msg()); return null; }
    @Override public Void visitImport(Stmt.Import n) { return null; }
    @Override public Void visitImportFrom(Stmt.ImportFrom n) { return null; }
    @Override public Void visitGlobal(Stmt.Global n) { return null; }
    @Override public Void visitNonlocal(Stmt.Nonlocal n) { return null; }
    @Override public Void visitExpr(Stmt.Expr n) { expr(n.value()); return null; }
    @Override public Void visitPass(Stmt.Pass n) { return null; }
    @Override public Void visitBreak(Stmt.Break n) { return null; }
    @Override public Void visitContinue(Stmt.Continue n) { return null; }

    // ---- patterns ----

    @Override public Void visitMatchValue(Pattern.MatchValue n) { expr(n.value()); return null; }
    @Override public Void visitMatchSingleton(Pattern.MatchSingleton n) { return null; }
    @Override public Void visitMatchSequence(Pattern.MatchSequence n) { patterns(n.patterns()); return null; }
    @Override public Void visitMatchMapping(Pattern.MatchMapping n) { exprs(n.keys()); patterns(n.patterns()); return null; }
    @Override public Void visitMatchClass(Pattern.MatchClass n) { expr(n.cls()); patterns(n.patterns()); patterns(n.kwd_patterns()); return null; }
    @Override public Void visitMatchStar(Pattern.MatchStar n) { return null; }
    @Override public Void visitMatchAs(Pattern.MatchAs n) { pattern(n.pattern()); return null; }
    @Override public Void visitMatchOr(Pattern.MatchOr n) { patterns(n.patterns()); return null; }
}
