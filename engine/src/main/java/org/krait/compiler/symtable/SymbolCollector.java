package org.krait.compiler.symtable;

import static org.krait.compiler.symtable.SymbolFlags.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;

/**
 * The first pass (CPython's {@code symtable_visit_*}): walks the tree, opens a {@link Scope} per
 * block and records the raw facts about each name (bound, used, parameter, declared global...).
 * Raises the errors that can be seen while walking: misplaced declarations, duplicate parameters,
 * {@code import *} outside the module, {@code yield} in comprehensions, walrus misuse.
 */
final class SymbolCollector implements Stmt.Visitor<Void>, Expr.Visitor<Void>, Pattern.Visitor<Void> {

    private final ErrorReporter errors;
    private final boolean futureAnnotations;
    /** The open blocks, innermost last (annotation blocks included, as in CPython's {@code st_stack}). */
    private final List<Scope> stack = new ArrayList<>();
    private final Map<Object, Scope> blocks;
    private Scope cur;
    private Scope top;
    /** The name of the innermost enclosing class, for mangling; {@code null} outside classes. */
    private String privateName;

    SymbolCollector(ErrorReporter errors, boolean futureAnnotations, Map<Object, Scope> blocks) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
        this.blocks = blocks;
    }

    /** Opens the module block, visits {@code body} in it, and returns it. */
    Scope collectModule(Object key, List<Stmt> body) {
        enterBlock("top", ScopeKind.MODULE, key, 0, 0, 0, 0);
        top = cur;
        visitStmts(body);
        exitBlock();
        return top;
    }

    /** Opens the module block and visits one expression in it ({@code eval} mode). */
    Scope collectExpression(Object key, Expr body) {
        enterBlock("top", ScopeKind.MODULE, key, 0, 0, 0, 0);
        top = cur;
        visit(body);
        exitBlock();
        return top;
    }

    // ---- blocks and definitions

    private void enterBlock(String name, ScopeKind kind, Object key, Located at) {
        enterBlock(name, kind, key, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    private void enterBlock(String name, ScopeKind kind, Object key, int lineno, int col, int endLineno, int endCol) {
        Scope prev = cur;
        boolean nested = prev != null && (prev.isNested() || prev.kind() == ScopeKind.FUNCTION);
        Scope ste = new Scope(name, kind, lineno, col, endLineno, endCol, nested);
        // bpo-37757: every walrus inside the outermost iterable is rejected, even in nested blocks
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        stack.add(ste);
        cur = ste;
        if (kind == ScopeKind.ANNOTATION) {
            return;
        }
        blocks.put(key, ste);
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private int lookup(String name) {
        Integer v = cur.symbols.get(NameMangler.mangle(privateName, name));
        return v == null ? 0 : v;
    }

    private void addDef(String name, int flag, Located at) {
        addDef(name, flag, cur, at);
    }

    private void addDef(String name, int flag, Scope ste, Located at) {
        String mangled = NameMangler.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw errors.at(at, "duplicate argument '" + name + "' in function definition");
            }
            val |= old;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at(at, "comprehension inner loop cannot rebind assignment expression target '" + name + "'");
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void recordDirective(String name, Located at) {
        cur.directives.add(new Scope.Directive(NameMangler.mangle(privateName, name), at));
    }

    // ---- statements

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            s.accept(this);
        }
    }

    private void visit(Expr e) {
        e.accept(this);
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            e.accept(this);
        }
    }

    /** Sequences where CPython allows holes ({@code kw_defaults}, {@code Dict.keys}). */
    private void visitExprsWithNulls(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                e.accept(this);
            }
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitExprsWithNulls(args.kw_defaults());
        visitAnnotations(s, args, returns);
        visitExprs(decorators);
        enterBlock(name, ScopeKind.FUNCTION, s, s);
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        visitFunction(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        visitFunction(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), true);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s);
        visitExprs(s.bases());
        visitKeywords(s.keywords());
        visitExprs(s.decorator_list());
        enterBlock(s.name(), ScopeKind.CLASS, s, s);
        String outerPrivate = privateName;
        privateName = s.name();
        visitStmts(s.body());
        privateName = outerPrivate;
        exitBlock();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() != null) {
            visit(s.value());
            cur.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        visitExprs(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        visitExprs(s.targets());
        visit(s.value());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        visit(s.target());
        visit(s.value());
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name) {
            Expr.Name target = (Expr.Name) s.target();
            int flags = lookup(target.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple() != 0) {
                String kind = (flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at(s, "annotated name '" + target.id() + "' can't be " + kind);
            }
            if (s.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target);
            }
            if (s.value() != null) {
                addDef(target.id(), DEF_LOCAL, target);
            }
        } else {
            visit(s.target());
        }
        visitAnnotation(s.annotation());
        if (s.value() != null) {
            visit(s.value());
        }
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        visit(s.target());
        visit(s.iter());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        visit(s.target());
        visit(s.iter());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        visit(s.test());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        visit(s.test());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        visitWithItems(s.items());
        visitStmts(s.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        visitWithItems(s.items());
        visitStmts(s.body());
        return null;
    }

    private void visitWithItems(List<Withitem> items) {
        for (Withitem item : items) {
            visit(item.context_expr());
            if (item.optional_vars() != null) {
                visit(item.optional_vars());
            }
        }
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        visit(s.subject());
        for (MatchCase c : s.cases()) {
            c.pattern().accept(this);
            if (c.guard() != null) {
                visit(c.guard());
            }
            visitStmts(c.body());
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        if (s.exc() != null) {
            visit(s.exc());
            if (s.cause() != null) {
                visit(s.cause());
            }
        }
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        visitTry(s.body(), s.handlers(), s.orelse(), s.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        visitTry(s.body(), s.handlers(), s.orelse(), s.finalbody());
        return null;
    }

    /** CPython visits the {@code else} block before the handlers. */
    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visit(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        visit(s.test());
        if (s.msg() != null) {
            visit(s.msg());
        }
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        visitAliases(s.names());
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        visitAliases(s.names());
        return null;
    }

    private void visitAliases(List<Alias> aliases) {
        for (Alias a : aliases) {
            String name = a.asname() == null ? a.name() : a.asname();
            if (name.equals("*")) {
                if (cur.kind() != ScopeKind.MODULE) {
                    throw errors.at(a, "import * only allowed at module level");
                }
                continue;
            }
            int dot = name.indexOf('.');
            addDef(dot < 0 ? name : name.substring(0, dot), DEF_IMPORT, a);
        }
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        declare(s, s.names(), DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        declare(s, s.names(), DEF_NONLOCAL, "nonlocal");
        return null;
    }

    private void declare(Stmt s, List<String> names, int flag, String word) {
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + word;
                } else if ((flags & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + word + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + word;
                } else {
                    msg = "name '" + name + "' is assigned to before " + word + " declaration";
                }
                throw errors.at(s, msg);
            }
            addDef(name, flag, s);
            recordDirective(name, s);
        }
    }

    @Override
    public Void visitExpr(Stmt.Expr s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    // ---- parameters and annotations

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> params) {
        for (Arg p : params) {
            addDef(p.arg(), DEF_PARAM, p);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeKind.ANNOTATION, annotation, annotation);
        }
        visit(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    /** The parameters' annotations (in one block under future annotations), then the return annotation. */
    private void visitAnnotations(Stmt s, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeKind.ANNOTATION, s, s);
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visit(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visit(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> params) {
        for (Arg p : params) {
            if (p.annotation() != null) {
                visit(p.annotation());
            }
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        if (cur.kind() == ScopeKind.ANNOTATION) {
            throw errors.at(e, "'" + what + "' can not be used within an annotation");
        }
    }

    // ---- expressions

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        raiseIfAnnotationBlock("named expression", e);
        if (cur.compIterExpr > 0) {
            throw errors.at(e, "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur.comprehension) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visit(e.value());
        visit(e.target());
        return null;
    }

    /**
     * Binds a walrus target written in a comprehension in the nearest enclosing function (as
     * nonlocal there, or global when declared so) or in the module (as global).
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension) {
                Integer flags = ste.symbols.get(name);
                if (flags != null && (flags & DEF_COMP_ITER) != 0) {
                    throw errors.at(target, "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
                continue;
            }
            if (ste.kind() == ScopeKind.FUNCTION) {
                Integer flags = ste.symbols.get(name);
                addDef(name, flags != null && (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                recordDirective(name, target);
                addDef(name, DEF_LOCAL, ste, target);
                return;
            }
            if (ste.kind() == ScopeKind.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                recordDirective(name, target);
                addDef(name, DEF_GLOBAL, ste, target);
                return;
            }
            if (ste.kind() == ScopeKind.CLASS) {
                throw errors.at(target, "assignment expression within a comprehension cannot be used in a class body");
            }
        }
        throw new IllegalStateException("walrus in a comprehension with no enclosing function, class or module");
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visit(e.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        visitExprs(e.args().defaults());
        visitExprsWithNulls(e.args().kw_defaults());
        enterBlock("lambda", ScopeKind.FUNCTION, e, e);
        visitArguments(e.args());
        visit(e.body());
        exitBlock();
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        visit(e.test());
        visit(e.body());
        visit(e.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        visitExprsWithNulls(e.keys());
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        visitComprehension(e, "listcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        visitComprehension(e, "setcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        visitComprehension(e, "dictcomp", e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        visitComprehension(e, "genexpr", e.generators(), e.elt(), null);
        return null;
    }

    /**
     * A comprehension's block: the first iterable is evaluated outside (and passed in as the
     * implicit parameter {@code .0}); everything else is inside.
     */
    private void visitComprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visit(outermost.iter());
        cur.compIterExpr--;
        enterBlock(name, ScopeKind.FUNCTION, e, e);
        if (outermost.is_async() != 0) {
            cur.coroutine = true;
        }
        cur.comprehension = true;
        addDef(".0", DEF_PARAM, e);
        cur.compIterTarget = true;
        visit(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            visit(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visit(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
            if (g.is_async() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visit(value);
        }
        visit(elt);
        cur.generator = e instanceof Expr.GeneratorExp;
        // An async list, set or dict comprehension is awaited where it stands, which makes the
        // enclosing block a coroutine too (CPython 3.11, bpo-33346).
        boolean awaitedHere = cur.coroutine && !cur.generator;
        exitBlock();
        if (awaitedHere) {
            cur.coroutine = true;
        }
    }

    /** A {@code yield} directly in a comprehension's block; the message names the comprehension kind. */
    private void raiseIfComprehension(Expr yield) {
        if (!cur.comprehension) {
            return;
        }
        String where;
        switch (cur.name()) {
            case "listcomp":
                where = "list comprehension";
                break;
            case "setcomp":
                where = "set comprehension";
                break;
            case "dictcomp":
                where = "dict comprehension";
                break;
            default:
                where = "generator expression";
                break;
        }
        throw errors.at(yield, "'yield' inside " + where);
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        raiseIfAnnotationBlock("await expression", e);
        visit(e.value());
        cur.coroutine = true;
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        raiseIfAnnotationBlock("yield expression", e);
        if (e.value() != null) {
            visit(e.value());
        }
        cur.generator = true;
        raiseIfComprehension(e);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        raiseIfAnnotationBlock("yield expression", e);
        visit(e.value());
        cur.generator = true;
        raiseIfComprehension(e);
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        visitExprs(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        visit(e.func());
        visitExprs(e.args());
        visitKeywords(e.keywords());
        return null;
    }

    private void visitKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            visit(k.value());
        }
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        if (e.format_spec() != null) {
            visit(e.format_spec());
        }
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        boolean load = e.ctx() == ExprContext.Load;
        addDef(e.id(), load ? USE : DEF_LOCAL, e);
        // super() needs the class cell: count it as a use of __class__
        if (load && cur.kind() == ScopeKind.FUNCTION && e.id().equals("super")) {
            addDef("__class__", USE, e);
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        if (e.lower() != null) {
            visit(e.lower());
        }
        if (e.upper() != null) {
            visit(e.upper());
        }
        if (e.step() != null) {
            visit(e.step());
        }
        return null;
    }

    // ---- patterns

    @Override
    public Void visitMatchValue(Pattern.MatchValue p) {
        visit(p.value());
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton p) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence p) {
        visitPatterns(p.patterns());
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping p) {
        visitExprs(p.keys());
        visitPatterns(p.patterns());
        if (p.rest() != null) {
            addDef(p.rest(), DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass p) {
        visit(p.cls());
        visitPatterns(p.patterns());
        visitPatterns(p.kwd_patterns());
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar p) {
        if (p.name() != null) {
            addDef(p.name(), DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs p) {
        if (p.pattern() != null) {
            p.pattern().accept(this);
        }
        if (p.name() != null) {
            addDef(p.name(), DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr p) {
        visitPatterns(p.patterns());
        return null;
    }

    private void visitPatterns(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            p.accept(this);
        }
    }
}
