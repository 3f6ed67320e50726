package org.krait.compiler.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Node;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.symtable.Scope;
import org.krait.compiler.symtable.SymbolScope;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;

/**
 * Compiles an AST with its symbol table into code objects (CPython 3.11's Python/compile.c):
 * one {@code visitX} per statement here, expressions in {@link ExpressionCompiler}; frame blocks
 * for unwinding {@code break}, {@code continue} and {@code return}; exception handlers laid out
 * as 3.11's zero-cost {@code try}.
 */
public final class CodeGenerator implements Stmt.Visitor<Void> {

    private final SymbolTable table;
    private final String filename;
    /** Receives compile-time warnings as (line, message); the caller formats them. */
    final java.util.function.ObjIntConsumer<String> warnings;
    private final Deque<CodeUnit> units = new ArrayDeque<>();
    final ExpressionCompiler expr = new ExpressionCompiler(this);
    /** The unit being compiled. */
    CodeUnit u;

    private CodeGenerator(SymbolTable table, String filename, java.util.function.ObjIntConsumer<String> warnings) {
        this.table = table;
        this.filename = filename;
        this.warnings = warnings;
    }

    /** Compiles a module to its code object. */
    public static PyCode compileModule(Mod.Module module, SymbolTable table, String filename) {
        return compileModule(module, table, filename, (message, line) -> { });
    }

    /** Compiles a module, reporting SyntaxWarnings (message, line) to {@code warnings}. */
    public static PyCode compileModule(Mod.Module module, SymbolTable table, String filename,
            java.util.function.ObjIntConsumer<String> warnings) {
        CodeGenerator g = new CodeGenerator(table, filename, warnings);
        return g.module(module);
    }

    /** Compiles an expression ({@code eval} mode): its code returns the value. */
    public static PyCode compileExpression(Mod.Expression e, SymbolTable table, String filename) {
        CodeGenerator g = new CodeGenerator(table, filename, (message, line) -> { });
        g.enter(table.top(), CodeUnit.Kind.MODULE, "<module>", "<module>", 1, null);
        g.visitExpr(e.body());
        g.u.emit(Opcode.RETURN_VALUE);
        return g.leave();
    }

    /** Compiles an interactive statement ({@code single} mode): expression values are shown. */
    public static PyCode compileInteractive(Mod.Interactive m, SymbolTable table, String filename) {
        CodeGenerator g = new CodeGenerator(table, filename, (message, line) -> { });
        g.enter(table.top(), CodeUnit.Kind.MODULE, "<module>", "<module>", 1, null);
        g.interactive = true;
        g.visitBody(m.body());
        g.loadConst(PyNoneType.NONE);
        g.u.emit(Opcode.RETURN_VALUE);
        return g.leave();
    }

    /** In {@code single} mode, expression statements print their value. */
    private boolean interactive;

