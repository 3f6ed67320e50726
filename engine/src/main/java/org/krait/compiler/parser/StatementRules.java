package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;

/** The statement rules: simple statements, blocks, and the compound statements except {@code match}. */
abstract class StatementRules extends ParameterRules {

    StatementRules(TokenSource source, Parser.Mode mode) {
        super(source, mode);
    }

    abstract Stmt match_stmt();

    abstract void invalid_assignment();

    abstract void invalid_del_stmt();

    abstract void invalid_block();

    abstract void invalid_import_from_targets();

    abstract void invalid_class_def_raw();

    abstract void invalid_def_raw();

    abstract void invalid_if_stmt(boolean elif);

    abstract void invalid_else_stmt();

    abstract void invalid_while_stmt();

    abstract void invalid_for_stmt();

    abstract void invalid_with_stmt_indent();

    abstract void invalid_with_stmt();

    abstract void invalid_with_item();

    abstract void invalid_try_stmt();

    abstract void invalid_except_stmt_indent();

    abstract void invalid_except_star_stmt_indent();

    abstract void invalid_except_stmt();

    abstract void invalid_finally_stmt();

    /** {@code statements: statement+}, flattened; null when there is none. */
    final List<Stmt> statements() {
        List<Stmt> out = null;
        while (true) {
            List<Stmt> s = statement();
            if (s == null) {
                return out;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(s);
        }
    }

    /** {@code statement: compound_stmt | simple_stmts}. */
    final List<Stmt> statement() {
        Stmt c = compound_stmt();
        if (c != null) {
            return single(c);
        }
        return simple_stmts();
    }

    /** {@code simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE}. */
    final List<Stmt> simple_stmts() {
        int m = pos;
        Stmt a = simple_stmt();
        if (a == null) {
            return null;
        }
        List<Stmt> out = single(a);
        while (at(SEMI)) {
            int save = pos;
            pos++;
            Stmt c = simple_stmt();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(SEMI);
        if (!accept(NEWLINE)) {
            return fail(m);
        }
        return out;
    }

    /** {@code simple_stmt} (memo). */
    final Stmt simple_stmt() {
        Memo hit = memo(R_SIMPLE_STMT);
        if (hit != null) {
            pos = hit.end;
            return (Stmt) hit.value;
        }
        int m = pos;
        enter();
        Stmt r = simple_stmt_body();
        if (r == null) {
            pos = m;
        }
        level--;
        store(m, R_SIMPLE_STMT, r);
        return r;
    }

    private Stmt simple_stmt_body() {
        int m = pos;
        Token s = token(m);
        switch (s.kind) {
            case RETURN: {
                pos++;
                Expr a = star_expressions();
                Token e = last();
                return new Stmt.Return(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            case IMPORT:
                return import_name();
            case FROM:
                return import_from();
            case RAISE:
                return raise_stmt();
            case PASS:
                pos++;
                return new Stmt.Pass(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case DEL:
                return del_stmt();
            case ASSERT:
                return assert_stmt();
            case BREAK:
                pos++;
                return new Stmt.Break(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case CONTINUE:
                pos++;
                return new Stmt.Continue(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case GLOBAL:
            case NONLOCAL:
                return global_or_nonlocal(s);
            default:
                break;
        }
        Stmt a = assignment();
        if (a != null) {
            return a;
        }
        Expr e = star_expressions();
        if (e != null) {
            Token end = last();
            return new Stmt.Expr(e, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
        }
        if (s.kind == YIELD) {
            Expr y = yield_expr();
            if (y != null) {
                Token end = last();
                return new Stmt.Expr(y, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
            }
        }
        return null;
    }

    /** {@code assignment}: annotated, plain and augmented assignments. */
    final Stmt assignment() {
        int m = pos;
        Token s = token(m);
        // NAME ':' expression ['=' annotated_rhs]
        if (s.kind == NAME && kindAt(1) == COLON) {
            pos += 2;
            Expr b = expression();
            if (b != null) {
                Expr c = assignedValue();
                Token e = last();
                return new Stmt.AnnAssign(Actions.setContext(Actions.name(s), ExprContext.Store), b, c, 1,
                        s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr target = null;
        if (s.kind == LPAR) {
            pos++;
            target = single_target();
            if (target == null || !accept(RPAR)) {
                target = null;
                pos = m;
            }
        }
        if (target == null) {
            target = single_subscript_attribute_target();
        }
        if (target != null && accept(COLON)) {
            Expr b = expression();
            if (b != null) {
                Expr c = assignedValue();
                Token e = last();
                return new Stmt.AnnAssign(target, b, c, 0, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = m;
        // (star_targets '=')+ (yield_expr | star_expressions) !'='
        List<Expr> targets = null;
        while (true) {
            int save = pos;
            Expr z = star_targets();
            if (z == null || !accept(EQUAL)) {
                pos = save;
                break;
            }
            if (targets == null) {
                targets = new ArrayList<>(1);
            }
            targets.add(z);
        }
        if (targets != null) {
            Expr b = annotated_rhs();
            if (b != null && !at(EQUAL)) {
                Token e = last();
                return new Stmt.Assign(targets, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = m;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr a = single_target();
        if (a != null) {
            Operator op = augassign();
            if (op != null) {
                Expr c = annotated_rhs();
                if (c == null) {
                    return fail(m);
                }
                Token e = last();
                return new Stmt.AugAssign(a, op, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_assignment();
        }
        return null;
    }

    private Expr assignedValue() {
        int save = pos;
        if (accept(EQUAL)) {
            Expr d = annotated_rhs();
            if (d != null) {
                return d;
            }
        }
        pos = save;
        return null;
    }

    /** {@code annotated_rhs: yield_expr | star_expressions}. */
    final Expr annotated_rhs() {
        Expr y = yield_expr();
        return y != null ? y : star_expressions();
    }

    /** {@code augassign}: the operator of an augmented assignment token, consumed; or null. */
    final Operator augassign() {
        Operator op;
        switch (kind()) {
            case PLUSEQUAL: op = Operator.Add; break;
            case MINEQUAL: op = Operator.Sub; break;
            case STAREQUAL: op = Operator.Mult; break;
            case ATEQUAL: op = Operator.MatMult; break;
            case SLASHEQUAL: op = Operator.Div; break;
            case PERCENTEQUAL: op = Operator.Mod; break;
            case AMPEREQUAL: op = Operator.BitAnd; break;
            case VBAREQUAL: op = Operator.BitOr; break;
            case CIRCUMFLEXEQUAL: op = Operator.BitXor; break;
            case LEFTSHIFTEQUAL: op = Operator.LShift; break;
            case RIGHTSHIFTEQUAL: op = Operator.RShift; break;
            case DOUBLESTAREQUAL: op = Operator.Pow; break;
            case DOUBLESLASHEQUAL: op = Operator.FloorDiv; break;
            default: return null;
        }
        pos++;
        return op;
    }

    /** {@code raise_stmt: 'raise' expression ['from' expression] | 'raise'}. */
    final Stmt raise_stmt() {
        Token s = expect(RAISE);
        Expr a = expression();
        Expr b = null;
        if (a != null && at(FROM)) {
            int save = pos;
            pos++;
            b = expression();
            if (b == null) {
                pos = save;
            }
        }
        Token e = last();
        return new Stmt.Raise(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code global_stmt} and {@code nonlocal_stmt}: the keyword and {@code ','.NAME+}. */
    private Stmt global_or_nonlocal(Token s) {
        int m = pos;
        pos++;
        Token n = expect(NAME);
        if (n == null) {
            return fail(m);
        }
        List<String> names = single(Actions.identifier(n.text));
        while (at(COMMA) && kindAt(1) == NAME) {
            names.add(Actions.identifier(token(pos + 1).text));
            pos += 2;
        }
        Token e = last();
        if (s.kind == GLOBAL) {
            return new Stmt.Global(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return new Stmt.Nonlocal(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt}. */
    final Stmt del_stmt() {
        int m = pos;
        Token s = expect(DEL);
        List<Expr> a = del_targets();
        if (a != null && (at(SEMI) || at(NEWLINE))) {
            Token e = last();
            return new Stmt.Delete(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        pos = m;
        if (callInvalid) {
            invalid_del_stmt();
        }
        return null;
    }

    /** {@code assert_stmt: 'assert' expression [',' expression]}. */
    final Stmt assert_stmt() {
        int m = pos;
        Token s = expect(ASSERT);
        Expr a = expression();
        if (a == null) {
            return fail(m);
        }
        Expr b = null;
        if (at(COMMA)) {
            int save = pos;
            pos++;
            b = expression();
            if (b == null) {
                pos = save;
            }
        }
        Token e = last();
        return new Stmt.Assert(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code import_name: 'import' dotted_as_names}. */
    final Stmt import_name() {
        int m = pos;
        Token s = expect(IMPORT);
        List<Alias> names = new ArrayList<>();
        do {
            Alias a = dotted_as_name();
            if (a == null) {
                if (names.isEmpty()) {
                    return fail(m);
                }
                pos--;
                break;
            }
            names.add(a);
        } while (accept(COMMA));
        Token e = last();
        return new Stmt.Import(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code dotted_as_name: dotted_name ['as' NAME]}. */
    final Alias dotted_as_name() {
        Token s = token(pos);
        String name = dotted_name();
        if (name == null) {
            return null;
        }
        String asname = asName();
        Token e = last();
        return new Alias(name, asname, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code ['as' NAME]}: the identifier, or null (cursor unchanged). */
    private String asName() {
        if (at(AS) && kindAt(1) == NAME) {
            String n = Actions.identifier(token(pos + 1).text);
            pos += 2;
            return n;
        }
        return null;
    }

    /** {@code dotted_name: dotted_name '.' NAME | NAME}, as the joined string. */
    final String dotted_name() {
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        String name = Actions.identifier(n.text);
        if (!at(DOT)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name);
        while (at(DOT) && kindAt(1) == NAME) {
            b.append('.').append(Actions.identifier(token(pos + 1).text));
            pos += 2;
        }
        return b.toString();
    }

    /** {@code import_from}: relative dots, an optional module, and the imported names. */
    final Stmt import_from() {
        int m = pos;
        Token s = expect(FROM);
        int level = 0;
        while (true) {
            if (accept(DOT)) {
                level++;
            } else if (accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        int afterDots = pos;
        String module = dotted_name();
        if (module != null && accept(IMPORT)) {
            List<Alias> names = import_from_targets();
            if (names != null) {
                Token e = last();
                return new Stmt.ImportFrom(module, names, level, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = afterDots;
        if (level > 0 && accept(IMPORT)) {
            List<Alias> names = import_from_targets();
            if (names != null) {
                Token e = last();
                return new Stmt.ImportFrom(null, names, level, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        return fail(m);
    }

    /** {@code import_from_targets}: a parenthesised or bare list of names, or {@code *}. */
    final List<Alias> import_from_targets() {
        int m = pos;
        if (accept(LPAR)) {
            List<Alias> a = import_from_as_names();
            if (a != null) {
                accept(COMMA);
                if (accept(RPAR)) {
                    return a;
                }
            }
            pos = m;
        }
        List<Alias> a = import_from_as_names();
        if (a != null && !at(COMMA)) {
            return a;
        }
        pos = m;
        Token star = expect(STAR);
        if (star != null) {
            return single(new Alias("*", null, star.lineno, star.col_offset, star.end_lineno, star.end_col_offset));
        }
        if (callInvalid) {
            invalid_import_from_targets();
        }
        return null;
    }

    /** {@code import_from_as_names: ','.import_from_as_name+}. */
    final List<Alias> import_from_as_names() {
        Alias a = import_from_as_name();
        if (a == null) {
            return null;
        }
        List<Alias> out = single(a);
        while (at(COMMA) && kindAt(1) == NAME) {
            pos++;
            out.add(import_from_as_name());
        }
        return out;
    }

    /** {@code import_from_as_name: NAME ['as' NAME]}. */
    final Alias import_from_as_name() {
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        String asname = asName();
        Token e = last();
        return new Alias(Actions.identifier(n.text), asname, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
    }

    // ---- compound statements -------------------------------------------------------------

    /** {@code compound_stmt}: dispatched on the first token, as CPython's lookaheads do. */
    final Stmt compound_stmt() {
        enter();
        Stmt r;
        switch (kind()) {
            case DEF:
                r = function_def();
                break;
            case AT:
                r = function_def();
                if (r == null) {
                    r = class_def();
                }
                break;
            case ASYNC:
                r = function_def();
                if (r == null) {
                    r = with_stmt();
                }
                if (r == null) {
                    r = for_stmt();
                }
                break;
            case IF:
                r = if_stmt(false);
                break;
            case CLASS:
                r = class_def();
                break;
            case WITH:
                r = with_stmt();
                break;
            case FOR:
                r = for_stmt();
                break;
            case TRY:
                r = try_stmt();
                break;
            case WHILE:
                r = while_stmt();
                break;
            default:
                r = match_stmt();
        }
        level--;
        return r;
    }

    /** {@code block} (memo): {@code NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block}. */
    final List<Stmt> block() {
        Memo hit = memo(R_BLOCK);
        if (hit != null) {
            pos = hit.end;
            @SuppressWarnings("unchecked")
            List<Stmt> v = (List<Stmt>) hit.value;
            return v;
        }
        int m = pos;
        enter();
        List<Stmt> r = null;
        if (accept(NEWLINE)) {
            if (accept(INDENT)) {
                r = statements();
                if (r == null || !accept(DEDENT)) {
                    r = null;
                }
            }
            if (r == null) {
                pos = m;
            }
        }
        if (r == null) {
            r = simple_stmts();
        }
        if (r == null && callInvalid) {
            invalid_block();
        }
        level--;
        store(m, R_BLOCK, r);
        return r;
    }

    /** {@code decorators: ('@' named_expression NEWLINE)+}; null when there is none. */
    final List<Expr> decorators() {
        List<Expr> out = null;
        while (at(AT)) {
            int save = pos;
            pos++;
            Expr f = named_expression();
            if (f == null || !accept(NEWLINE)) {
                pos = save;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(f);
        }
        return out;
    }

    /** {@code class_def: decorators class_def_raw | class_def_raw}. */
    final Stmt class_def() {
        int m = pos;
        List<Expr> d = decorators();
        Stmt.ClassDef c = class_def_raw();
        if (c == null) {
            return fail(m);
        }
        if (d == null) {
            return c;
        }
        return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), d,
                c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
    }

    /** {@code class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block}. */
    final Stmt.ClassDef class_def_raw() {
        if (callInvalid) {
            invalid_class_def_raw();
        }
        int m = pos;
        Token s = expect(CLASS);
        if (s == null) {
            return null;
        }
        Token n = expect(NAME);
        if (n == null) {
            return fail(m);
        }
        Expr.Call b = null;
        if (at(LPAR)) {
            int save = pos;
            pos++;
            b = arguments();
            if (!accept(RPAR)) {
                pos = save;
                b = null;
            } else if (b == null) {
                b = new Expr.Call(null, new ArrayList<>(), new ArrayList<>(), 0, 0, 0, 0);
            }
        }
        if (!accept(COLON)) {
            return fail(m);
        }
        List<Stmt> c = block();
        if (c == null) {
            return fail(m);
        }
        Token e = last();
        return new Stmt.ClassDef(Actions.identifier(n.text), b == null ? new ArrayList<>() : b.args(),
                b == null ? new ArrayList<>() : b.keywords(), c, new ArrayList<>(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code function_def: decorators function_def_raw | function_def_raw}. */
    final Stmt function_def() {
        int m = pos;
        List<Expr> d = decorators();
        Stmt f = function_def_raw();
        if (f == null) {
            return fail(m);
        }
        if (d == null) {
            return f;
        }
        if (f instanceof Stmt.FunctionDef g) {
            return new Stmt.FunctionDef(g.name(), g.args(), g.body(), d, g.returns(), g.type_comment(),
                    g.lineno(), g.col_offset(), g.end_lineno(), g.end_col_offset());
        }
        Stmt.AsyncFunctionDef g = (Stmt.AsyncFunctionDef) f;
        return new Stmt.AsyncFunctionDef(g.name(), g.args(), g.body(), d, g.returns(), g.type_comment(),
                g.lineno(), g.col_offset(), g.end_lineno(), g.end_col_offset());
    }

    /** {@code function_def_raw: invalid_def_raw | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block}. */
    final Stmt function_def_raw() {
        if (callInvalid) {
            invalid_def_raw();
        }
        int m = pos;
        Token s = token(m);
        boolean isAsync = accept(ASYNC);
        if (!accept(DEF)) {
            return fail(m);
        }
        Token n = expect(NAME);
        if (n == null) {
            return fail(m);
        }
        forced(LPAR);
        Arguments params = params();
        if (!accept(RPAR)) {
            return fail(m);
        }
        Expr returns = null;
        if (at(RARROW)) {
            int save = pos;
            pos++;
            returns = expression();
            if (returns == null) {
                pos = save;
            }
        }
        forced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            return fail(m);
        }
        Token e = last();
        Arguments args = params == null ? Actions.emptyArguments() : params;
        String name = Actions.identifier(n.text);
        if (isAsync) {
            return new Stmt.AsyncFunctionDef(name, args, b, new ArrayList<>(), returns, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return new Stmt.FunctionDef(name, args, b, new ArrayList<>(), returns, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code if_stmt} / {@code elif_stmt}: the test, the body, and an elif chain or else block. */
    final Stmt if_stmt(boolean elif) {
        if (callInvalid) {
            invalid_if_stmt(elif);
        }
        int m = pos;
        Token s = expect(elif ? ELIF : IF);
        if (s == null) {
            return null;
        }
        Expr a = named_expression();
        if (a == null || !accept(COLON)) {
            return fail(m);
        }
        List<Stmt> b = block();
        if (b == null) {
            return fail(m);
        }
        List<Stmt> orelse;
        Stmt c = at(ELIF) ? if_stmt(true) : null;
        if (c != null) {
            orelse = single(c);
        } else {
            orelse = else_block();
            if (orelse == null) {
                orelse = new ArrayList<>();
            }
        }
        Token e = last();
        return new Stmt.If(a, b, orelse, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code else_block: invalid_else_stmt | 'else' &&':' block}. */
    final List<Stmt> else_block() {
        if (callInvalid) {
            invalid_else_stmt();
        }
        int m = pos;
        if (!accept(ELSE)) {
            return null;
        }
        forced(COLON);
        List<Stmt> b = block();
        return b == null ? fail(m) : b;
    }

    /** {@code while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]}. */
    final Stmt while_stmt() {
        if (callInvalid) {
            invalid_while_stmt();
        }
        int m = pos;
        Token s = expect(WHILE);
        if (s == null) {
            return null;
        }
        Expr a = named_expression();
        if (a == null || !accept(COLON)) {
            return fail(m);
        }
        List<Stmt> b = block();
        if (b == null) {
            return fail(m);
        }
        List<Stmt> c = else_block();
        Token e = last();
        return new Stmt.While(a, b, c == null ? new ArrayList<>() : c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code for_stmt: invalid_for_stmt | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] | invalid_for_target}. */
    final Stmt for_stmt() {
        if (callInvalid) {
            invalid_for_stmt();
        }
        int m = pos;
        Token s = token(m);
        boolean isAsync = accept(ASYNC);
        if (accept(FOR)) {
            Expr t = star_targets();
            if (t != null && accept(IN)) {
                // After the cut, failing means the whole rule fails.
                Expr ex = star_expressions();
                if (ex == null || !accept(COLON)) {
                    return fail(m);
                }
                List<Stmt> b = block();
                if (b == null) {
                    return fail(m);
                }
                List<Stmt> el = else_block();
                if (el == null) {
                    el = new ArrayList<>();
                }
                Token e = last();
                if (isAsync) {
                    return new Stmt.AsyncFor(t, ex, b, el, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                return new Stmt.For(t, ex, b, el, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_for_target();
        }
        return null;
    }

    /** {@code with_stmt}: parenthesised or bare with-items, optionally async. */
    final Stmt with_stmt() {
        if (callInvalid) {
            invalid_with_stmt_indent();
        }
        int m = pos;
        Token s = token(m);
        boolean isAsync = accept(ASYNC);
        if (accept(WITH)) {
            int afterWith = pos;
            if (accept(LPAR)) {
                List<Withitem> a = with_items();
                if (a != null) {
                    accept(COMMA);
                    if (accept(RPAR) && accept(COLON)) {
                        Stmt r = withBody(a, isAsync, s);
                        if (r != null) {
                            return r;
                        }
                    }
                }
                pos = afterWith;
            }
            List<Withitem> a = with_items();
            if (a != null && accept(COLON)) {
                Stmt r = withBody(a, isAsync, s);
                if (r != null) {
                    return r;
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_with_stmt();
        }
        return null;
    }

    private Stmt withBody(List<Withitem> items, boolean isAsync, Token s) {
        List<Stmt> b = block();
        if (b == null) {
            return null;
        }
        Token e = last();
        if (isAsync) {
            return new Stmt.AsyncWith(items, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return new Stmt.With(items, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    private List<Withitem> with_items() {
        Withitem a = with_item();
        if (a == null) {
            return null;
        }
        List<Withitem> out = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Withitem c = with_item();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        return out;
    }

    /** {@code with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression}. */
    final Withitem with_item() {
        int m = pos;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        if (accept(AS)) {
            Expr t = star_target();
            if (t != null) {
                TokenKind k = kind();
                if (k == COMMA || k == RPAR || k == COLON) {
                    return new Withitem(e, t);
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_with_item();
        }
        e = expression();
        return new Withitem(e, null);
    }

    /** {@code try_stmt}: try/finally, try/except and try/except*. */
    final Stmt try_stmt() {
        if (callInvalid) {
            invalid_try_stmt();
        }
        int m = pos;
        Token s = expect(TRY);
        if (s == null) {
            return null;
        }
        forced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            return fail(m);
        }
        int afterBlock = pos;
        List<Stmt> f = finally_block();
        if (f != null) {
            Token e = last();
            return new Stmt.Try(b, new ArrayList<>(), new ArrayList<>(), f, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        for (int star = 0; star < 2; star++) {
            pos = afterBlock;
            List<ExceptHandler> ex = new ArrayList<>();
            ExceptHandler h;
            while ((h = star == 0 ? except_block() : except_star_block()) != null) {
                ex.add(h);
            }
            if (ex.isEmpty()) {
                continue;
            }
            List<Stmt> el = else_block();
            List<Stmt> fin = finally_block();
            Token e = last();
            List<Stmt> orelse = el == null ? new ArrayList<>() : el;
            List<Stmt> finalbody = fin == null ? new ArrayList<>() : fin;
            if (star == 0) {
                return new Stmt.Try(b, ex, orelse, finalbody, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            return new Stmt.TryStar(b, ex, orelse, finalbody, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return fail(m);
    }

    /** {@code except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block | 'except' ':' block | invalid_except_stmt}. */
    final ExceptHandler except_block() {
        if (callInvalid) {
            invalid_except_stmt_indent();
        }
        int m = pos;
        Token s = expect(EXCEPT);
        if (s != null) {
            Expr type = expression();
            if (type != null) {
                String name = asName();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        Token e = last();
                        return new ExceptHandler(type, name, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                    }
                }
                pos = m + 1;
            }
            if (accept(COLON)) {
                List<Stmt> b = block();
                if (b != null) {
                    Token e = last();
                    return new ExceptHandler(null, null, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_except_stmt();
        }
        return null;
    }

    /** {@code except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt}. */
    final ExceptHandler except_star_block() {
        if (callInvalid) {
            invalid_except_star_stmt_indent();
        }
        int m = pos;
        Token s = expect(EXCEPT);
        if (s != null && accept(STAR)) {
            Expr type = expression();
            if (type != null) {
                String name = asName();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        Token e = last();
                        return new ExceptHandler(type, name, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                    }
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_except_stmt();
        }
        return null;
    }

    /** {@code finally_block: invalid_finally_stmt | 'finally' &&':' block}. */
    final List<Stmt> finally_block() {
        if (callInvalid) {
            invalid_finally_stmt();
        }
        int m = pos;
        if (!accept(FINALLY)) {
            return null;
        }
        forced(COLON);
        List<Stmt> b = block();
        return b == null ? fail(m) : b;
    }
}
