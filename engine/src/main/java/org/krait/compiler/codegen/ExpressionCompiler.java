package org.krait.compiler.codegen;

import java.util.List;
import org.krait.compiler.ast.Cmpop;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Unaryop;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;

/**
 * The expression half of the code generator: one {@code visitX} per expression node, in load,
 * store or delete context, plus calls, conditional jumps, augmented assignment and
 * comprehensions (CPython's {@code compiler_visit_expr1} and friends).
 */
final class ExpressionCompiler implements Expr.Visitor<Void> {

    private final CodeGenerator g;

    ExpressionCompiler(CodeGenerator g) {
        this.g = g;
    }

    private CodeUnit u() {
        return g.u;
    }

    private Instr emit(Opcode op, int arg) {
        return g.u.emit(op, arg);
    }

    private Instr emit(Opcode op) {
        return g.u.emit(op, 0);
    }

    /** Compiles {@code e}, its instructions carrying its line. */
    void visit(Expr e) {
        CodeUnit cu = u();
        int line = cu.line;
        int endLine = cu.endLine;
        int col = cu.col;
        int endCol = cu.endCol;
        cu.setLocation(e);
        Expr folded = ConstantFolder.fold(e);
        folded.accept(this);
        cu.line = line;
        cu.endLine = endLine;
        cu.col = col;
        cu.endCol = endCol;
    }

    /**
     * For an attribute access spanning lines, starts the location at the attribute's name (CPython's
     * {@code update_start_location_to_match_attr}), so errors point at the line of the name.
     */
    private void matchAttr(Expr.Attribute a) {
        CodeUnit cu = u();
        if (cu.line != a.end_lineno()) {
            cu.line = a.end_lineno();
            int len = a.attr().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (len <= a.end_col_offset()) {
                cu.col = a.end_col_offset() - len;
            } else {
                cu.col = -1;
                cu.endCol = -1;
            }
            cu.endLine = Math.max(cu.line, cu.endLine);
            if (cu.line == cu.endLine) {
                cu.endCol = Math.max(cu.col, cu.endCol);
            }
        }
    }