    private PyCode module(Mod.Module m) {
        enter(table.top(), CodeUnit.Kind.MODULE, "<module>", "<module>", 1, null);
        List<Stmt> body = m.body();
        int start = 0;
        if (!body.isEmpty() && docstring(body) != null) {
            u.setLocation(body.get(0));
            loadConst(docstring(body));
            u.emit(Opcode.STORE_NAME, u.addName("__doc__"));
            start = 1;
        }
        if (findAnnotations(body)) {
            u.emit(Opcode.SETUP_ANNOTATIONS);
        }
        for (int i = start; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        loadConst(PyNoneType.NONE);
        u.emit(Opcode.RETURN_VALUE);
        return leave();
    }

    /** Whether a module or class body has an annotated simple name (CPython's {@code find_ann}). */
    private static boolean findAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            if (s instanceof Stmt.For && (findAnnotations(((Stmt.For) s).body()) || findAnnotations(((Stmt.For) s).orelse()))
                    || s instanceof Stmt.While && (findAnnotations(((Stmt.While) s).body()) || findAnnotations(((Stmt.While) s).orelse()))
                    || s instanceof Stmt.If && (findAnnotations(((Stmt.If) s).body()) || findAnnotations(((Stmt.If) s).orelse()))
                    || s instanceof Stmt.With && findAnnotations(((Stmt.With) s).body())
                    || s instanceof Stmt.Try && (findAnnotations(((Stmt.Try) s).body()) || findAnnotations(((Stmt.Try) s).orelse())
                    || findAnnotations(((Stmt.Try) s).finalbody()))) {
                return true;
            }
        }
        return false;
    }

    /** Pushes the (name, annotation) pairs of a function as one tuple; returns MAKE_FUNCTION's flag for them. */
    private int annotations(org.krait.compiler.ast.Arguments a, Expr returns) {
        int n = 0;
        List<org.krait.compiler.ast.Arg> all = new java.util.ArrayList<>();
        all.addAll(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (org.krait.compiler.ast.Arg arg : all) {
            if (arg.annotation() != null) {
                loadConst(PyStr.of(mangle(arg.arg())));
                visitExpr(arg.annotation());
                n++;
            }
        }
        if (returns != null) {
            loadConst(PyStr.of("return"));
            visitExpr(returns);
            n++;
        }
        if (n == 0) {
            return 0;
        }
        u.emit(Opcode.BUILD_TUPLE, 2 * n);
        return 0x04;
    }

    // ---- units ------------------------------------------------------------------------------

    void enter(Scope scope, CodeUnit.Kind kind, String name, String qualname, int line, String privateName) {
        if (u != null) {
            units.push(u);
        }
        u = new CodeUnit(scope, kind, name, qualname, line, privateName);
        // CPython's insert_prefix_instructions: cells made, free variables copied, the generator
        // created, all before RESUME.
        for (String c : u.cellvars) {
            u.emit(Opcode.MAKE_CELL, u.derefIndex(c));
        }
        if (!u.freevars.isEmpty()) {
            u.emit(Opcode.COPY_FREE_VARS, u.freevars.size());
        }
        if (isGeneratorUnit(u)) {
            u.emit(Opcode.RETURN_GENERATOR);
            u.emit(Opcode.POP_TOP);
        }
        u.emit(Opcode.RESUME, 0);
    }

    /** Finishes the current unit: flags, then assembly. */
    PyCode leave() {
        CodeUnit done = u;
        if (isGeneratorUnit(done)) {
            // CPython's compute_code_flags: generator, coroutine, or both (an async generator).
            boolean gen = done.scope.isGenerator();
            boolean coro = done.scope.isCoroutine();
            done.flags |= gen && coro ? PyCode.CO_ASYNC_GENERATOR : coro ? PyCode.CO_COROUTINE : PyCode.CO_GENERATOR;
        }
        if (done.scope.isNested()) {
            done.flags |= PyCode.CO_NESTED;
        }
        if (done.isFunctionScope()) {
            done.flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        }
        PyCode code = Assembler.assemble(done, filename);
        u = units.isEmpty() ? null : units.pop();
        return code;
    }

    private static boolean isGeneratorUnit(CodeUnit unit) {
        return (unit.scope.isGenerator() || unit.scope.isCoroutine()) && unit.kind != CodeUnit.Kind.MODULE
                && unit.kind != CodeUnit.Kind.CLASS;
    }

    /** A SyntaxError the code generator finds (CPython's {@code compiler_error}), at {@code where}. */
    static SyntaxErrorException error(Located where, String msg) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError, msg, where.lineno(), where.col_offset() + 1,
                where.end_lineno(), where.end_col_offset() + 1, null);
    }

    // ---- helpers ----------------------------------------------------------------------------

    void loadConst(PyObject value) {
        u.emit(Opcode.LOAD_CONST, u.addConst(Constants.keyOf(value), value));
    }

    /** Adds a code object as a constant (never shared). */
    int addCodeConst(PyCode code) {
        return u.addConst(code, code);
    }

    static PyObject docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr) {
            Expr v = ((Stmt.Expr) body.get(0)).value();
            if (v instanceof Expr.Constant && ((Expr.Constant) v).value() instanceof String) {
                return PyStr.of((String) ((Expr.Constant) v).value());
            }
        }
        return null;
    }

    String mangle(String name) {
        String cls = u.privateName;
        if (cls == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = cls.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** Emits the load, store or delete of a name in the current scope (CPython's {@code compiler_nameop}). */
    void nameOp(String rawName, ExprContext ctx) {
        String name = mangle(rawName);
        SymbolScope scope = u.scopeOf(name);
        boolean fn = u.isFunctionScope();
        boolean isClass = u.kind == CodeUnit.Kind.CLASS;
        if (scope == SymbolScope.FREE || scope == SymbolScope.CELL) {
            int i = u.derefIndex(name);
            u.emit(ctx == ExprContext.Load ? (isClass ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF)
                    : ctx == ExprContext.Store ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF, i);
            return;
        }
        if (scope == SymbolScope.LOCAL && fn) {
            int i = u.addVarname(name);
            u.emit(ctx == ExprContext.Load ? Opcode.LOAD_FAST : ctx == ExprContext.Store ? Opcode.STORE_FAST
                    : Opcode.DELETE_FAST, i);
            return;
        }
        if (scope == SymbolScope.GLOBAL_EXPLICIT || (scope == SymbolScope.GLOBAL_IMPLICIT && fn)) {
            int i = u.addName(name);
            if (ctx == ExprContext.Load) {
                u.emit(Opcode.LOAD_GLOBAL, i << 1);
            } else {
                u.emit(ctx == ExprContext.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, i);
            }
            return;
        }
        int i = u.addName(name);
        u.emit(ctx == ExprContext.Load ? Opcode.LOAD_NAME : ctx == ExprContext.Store ? Opcode.STORE_NAME
                : Opcode.DELETE_NAME, i);
    }

    /** Whether loading {@code name} uses LOAD_GLOBAL here (so a call can fold PUSH_NULL into it). */
    boolean isGlobalLoad(String rawName) {
        SymbolScope scope = u.scopeOf(mangle(rawName));
        return scope == SymbolScope.GLOBAL_EXPLICIT || (scope == SymbolScope.GLOBAL_IMPLICIT && u.isFunctionScope());
    }

    void visitStmt(Stmt s) {
        u.setLocation(s);
        s.accept(this);
    }

    void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    void visitExpr(Expr e) {
        expr.visit(e);
    }

    // ---- functions and classes --------------------------------------------------------------

    private String qualnameFor(String name) {
        if (u.kind == CodeUnit.Kind.MODULE) {
            return name;
        }
        String base = u.qualname;
        if (u.kind == CodeUnit.Kind.FUNCTION || u.kind == CodeUnit.Kind.LAMBDA) {
            base = base + ".<locals>";
        }
        SymbolScope sc = u.scopeOf(mangle(name));
        if (sc == SymbolScope.GLOBAL_EXPLICIT) {
            return name;
        }
        return base + "." + name;
    }

    /** Emits MAKE_FUNCTION for {@code code} with the closure it needs and the given flags. */
    void makeClosure(PyCode code, int flags) {
        List<String> free = code.freevars();
        if (!free.isEmpty()) {
            for (String name : free) {
                u.emit(Opcode.LOAD_CLOSURE, u.derefIndex(name));
            }
            u.emit(Opcode.BUILD_TUPLE, free.size());
            flags |= 0x08;
        }
        u.emit(Opcode.LOAD_CONST, addCodeConst(code));
        u.emit(Opcode.MAKE_FUNCTION, flags);
    }

    /** Pushes defaults and keyword defaults; returns MAKE_FUNCTION's flags for them. */
    int defaults(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) {
                visitExpr(d);
            }
            u.emit(Opcode.BUILD_TUPLE, a.defaults().size());
            flags |= 0x01;
        }
        int nkw = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                loadConst(PyStr.of(mangle(a.kwonlyargs().get(i).arg())));
                visitExpr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            u.emit(Opcode.BUILD_MAP, nkw);
            flags |= 0x02;
        }
        return flags;
    }

    void setArgCounts(Arguments a) {
        u.argcount = a.posonlyargs().size() + a.args().size();
        u.posonlyargcount = a.posonlyargs().size();
        u.kwonlyargcount = a.kwonlyargs().size();
        if (a.vararg() != null) {
            u.flags |= PyCode.CO_VARARGS;
        }
        if (a.kwarg() != null) {
            u.flags |= PyCode.CO_VARKEYWORDS;
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), true);
        return null;
    }

    /** A {@code def} or {@code async def} statement (CPython's {@code compiler_function}). */
    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
            boolean async) {
        for (Expr d : decorators) {
            visitExpr(d);
        }
        int flags = defaults(args);
        flags |= annotations(args, returns);
        String qualname = qualnameFor(name);
        Scope scope = table.scopeOf(s);
        int firstLine = decorators.isEmpty() ? ((Located) s).lineno() : decorators.get(0).lineno();
        enter(scope, CodeUnit.Kind.FUNCTION, name, qualname, firstLine, u.privateName);
        u.async = async;
        PyObject doc = docstring(body);
        u.addConst(doc != null ? Constants.keyOf(doc) : PyNoneType.NONE, doc != null ? doc : PyNoneType.NONE);
        setArgCounts(args);
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        loadConst(PyNoneType.NONE);
        u.emit(Opcode.RETURN_VALUE);
        PyCode code = leave();
        u.setLocation(s);
        makeClosure(code, flags);
        for (int i = 0; i < decorators.size(); i++) {
            u.emit(Opcode.PRECALL, 0);
            u.emit(Opcode.CALL, 0);
        }
        nameOp(name, ExprContext.Store);
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        for (Expr d : s.decorator_list()) {
            visitExpr(d);
        }
        int firstLine = s.decorator_list().isEmpty() ? s.lineno() : s.decorator_list().get(0).lineno();
        String qualname = qualnameFor(s.name());
        enter(table.scopeOf(s), CodeUnit.Kind.CLASS, s.name(), qualname, firstLine, s.name());
        u.setLine(firstLine);
        u.emit(Opcode.LOAD_NAME, u.addName("__name__"));
        u.emit(Opcode.STORE_NAME, u.addName("__module__"));
        loadConst(PyStr.of(qualname));
        u.emit(Opcode.STORE_NAME, u.addName("__qualname__"));
        List<Stmt> body = s.body();
        int start = 0;
        PyObject doc = docstring(body);
        if (doc != null) {
            u.setLocation(body.get(0));
            loadConst(doc);
            u.emit(Opcode.STORE_NAME, u.addName("__doc__"));
            start = 1;
        }
        if (findAnnotations(body)) {
            u.emit(Opcode.SETUP_ANNOTATIONS);
        }
        for (int i = start; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        if (u.cellvars.contains("__class__")) {
            u.emit(Opcode.LOAD_CLOSURE, u.derefIndex("__class__"));
            u.emit(Opcode.COPY, 1);
            u.emit(Opcode.STORE_NAME, u.addName("__classcell__"));
        } else {
            loadConst(PyNoneType.NONE);
        }
        u.emit(Opcode.RETURN_VALUE);
        PyCode code = leave();
        u.setLocation(s);
        u.emit(Opcode.PUSH_NULL);
        u.emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(code, 0);
        loadConst(PyStr.of(s.name()));
        expr.callHelper(2, s.bases(), s.keywords(), null);
        for (int i = 0; i < s.decorator_list().size(); i++) {
            u.emit(Opcode.PRECALL, 0);
            u.emit(Opcode.CALL, 0);
        }
        nameOp(s.name(), ExprContext.Store);
        return null;
    }

    // ---- simple statements ------------------------------------------------------------------

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() != null && u.async && u.scope.isGenerator()) {
            throw error(s, "'return' with value in async generator");
        }
        boolean preserve = s.value() != null && !(s.value() instanceof Expr.Constant);
        if (preserve) {
            visitExpr(s.value());
        }
        Handler saved = u.handler;
        unwindAll(preserve, null);
        if (s.value() == null) {
            loadConst(PyNoneType.NONE);
        } else if (!preserve) {
            u.setLocation(s);
            loadConst(Constants.toPy(((Expr.Constant) s.value()).value()));
        }
        u.emit(Opcode.RETURN_VALUE);
        u.handler = saved;
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) {
            expr.visit(t);
        }
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        visitExpr(s.value());
        for (int i = 0; i < s.targets().size(); i++) {
            if (i < s.targets().size() - 1) {
                u.emit(Opcode.COPY, 1);
            }
            expr.visit(s.targets().get(i));
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        expr.augAssign(s);
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            visitExpr(s.value());
            expr.visit(s.target());
        }
        if (s.target() instanceof Expr.Name && s.simple() != 0 && !u.isFunctionScope()) {
            visitExpr(s.annotation());
            u.emit(Opcode.LOAD_NAME, u.addName("__annotations__"));
            loadConst(PyStr.of(mangle(((Expr.Name) s.target()).id())));
            u.emit(Opcode.STORE_SUBSCR);
        }
        return null;
    }

    @Override
    public Void visitExpr(Stmt.Expr s) {
        if (interactive && u.kind == CodeUnit.Kind.MODULE) {
            visitExpr(s.value());
            u.emit(Opcode.PRINT_EXPR);
            return null;
        }
        if (s.value() instanceof Expr.Constant) {
            return null;
        }
        visitExpr(s.value());
        u.emit(Opcode.POP_TOP);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        u.emit(Opcode.NOP);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        Label end = new Label();
        visitExpr(s.test());
        u.emitJump(Opcode.POP_JUMP_IF_TRUE, end);
        u.emit(Opcode.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            visitExpr(s.msg());
            u.emit(Opcode.PRECALL, 0);
            u.emit(Opcode.CALL, 0);
        }
        u.emit(Opcode.RAISE_VARARGS, 1);
        u.bind(end);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            visitExpr(s.exc());
            n++;
            if (s.cause() != null) {
                visitExpr(s.cause());
                n++;
            }
        }
        u.emit(Opcode.RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(org.krait.runtime.objects.PyInt.of(0));
            loadConst(PyNoneType.NONE);
            u.emit(Opcode.IMPORT_NAME, u.addName(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                for (int i = 1; i < parts.length; i++) {
                    u.emit(Opcode.IMPORT_FROM, u.addName(parts[i]));
                    u.emit(Opcode.SWAP, 2);
                    u.emit(Opcode.POP_TOP);
                }
                nameOp(a.asname(), ExprContext.Store);
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot < 0 ? a.name() : a.name().substring(0, dot), ExprContext.Store);
            }
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        loadConst(org.krait.runtime.objects.PyInt.of(s.level()));
        PyObject[] names = new PyObject[s.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(s.names().get(i).name());
        }
        loadConst(PyTuple.fromArray(names));
        u.emit(Opcode.IMPORT_NAME, u.addName(s.module() == null ? "" : s.module()));
        if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
            u.emit(Opcode.IMPORT_STAR);
            return null;
        }
        for (Alias a : s.names()) {
            u.emit(Opcode.IMPORT_FROM, u.addName(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
        }
        u.emit(Opcode.POP_TOP);
        return null;
    }

    // ---- control flow -----------------------------------------------------------------------

    @Override
    public Void visitIf(Stmt.If s) {
        Label end = new Label();
        Label orelse = s.orelse().isEmpty() ? end : new Label();
        expr.jumpIf(s.test(), orelse, false);
        visitBody(s.body());
        if (!s.orelse().isEmpty()) {
            u.emitJump(Opcode.JUMP, end);
            u.bind(orelse);
            visitBody(s.orelse());
        }
        u.bind(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        Label loop = new Label();
        Label body = new Label();
        Label anchor = new Label();
        Label exit = new Label();
        u.bind(loop);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.WHILE_LOOP, loop, exit, null, null, s.lineno()));
        expr.jumpIf(s.test(), anchor, false);
        u.bind(body);
        visitBody(s.body());
        u.setLocation(s);
        expr.jumpIf(s.test(), body, true);
        u.fblocks.pop();
        u.bind(anchor);
        visitBody(s.orelse());
        u.bind(exit);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        Label start = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        visitExpr(ConstantFolder.foldIter(s.iter()));
        u.setLocation(s);
        u.emit(Opcode.GET_ITER);
        u.bind(start);
        u.emitJump(Opcode.FOR_ITER, cleanup);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.FOR_LOOP, start, end, null, null, s.lineno()));
        expr.visit(s.target());
        visitBody(s.body());
        // The jump back is artificial (CPython's UNSET_LOC): the assembler gives it the line before it, if any.
        u.setLine(-1);
        u.emitJump(Opcode.JUMP, start);
        u.setLocation(s);
        u.fblocks.pop();
        u.bind(cleanup);
        visitBody(s.orelse());
        u.bind(end);
        return null;
    }

    /** {@code async for} (CPython's {@code compiler_async_for}): each step awaits {@code __anext__()}. */
    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        if (!u.async) {
            throw error(s, "'async for' outside async function");
        }
        Label start = new Label();
        Label except = new Label();
        Label end = new Label();
        Handler outer = u.handler;
        visitExpr(s.iter());
        u.setLocation(s);
        u.emit(Opcode.GET_AITER);
        u.bind(start);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.FOR_LOOP, start, end, null, null, s.lineno()));
        u.setup(Opcode.SETUP_FINALLY, except);
        u.emit(Opcode.GET_ANEXT);
        loadConst(PyNoneType.NONE);
        expr.yieldFrom(true);
        u.popBlock();
        expr.visit(s.target());
        visitBody(s.body());
        u.setLine(-1);
        u.emitJump(Opcode.JUMP, start);
        u.setLocation(s);
        u.fblocks.pop();
        u.handler = outer;
        u.bind(except);
        u.setLocation(s.iter());
        u.emit(Opcode.END_ASYNC_FOR);
        visitBody(s.orelse());
        u.bind(end);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        Handler saved = u.handler;
        FrameBlock loop = unwindAll(false, FrameBlock.Type.FOR_LOOP);
        unwind(loop, false);
        u.emitJump(Opcode.JUMP, loop.exit);
        u.handler = saved;
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        Handler saved = u.handler;
        FrameBlock loop = unwindAll(false, FrameBlock.Type.WHILE_LOOP);
        u.emitJump(Opcode.JUMP, loop.block);
        u.handler = saved;
        return null;
    }

    /**
     * Unwinds the frame blocks up to the innermost loop ({@code untilLoop} non-null) or all of them
     * (for return), emitting their exits. Returns the loop block found. The caller restores the
     * handler afterwards: the POP_BLOCKs emitted here end handlers only on this path.
     */
    private FrameBlock unwindAll(boolean preserve, FrameBlock.Type untilLoop) {
        Deque<FrameBlock> removed = new ArrayDeque<>();
        FrameBlock found = null;
        try {
            while (!u.fblocks.isEmpty()) {
                FrameBlock top = u.fblocks.peek();
                if (untilLoop != null && (top.type == FrameBlock.Type.WHILE_LOOP || top.type == FrameBlock.Type.FOR_LOOP)) {
                    found = top;
                    break;
                }
                u.fblocks.pop();
                removed.push(top);
                unwind(top, preserve);
            }
        } finally {
            while (!removed.isEmpty()) {
                u.fblocks.push(removed.pop());
            }
        }
        if (untilLoop != null && found == null) {
            throw new IllegalStateException("'break' or 'continue' outside loop survived the parser");
        }
        return found;
    }

    /** Emits the exit of one frame block (CPython's {@code compiler_unwind_fblock}). */
    private void unwind(FrameBlock b, boolean preserve) {
        switch (b.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
                return;
            case FOR_LOOP:
                if (preserve) {
                    u.emit(Opcode.SWAP, 2);
                }
                u.emit(Opcode.POP_TOP);
                return;
            case TRY_EXCEPT:
                u.popBlock();
                return;
            case FINALLY_TRY:
                u.popBlock();
                if (preserve) {
                    u.fblocks.push(new FrameBlock(FrameBlock.Type.POP_VALUE, null, null, null, null, 0));
                }
                visitBody(b.finalBody);
                if (preserve) {
                    u.fblocks.pop();
                }
                return;
            case FINALLY_END:
                if (preserve) {
                    u.emit(Opcode.SWAP, 2);
                }
                u.emit(Opcode.POP_TOP);
                if (preserve) {
                    u.emit(Opcode.SWAP, 2);
                }
                u.popBlock();
                u.emit(Opcode.POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH:
                u.setLine(b.line);
                u.popBlock();
                if (preserve) {
                    u.emit(Opcode.SWAP, 2);
                }
                callExitWithNones();
                if (b.type == FrameBlock.Type.ASYNC_WITH) {
                    u.emit(Opcode.GET_AWAITABLE, 2);
                    loadConst(PyNoneType.NONE);
                    expr.yieldFrom(true);
                }
                u.emit(Opcode.POP_TOP);
                return;
            case HANDLER_CLEANUP:
                if (b.name != null) {
                    u.popBlock();
                }
                if (preserve) {
                    u.emit(Opcode.SWAP, 2);
                }
                u.popBlock();
                u.emit(Opcode.POP_EXCEPT);
                if (b.name != null) {
                    loadConst(PyNoneType.NONE);
                    nameOp(b.name, ExprContext.Store);
                    nameOp(b.name, ExprContext.Del);
                }
                return;
            case POP_VALUE:
                if (preserve) {
                    u.emit(Opcode.SWAP, 2);
                }
                u.emit(Opcode.POP_TOP);
                return;
            default:
                throw new IllegalStateException(b.type.toString());
        }
    }

    private void callExitWithNones() {
        loadConst(PyNoneType.NONE);
        loadConst(PyNoneType.NONE);
        loadConst(PyNoneType.NONE);
        u.emit(Opcode.PRECALL, 2);
        u.emit(Opcode.CALL, 2);
    }

    /** COPY 3; POP_EXCEPT; RERAISE 1: the cleanup that restores the previous exception and re-raises. */
    private void popExceptAndReraise() {
        u.emit(Opcode.COPY, 3);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE, 1);
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        if (s.finalbody().isEmpty()) {
            tryExcept(s);
        } else if (s.handlers().isEmpty()) {
            tryFinally(s.finalbody(), s.lineno(), () -> visitBody(s.body()));
        } else {
            tryFinally(s.finalbody(), s.lineno(), () -> tryExcept(s));
        }
        return null;
    }

    /**
     * {@code try: body finally: finalbody} for both try statements: the final body is compiled
     * twice, once for the normal exit and once in the handler that re-raises.
     */
    private void tryFinally(List<Stmt> finalbody, int lineno, Runnable body) {
        Label end = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        Handler outer = u.handler;
        u.setup(Opcode.SETUP_FINALLY, end);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.FINALLY_TRY, null, end, finalbody, null, lineno));
        body.run();
        u.popBlock();
        u.fblocks.pop();
        visitBody(finalbody);
        u.emitJump(Opcode.JUMP, exit);
        u.handler = outer;
        u.bind(end);
        u.setup(Opcode.SETUP_CLEANUP, cleanup);
        u.emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.FINALLY_END, null, null, null, null, lineno));
        visitBody(finalbody);
        u.fblocks.pop();
        u.emit(Opcode.RERAISE, 0);
        u.handler = outer;
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(exit);
    }

    private void tryExcept(Stmt.Try s) {
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Handler outer = u.handler;
        u.setup(Opcode.SETUP_FINALLY, except);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.TRY_EXCEPT, null, null, null, null, s.lineno()));
        visitBody(s.body());
        u.fblocks.pop();
        u.popBlock();
        visitBody(s.orelse());
        u.emitJump(Opcode.JUMP, end);
        u.handler = outer;
        u.bind(except);
        u.setup(Opcode.SETUP_CLEANUP, cleanup);
        Handler inHandler = u.handler;
        u.emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.EXCEPTION_HANDLER, null, null, null, null, s.lineno()));
        int n = s.handlers().size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            u.setLocation(h);
            Label next = new Label();
            if (h.type() != null) {
                visitExpr(h.type());
                u.emit(Opcode.CHECK_EXC_MATCH);
                u.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                nameOp(h.name(), ExprContext.Store);
                u.setup(Opcode.SETUP_CLEANUP, cleanupEnd);
                u.fblocks.push(new FrameBlock(FrameBlock.Type.HANDLER_CLEANUP, null, null, null, h.name(), h.lineno()));
                visitBody(h.body());
                u.fblocks.pop();
                u.popBlock();
                u.popBlock();
                u.emit(Opcode.POP_EXCEPT);
                loadConst(PyNoneType.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                u.emitJump(Opcode.JUMP, end);
                u.handler = inHandler;
                u.bind(cleanupEnd);
                loadConst(PyNoneType.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                u.emit(Opcode.RERAISE, 1);
            } else {
                u.emit(Opcode.POP_TOP);
                u.fblocks.push(new FrameBlock(FrameBlock.Type.HANDLER_CLEANUP, null, null, null, null, h.lineno()));
                visitBody(h.body());
                u.fblocks.pop();
                u.popBlock();
                u.emit(Opcode.POP_EXCEPT);
                u.emitJump(Opcode.JUMP, end);
            }
            u.handler = inHandler;
            u.bind(next);
        }
        u.fblocks.pop();
        u.emit(Opcode.RERAISE, 0);
        u.handler = outer;
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(end);
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        if (s.finalbody().isEmpty()) {
            tryStarExcept(s);
        } else {
            tryFinally(s.finalbody(), s.lineno(), () -> tryStarExcept(s));
        }
        return null;
    }

    /** CPython's {@code compiler_try_star_except}: handlers split the group; what is left is re-raised. */
    private void tryStarExcept(Stmt.TryStar s) {
        Label except = new Label();
        Label orelse = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        Handler outer = u.handler;
        u.setup(Opcode.SETUP_FINALLY, except);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.TRY_EXCEPT, null, null, null, null, s.lineno()));
        visitBody(s.body());
        u.fblocks.pop();
        u.popBlock();
        u.emitJump(Opcode.JUMP, orelse);
        u.handler = outer;
        u.bind(except);
        u.setup(Opcode.SETUP_CLEANUP, cleanup);
        Handler inHandler = u.handler;
        u.emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.push(new FrameBlock(FrameBlock.Type.EXCEPTION_HANDLER, null, null, null, null, s.lineno()));
        int n = s.handlers().size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            u.setLocation(h);
            Label afterBody = new Label();
            Label exceptWithError = new Label();
            Label noMatch = new Label();
            if (i == 0) {
                u.emit(Opcode.BUILD_LIST, 0);
                u.emit(Opcode.COPY, 2);
            }
            visitExpr(h.type());
            u.emit(Opcode.CHECK_EG_MATCH);
            u.emit(Opcode.COPY, 1);
            u.emitJump(Opcode.POP_JUMP_IF_NONE, noMatch);
            Label cleanupEnd = new Label();
            if (h.name() != null) {
                nameOp(h.name(), ExprContext.Store);
            } else {
                u.emit(Opcode.POP_TOP);
            }
            u.setup(Opcode.SETUP_CLEANUP, cleanupEnd);
            u.fblocks.push(new FrameBlock(FrameBlock.Type.HANDLER_CLEANUP, null, null, null, h.name(), h.lineno()));
            visitBody(h.body());
            u.fblocks.pop();
            u.popBlock();
            if (h.name() != null) {
                loadConst(PyNoneType.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
            }
            u.emitJump(Opcode.JUMP, afterBody);
            u.handler = inHandler;
            u.bind(cleanupEnd);
            if (h.name() != null) {
                loadConst(PyNoneType.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
            }
            u.emit(Opcode.LIST_APPEND, 3);
            u.emit(Opcode.POP_TOP);
            u.emitJump(Opcode.JUMP, exceptWithError);
            u.bind(afterBody);
            u.emit(Opcode.NOP);
            u.emitJump(Opcode.JUMP, exceptWithError);
            u.bind(noMatch);
            u.emit(Opcode.POP_TOP);
            u.bind(exceptWithError);
            if (i == n - 1) {
                u.emit(Opcode.LIST_APPEND, 1);
                u.emitJump(Opcode.JUMP, reraiseStar);
            }
        }
        u.fblocks.pop();
        Label reraise = new Label();
        u.bind(reraiseStar);
        u.emit(Opcode.PREP_RERAISE_STAR);
        u.emit(Opcode.COPY, 1);
        u.emitJump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        u.emit(Opcode.POP_TOP);
        u.popBlock();
        u.emit(Opcode.POP_EXCEPT);
        u.emitJump(Opcode.JUMP, end);
        u.handler = inHandler;
        u.bind(reraise);
        u.popBlock();
        u.emit(Opcode.SWAP, 2);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE, 0);
        u.handler = outer;
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(orelse);
        visitBody(s.orelse());
        u.bind(end);
    }

    @Override
    public Void visitWith(Stmt.With s) {
        with(s, s.items(), s.body(), 0, false);
        return null;
    }

    /** {@code async with} (CPython's {@code compiler_async_with}): enter and exit are awaited. */
    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        if (!u.async) {
            throw error(s, "'async with' outside async function");
        }
        with(s, s.items(), s.body(), 0, true);
        return null;
    }

    /** Awaits the awaitable on the stack; {@code where} is GET_AWAITABLE's argument (1 enter, 2 exit). */
    private void await(int where) {
        u.emit(Opcode.GET_AWAITABLE, where);
        loadConst(PyNoneType.NONE);
        expr.yieldFrom(true);
    }

    private void with(Stmt s, List<Withitem> items, List<Stmt> body, int pos, boolean async) {
        Withitem item = items.get(pos);
        Label fin = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        Handler outer = u.handler;
        visitExpr(item.context_expr());
        u.setLocation(s);
        if (async) {
            u.emit(Opcode.BEFORE_ASYNC_WITH);
            await(1);
        } else {
            u.emit(Opcode.BEFORE_WITH);
        }
        u.setup(Opcode.SETUP_WITH, fin);
        u.fblocks.push(new FrameBlock(async ? FrameBlock.Type.ASYNC_WITH : FrameBlock.Type.WITH, null, null, null, null,
                ((Located) s).lineno()));
        if (item.optional_vars() != null) {
            expr.visit(item.optional_vars());
        } else {
            u.emit(Opcode.POP_TOP);
        }
        if (pos + 1 == items.size()) {
            visitBody(body);
        } else {
            with(s, items, body, pos + 1, async);
        }
        u.popBlock();
        u.fblocks.pop();
        u.setLocation(s);
        callExitWithNones();
        if (async) {
            await(2);
        }
        u.emit(Opcode.POP_TOP);
        u.emitJump(Opcode.JUMP, exit);
        u.handler = outer;
        u.bind(fin);
        u.setup(Opcode.SETUP_CLEANUP, cleanup);
        Handler inCleanup = u.handler;
        u.emit(Opcode.PUSH_EXC_INFO);
        u.emit(Opcode.WITH_EXCEPT_START);
        if (async) {
            await(2);
        }
        Label suppress = new Label();
        u.emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        u.emit(Opcode.RERAISE, 2);
        u.handler = outer;
        u.bind(cleanup);
        popExceptAndReraise();
        u.handler = inCleanup;
        u.bind(suppress);
        u.emit(Opcode.POP_TOP);
        u.popBlock();
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.POP_TOP);
        u.emit(Opcode.POP_TOP);
        u.bind(exit);
    }


    @Override
    public Void visitMatch(Stmt.Match s) {
        new PatternCompiler(this).compileMatch(s);
        return null;
    }

    /** Keywords and positional args of a call are compiled by the expression compiler. */
    static boolean hasStarred(List<Expr> args, List<Keyword> kws) {
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return true;
            }
        }
        for (Keyword k : kws) {
            if (k.arg() == null) {
                return true;
            }
        }
        return false;
    }

    Scope scopeOf(Node n) {
        return table.scopeOf(n);
    }
}