    /** Jumps to {@code target} when {@code e}'s truth equals {@code cond}, else falls through. */
    void jumpIf(Expr e, Label target, boolean cond) {
        if (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op() == Unaryop.Not) {
            jumpIf(((Expr.UnaryOp) e).operand(), target, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp) {
            Expr.BoolOp b = (Expr.BoolOp) e;
            boolean isOr = b.op() == org.krait.compiler.ast.Boolop.Or;
            Label next2 = target;
            if (isOr != cond) {
                next2 = new Label();
            }
            List<Expr> vals = b.values();
            for (int i = 0; i < vals.size() - 1; i++) {
                jumpIf(vals.get(i), next2, isOr);
            }
            jumpIf(vals.get(vals.size() - 1), target, cond);
            if (next2 != target) {
                u().bind(next2);
            }
            return;
        }
        visit(e);
        u().emitJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
    }

    // ---- names, constants, operators --------------------------------------------------------

    @Override
    public Void visitConstant(Expr.Constant e) {
        g.loadConst(Constants.toPy(e.value()));
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        if (e.ctx() == ExprContext.Load && e.id().equals("__debug__")) {
            // CPython's AST optimizer makes __debug__ a constant: True, as Krait does not
            // compile with -O's optimisation level yet
            g.loadConst(PyBool.TRUE);
            return null;
        }
        g.nameOp(e.id(), e.ctx());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        emit(Opcode.BINARY_OP, binaryOperator(e.op()));
        return null;
    }

    /** BINARY_OP's argument for an operator (CPython's NB_* numbering). */
    static int binaryOperator(Operator op) {
        switch (op) {
            case Add: return 0;
            case BitAnd: return 1;
            case FloorDiv: return 2;
            case LShift: return 3;
            case MatMult: return 4;
            case Mult: return 5;
            case Mod: return 6;
            case BitOr: return 7;
            case Pow: return 8;
            case RShift: return 9;
            case Sub: return 10;
            case Div: return 11;
            default: return 12;
        }
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visit(e.operand());
        switch (e.op()) {
            case Not: emit(Opcode.UNARY_NOT); break;
            case USub: emit(Opcode.UNARY_NEGATIVE); break;
            case UAdd: emit(Opcode.UNARY_POSITIVE); break;
            default: emit(Opcode.UNARY_INVERT); break;
        }
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        Label end = new Label();
        Opcode jump = e.op() == org.krait.compiler.ast.Boolop.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        List<Expr> vals = e.values();
        for (int i = 0; i < vals.size() - 1; i++) {
            visit(vals.get(i));
            u().emitJump(jump, end);
        }
        visit(vals.get(vals.size() - 1));
        u().bind(end);
        return null;
    }

    private void compareOp(Cmpop op) {
        switch (op) {
            case Lt: emit(Opcode.COMPARE_OP, 0); break;
            case LtE: emit(Opcode.COMPARE_OP, 1); break;
            case Eq: emit(Opcode.COMPARE_OP, 2); break;
            case NotEq: emit(Opcode.COMPARE_OP, 3); break;
            case Gt: emit(Opcode.COMPARE_OP, 4); break;
            case GtE: emit(Opcode.COMPARE_OP, 5); break;
            case Is: emit(Opcode.IS_OP, 0); break;
            case IsNot: emit(Opcode.IS_OP, 1); break;
            case In: emit(Opcode.CONTAINS_OP, 0); break;
            default: emit(Opcode.CONTAINS_OP, 1); break;
        }
    }

    /** CPython's {@code check_is_arg}: true unless {@code e} is a literal other than None, True, False, Ellipsis. */
    private static boolean isOkForIs(Expr e) {
        Expr f = ConstantFolder.fold(e);
        if (!(f instanceof Expr.Constant)) {
            return true;
        }
        Object v = ((Expr.Constant) f).value();
        return v == org.krait.compiler.ast.Singleton.None || v == org.krait.compiler.ast.Singleton.Ellipsis
                || v instanceof Boolean || v == null;
    }

    /** The SyntaxWarning of {@code x is 1} (CPython's {@code compiler_check_compare}). */
    private void checkCompare(Expr.Compare e) {
        Expr left = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            Cmpop op = e.ops().get(i);
            Expr right = e.comparators().get(i);
            if ((op == Cmpop.Is || op == Cmpop.IsNot) && (!isOkForIs(left) || !isOkForIs(right))) {
                g.warnings.accept(op == Cmpop.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", e.lineno());
                return;
            }
            left = right;
        }
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        checkCompare(e);
        visit(e.left());
        int n = e.ops().size();
        if (n == 1) {
            visit(e.comparators().get(0));
            compareOp(e.ops().get(0));
            return null;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            visit(e.comparators().get(i));
            emit(Opcode.SWAP, 2);
            emit(Opcode.COPY, 2);
            compareOp(e.ops().get(i));
            u().emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(e.comparators().get(n - 1));
        compareOp(e.ops().get(n - 1));
        u().emitJump(Opcode.JUMP, end);
        u().bind(cleanup);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_TOP);
        u().bind(end);
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        Label orelse = new Label();
        Label end = new Label();
        jumpIf(e.test(), orelse, false);
        visit(e.body());
        u().emitJump(Opcode.JUMP, end);
        u().bind(orelse);
        visit(e.orelse());
        u().bind(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visit(e.value());
        emit(Opcode.COPY, 1);
        visit(e.target());
        return null;
    }

    // ---- attributes and subscripts ----------------------------------------------------------

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        matchAttr(e);
        int name = u().addName(g.mangle(e.attr()));
        switch (e.ctx()) {
            case Load: emit(Opcode.LOAD_ATTR, name); break;
            case Store: emit(Opcode.STORE_ATTR, name); break;
            default: emit(Opcode.DELETE_ATTR, name); break;
        }
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        switch (e.ctx()) {
            case Load: emit(Opcode.BINARY_SUBSCR); break;
            case Store: emit(Opcode.STORE_SUBSCR); break;
            default: emit(Opcode.DELETE_SUBSCR); break;
        }
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        int n = 2;
        loadOrNone(e.lower());
        loadOrNone(e.upper());
        if (e.step() != null) {
            visit(e.step());
            n = 3;
        }
        emit(Opcode.BUILD_SLICE, n);
        return null;
    }

    private void loadOrNone(Expr e) {
        if (e == null) {
            g.loadConst(PyNoneType.NONE);
        } else {
            visit(e);
        }
    }

    /** {@code target op= value} (CPython's {@code compiler_augassign}). */
    void augAssign(Stmt.AugAssign s) {
        Expr t = s.target();
        int op = binaryOperator(s.op()) + 13;
        if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            visit(a.value());
            emit(Opcode.COPY, 1);
            int name = u().addName(g.mangle(a.attr()));
            emit(Opcode.LOAD_ATTR, name);
            visit(s.value());
            u().setLocation(s);
            emit(Opcode.BINARY_OP, op);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_ATTR, name);
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            visit(sub.value());
            visit(sub.slice());
            emit(Opcode.COPY, 2);
            emit(Opcode.COPY, 2);
            emit(Opcode.BINARY_SUBSCR);
            visit(s.value());
            u().setLocation(s);
            emit(Opcode.BINARY_OP, op);
            emit(Opcode.SWAP, 3);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_SUBSCR);
        } else {
            Expr.Name n = (Expr.Name) t;
            g.nameOp(n.id(), ExprContext.Load);
            visit(s.value());
            u().setLocation(s);
            emit(Opcode.BINARY_OP, op);
            g.nameOp(n.id(), ExprContext.Store);
        }
    }

    // ---- displays ---------------------------------------------------------------------------

    /** CPython's {@code STACK_USE_GUIDELINE}: displays and calls with more items are built step by step. */
    private static final int STACK_USE_GUIDELINE = 30;

    private static boolean allConstants(List<Expr> elts) {
        for (Expr x : elts) {
            if (!(ConstantFolder.fold(x) instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds a list, set or tuple display as CPython's {@code starunpack_helper}: more than two
     * constants are loaded as one constant tuple (a frozenset for a set) extending an empty
     * collection; more than 30 items or a starred one are added one by one to a collection built
     * empty or from the items before the first starred one (a tuple through a list).
     */
    private void starredCollection(List<Expr> elts, Opcode build, boolean tuple) {
        boolean set = build == Opcode.BUILD_SET;
        if (!tuple && elts.size() > 2 && allConstants(elts)) {
            emit(build, 0);
            Expr items = set ? ConstantFolder.foldIter(new Expr.Set(elts, 0, 0, 0, 0))
                    : ConstantFolder.fold(new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0));
            // Loaded where the display is: the position given to the made-up node is never used.
            items.accept(this);
            if (set) {
                emit(Opcode.SET_UPDATE, 1);
            } else {
                emit(Opcode.LIST_EXTEND, 1);
            }
            return;
        }
        boolean big = elts.size() > STACK_USE_GUIDELINE;
        if (!hasStarred(elts) && !big) {
            for (Expr x : elts) {
                visit(x);
            }
            emit(build, elts.size());
            return;
        }
        int before = 0;
        while (!big && !(elts.get(before) instanceof Expr.Starred)) {
            visit(elts.get(before));
            before++;
        }
        emit(build == Opcode.BUILD_SET ? Opcode.BUILD_SET : Opcode.BUILD_LIST, before);
        for (int i = before; i < elts.size(); i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred) {
                visit(((Expr.Starred) x).value());
                emit(build == Opcode.BUILD_SET ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                visit(x);
                emit(build == Opcode.BUILD_SET ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (tuple) {
            emit(Opcode.LIST_TO_TUPLE);
        }
    }

    @Override
    public Void visitList(Expr.List e) {
        if (e.ctx() != ExprContext.Load) {
            unpackTargets(e.elts(), e.ctx());
            return null;
        }
        starredCollection(e.elts(), Opcode.BUILD_LIST, false);
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        if (e.ctx() != ExprContext.Load) {
            unpackTargets(e.elts(), e.ctx());
            return null;
        }
        starredCollection(e.elts(), Opcode.BUILD_TUPLE, true);
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        starredCollection(e.elts(), Opcode.BUILD_SET, false);
        return null;
    }

    private void unpackTargets(List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.Del) {
            for (Expr x : elts) {
                visit(x);
            }
            return;
        }
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            emit(Opcode.UNPACK_SEQUENCE, elts.size());
        } else {
            emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr x : elts) {
            visit(x instanceof Expr.Starred ? ((Expr.Starred) x).value() : x);
        }
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        throw new UnsupportedFeatureException("starred expression here");
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < e.keys().size(); i++) {
            Expr k = e.keys().get(i);
            if (k == null) {
                if (pending > 0 || !built) {
                    emit(Opcode.BUILD_MAP, pending);
                    if (built) {
                        emit(Opcode.DICT_UPDATE, 1);
                    }
                    built = true;
                    pending = 0;
                }
                visit(e.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else {
                visit(k);
                visit(e.values().get(i));
                pending++;
            }
        }
        if (!built || pending > 0) {
            emit(Opcode.BUILD_MAP, pending);
            if (built) {
                emit(Opcode.DICT_UPDATE, 1);
            }
        }
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        for (Expr v : e.values()) {
            visit(v);
        }
        if (e.values().size() != 1) {
            emit(Opcode.BUILD_STRING, e.values().size());
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        int flags;
        switch (e.conversion()) {
            case 's': flags = 1; break;
            case 'r': flags = 2; break;
            case 'a': flags = 3; break;
            default: flags = 0; break;
        }
        if (e.format_spec() != null) {
            visit(e.format_spec());
            flags |= 4;
        }
        emit(Opcode.FORMAT_VALUE, flags);
        return null;
    }

    // ---- calls ------------------------------------------------------------------------------

    /** The Python type name of a constant's value (without reaching the runtime's types). */
    private static String constantTypeName(Object v) {
        if (v instanceof String || v instanceof org.krait.compiler.ast.CodePointStr) {
            return "str";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof org.krait.compiler.ast.Imaginary) {
            return "complex";
        }
        if (v instanceof org.krait.compiler.ast.Bytes) {
            return "bytes";
        }
        if (v == org.krait.compiler.ast.Singleton.Ellipsis) {
            return "ellipsis";
        }
        if (v instanceof PyTuple) {
            return "tuple";
        }
        if (v instanceof org.krait.runtime.objects.PyInt) {
            return v instanceof org.krait.runtime.objects.PyBool ? "bool" : "int";
        }
        if (v instanceof org.krait.runtime.objects.PyFloat) {
            return "float";
        }
        if (v instanceof org.krait.runtime.objects.PyComplex) {
            return "complex";
        }
        if (v instanceof PyStr) {
            return "str";
        }
        return "NoneType";
    }

    /** The SyntaxWarning of calling a literal (CPython's {@code compiler_check_caller}). */
    private void checkCaller(Expr f, int line) {
        String type = null;
        Expr folded = ConstantFolder.fold(f);
        if (folded instanceof Expr.Constant) {
            type = constantTypeName(((Expr.Constant) folded).value());
        } else if (f instanceof Expr.Tuple) {
            type = "tuple";
        } else if (f instanceof Expr.List || f instanceof Expr.ListComp) {
            type = "list";
        } else if (f instanceof Expr.Dict || f instanceof Expr.DictComp) {
            type = "dict";
        } else if (f instanceof Expr.Set || f instanceof Expr.SetComp) {
            type = "set";
        } else if (f instanceof Expr.GeneratorExp) {
            type = "generator";
        } else if (f instanceof Expr.JoinedStr || f instanceof Expr.FormattedValue) {
            type = "str";
        }
        if (type != null) {
            g.warnings.accept("'" + type + "' object is not callable; perhaps you missed a comma?", line);
        }
    }

    @Override
    public Void visitCall(Expr.Call e) {
        checkCaller(e.func(), e.lineno());
        Expr f = e.func();
        boolean simple = !CodeGenerator.hasStarred(e.args(), e.keywords());
        if (simple && f instanceof Expr.Attribute && ((Expr.Attribute) f).ctx() == ExprContext.Load) {
            Expr.Attribute a = (Expr.Attribute) f;
            visit(a.value());
            u().setLocation(a);
            matchAttr(a);
            emit(Opcode.LOAD_METHOD, u().addName(g.mangle(a.attr())));
            u().setLocation(e);
            callHelper(0, e.args(), e.keywords(), e);
            return null;
        }
        if (f instanceof Expr.Name && g.isGlobalLoad(((Expr.Name) f).id())) {
            int i = u().addName(g.mangle(((Expr.Name) f).id()));
            u().setLocation(f);
            emit(Opcode.LOAD_GLOBAL, (i << 1) | 1);
            u().setLocation(e);
        } else {
            emit(Opcode.PUSH_NULL);
            visit(f);
        }
        callHelper(0, e.args(), e.keywords(), e);
        return null;
    }

    /** Pushes arguments after {@code extra} already pushed ones and emits the call at {@code at} (or here). */
    void callHelper(int extra, List<Expr> args, List<Keyword> keywords, org.krait.compiler.ast.Located at) {
        if (CodeGenerator.hasStarred(args, keywords)) {
            callEx(extra, args, keywords, at);
            return;
        }
        for (Expr a : args) {
            visit(a);
        }
        int n = extra + args.size() + keywords.size();
        if (!keywords.isEmpty()) {
            PyObject[] names = new PyObject[keywords.size()];
            for (int i = 0; i < names.length; i++) {
                visit(keywords.get(i).value());
                names[i] = PyStr.of(keywords.get(i).arg());
            }
            PyTuple t = PyTuple.fromArray(names);
            if (at != null) {
                u().setLocation(at);
            }
            emit(Opcode.KW_NAMES, u().addConst(Constants.keyOf(t), t));
        }
        if (at != null) {
            u().setLocation(at);
        }
        emit(Opcode.PRECALL, n);
        emit(Opcode.CALL, n);
    }

    /** A call with {@code *args} or {@code **kwargs}: CALL_FUNCTION_EX over a tuple and a dict. */
    private void callEx(int extra, List<Expr> args, List<Keyword> keywords, org.krait.compiler.ast.Located at) {
        if (extra > 0) {
            emit(Opcode.BUILD_LIST, extra);
            for (Expr a : args) {
                if (a instanceof Expr.Starred) {
                    visit(((Expr.Starred) a).value());
                    emit(Opcode.LIST_EXTEND, 1);
                } else {
                    visit(a);
                    emit(Opcode.LIST_APPEND, 1);
                }
            }
            emit(Opcode.LIST_TO_TUPLE);
        } else if (args.size() == 1 && args.get(0) instanceof Expr.Starred) {
            visit(((Expr.Starred) args.get(0)).value());
        } else {
            starredCollection(args, Opcode.BUILD_TUPLE, true);
        }
        if (!keywords.isEmpty()) {
            int pending = 0;
            boolean built = false;
            for (Keyword k : keywords) {
                if (k.arg() == null) {
                    if (!built) {
                        emit(Opcode.BUILD_MAP, pending);
                        built = true;
                        pending = 0;
                    } else if (pending > 0) {
                        emit(Opcode.BUILD_MAP, pending);
                        emit(Opcode.DICT_MERGE, 1);
                        pending = 0;
                    }
                    visit(k.value());
                    emit(Opcode.DICT_MERGE, 1);
                } else {
                    g.loadConst(PyStr.of(k.arg()));
                    visit(k.value());
                    pending++;
                }
            }
            if (pending > 0) {
                emit(Opcode.BUILD_MAP, pending);
                if (built) {
                    emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        if (at != null) {
            u().setLocation(at);
        }
        emit(Opcode.CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    // ---- functions: lambda and comprehensions -----------------------------------------------

    @Override
    public Void visitLambda(Expr.Lambda e) {
        int flags = g.defaults(e.args());
        String qualname = qualname("<lambda>");
        g.enter(g.scopeOf(e), CodeUnit.Kind.LAMBDA, "<lambda>", qualname, e.lineno(), u().privateName);
        u().addConst(PyNoneType.NONE, PyNoneType.NONE);
        g.setArgCounts(e.args());
        visit(e.body());
        emit(Opcode.RETURN_VALUE);
        PyCode code = g.leave();
        g.makeClosure(code, flags);
        return null;
    }

    private String qualname(String name) {
        CodeUnit cu = u();
        if (cu.kind == CodeUnit.Kind.MODULE) {
            return name;
        }
        if (cu.kind == CodeUnit.Kind.CLASS) {
            return cu.qualname + "." + name;
        }
        return cu.qualname + ".<locals>." + name;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "<listcomp>", e.generators(), e.elt(), null, Opcode.BUILD_LIST);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "<setcomp>", e.generators(), e.elt(), null, Opcode.BUILD_SET);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "<dictcomp>", e.generators(), e.key(), e.value(), Opcode.BUILD_MAP);
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "<genexpr>", e.generators(), e.elt(), null, null);
        return null;
    }

    /**
     * A comprehension (CPython's {@code compiler_comprehension}): a function of the first
     * iterator, called at once. One whose block is a coroutine (an {@code async for} or an
     * {@code await} inside) takes an async iterator and, unless it is a generator expression
     * (then an async generator), is awaited where it stands.
     */
    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr val, Opcode build) {
        boolean async = g.scopeOf(node).isCoroutine();
        CodeUnit.Kind outer = u().kind;
        boolean outerAsync = u().async;
        if (async && build != null && !(outerAsync && outer == CodeUnit.Kind.FUNCTION)
                && outer != CodeUnit.Kind.COMPREHENSION) {
            throw CodeGenerator.error(node, "asynchronous comprehension outside of an asynchronous function");
        }
        String qualname = qualname(name);
        g.enter(g.scopeOf(node), CodeUnit.Kind.COMPREHENSION, name, qualname, node.lineno(), u().privateName);
        u().argcount = 1;
        u().async = async;
        if (build != null) {
            emit(build, 0);
        }
        comprehensionGenerator(gens, 0, elt, val, build);
        if (build == null) {
            g.loadConst(PyNoneType.NONE);
        }
        emit(Opcode.RETURN_VALUE);
        PyCode code = g.leave();
        g.makeClosure(code, 0);
        visit(ConstantFolder.foldIter(gens.get(0).iter()));
        emit(gens.get(0).is_async() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        u().setLocation(node);
        emit(Opcode.PRECALL, 0);
        emit(Opcode.CALL, 0);
        if (async && build != null) {
            emit(Opcode.GET_AWAITABLE, 0);
            g.loadConst(PyNoneType.NONE);
            yieldFrom(true);
        }
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, Expr elt, Expr val, Opcode build) {
        Comprehension gen = gens.get(index);
        boolean async = gen.is_async() != 0;
        Label start = new Label();
        Label ifCleanup = new Label();
        Label anchor = new Label();
        if (index == 0) {
            emit(Opcode.LOAD_FAST, u().addVarname(".0"));
        } else {
            visit(ConstantFolder.foldIter(gen.iter()));
            emit(async ? Opcode.GET_AITER : Opcode.GET_ITER);
        }
        u().bind(start);
        Handler outer = u().handler;
        if (async) {
            // (CPython's compiler_async_comprehension_generator) StopAsyncIteration from the
            // awaited __anext__() ends this loop at END_ASYNC_FOR.
            u().setup(Opcode.SETUP_FINALLY, anchor);
            emit(Opcode.GET_ANEXT);
            g.loadConst(PyNoneType.NONE);
            yieldFrom(true);
            u().popBlock();
        } else {
            u().emitJump(Opcode.FOR_ITER, anchor);
        }
        visit(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, elt, val, build);
        } else {
            int depth = gens.size() + 1;
            if (build == null) {
                visit(elt);
                if (u().async) {
                    emit(Opcode.ASYNC_GEN_WRAP);
                }
                emit(Opcode.YIELD_VALUE);
                emit(Opcode.RESUME, 1);
                emit(Opcode.POP_TOP);
            } else if (build == Opcode.BUILD_LIST) {
                visit(elt);
                emit(Opcode.LIST_APPEND, depth);
            } else if (build == Opcode.BUILD_SET) {
                visit(elt);
                emit(Opcode.SET_ADD, depth);
            } else {
                visit(elt);
                visit(val);
                emit(Opcode.MAP_ADD, depth);
            }
        }
        u().bind(ifCleanup);
        u().emitJump(Opcode.JUMP, start);
        u().handler = outer;
        u().bind(anchor);
        if (async) {
            emit(Opcode.END_ASYNC_FOR);
        }
    }

    // ---- generators -------------------------------------------------------------------------

    @Override
    public Void visitYield(Expr.Yield e) {
        loadOrNone(e.value());
        if (u().async) {
            emit(Opcode.ASYNC_GEN_WRAP);
        }
        emit(Opcode.YIELD_VALUE);
        emit(Opcode.RESUME, 1);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (u().async) {
            throw CodeGenerator.error(e, "'yield from' inside async function");
        }
        visit(e.value());
        emit(Opcode.GET_YIELD_FROM_ITER);
        g.loadConst(PyNoneType.NONE);
        yieldFrom(false);
        return null;
    }

    /**
     * The delegation loop of {@code yield from} and {@code await} (CPython's
     * {@code compiler_add_yield_from}): the iterator and the first value to send are on the stack.
     */
    void yieldFrom(boolean await) {
        Label start = new Label();
        Label exit = new Label();
        u().bind(start);
        u().emitJump(Opcode.SEND, exit);
        emit(Opcode.YIELD_VALUE);
        emit(Opcode.RESUME, await ? 3 : 2);
        u().emitJump(Opcode.JUMP_BACKWARD_NO_INTERRUPT, start);
        u().bind(exit);
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (u().kind != CodeUnit.Kind.FUNCTION && u().kind != CodeUnit.Kind.LAMBDA
                && u().kind != CodeUnit.Kind.COMPREHENSION) {
            throw CodeGenerator.error(e, "'await' outside function");
        }
        if (!u().async) {
            throw CodeGenerator.error(e, "'await' outside async function");
        }
        visit(e.value());
        u().setLocation(e);
        emit(Opcode.GET_AWAITABLE, 0);
        g.loadConst(PyNoneType.NONE);
        yieldFrom(true);
        return null;
    }
}
