package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Boolop;
import org.krait.compiler.ast.Cmpop;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Singleton;
import org.krait.compiler.ast.Unaryop;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;
import org.krait.compiler.tokenizer.Tokenizer;

/**
 * The expression rules of the grammar, from {@code star_expressions} down to {@code atom}, with
 * comprehensions, call arguments and slices. A rule returns its node and leaves the cursor after
 * what it matched, or returns {@code null} with the cursor where it was.
 */
abstract class ExpressionRules extends ParserBase {

    // Memo keys. CPython memoises more rules; these are the ones whose results are asked for again
    // at the same position (the others only cost allocations).
    static final int R_EXPRESSION = 1;
    static final int R_DISJUNCTION = 3;
    static final int R_ARGUMENTS = 9;
    static final int R_STRINGS = 10;
    static final int R_T_PRIMARY = 11;
    static final int R_STAR_TARGET = 12;
    static final int R_TARGET_WITH_STAR_ATOM = 13;
    static final int R_DEL_TARGET = 14;
    static final int R_SIMPLE_STMT = 15;
    static final int R_BLOCK = 16;
    static final int R_CLOSED_PATTERN = 17;
    static final int R_STAR_PATTERN = 18;
    static final int R_INVALID_NAMED_EXPRESSION = 19;

    ExpressionRules(TokenSource source, Parser.Mode mode) {
        super(source, mode);
    }

    // ---- rules defined in later layers ----------------------------------------------------

    abstract Expr star_targets();

    abstract Arguments lambda_params();

    abstract void invalid_expression();

    abstract void invalid_legacy_expression();

    abstract void invalid_named_expression();

    abstract void invalid_group();

    abstract void invalid_comprehension();

    abstract void invalid_dict_comprehension();

    abstract void invalid_double_starred_kvpairs();

    abstract void invalid_arguments();

    abstract void invalid_kwarg();

    abstract void invalid_for_target();

    // ---- node helpers -------------------------------------------------------------------------

    /** Ends a rule that matched nothing: restores the cursor and fails. */
    final <T> T fail(int mark) {
        pos = mark;
        return null;
    }

    final Expr.Tuple tuple(List<Expr> elts, ExprContext ctx, Token s) {
        Token e = last();
        return new Expr.Tuple(elts, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    final Expr.BinOp binOp(Expr a, Operator op, Expr b, Token s) {
        Token e = last();
        return new Expr.BinOp(a, op, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    final Expr.UnaryOp unaryOp(Unaryop op, Expr a, Token s) {
        Token e = last();
        return new Expr.UnaryOp(op, a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    final Expr.Constant constant(Object value, Token s) {
        Token e = last();
        return new Expr.Constant(value, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    // ---- expressions ----------------------------------------------------------------------------

    /** {@code expressions: expression (',' expression)* [',']}, a tuple when there is a comma. */
    final Expr expressions() {
        int m = pos;
        Token s = token(m);
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = expression();
            if (c == null) {
                pos = save;
                break;
            }
            elts.add(c);
        }
        accept(COMMA);
        return tuple(elts, ExprContext.Load, s);
    }

    /** {@code expression} (memo): conditional expressions, lambdas, and the error checks of the second pass. */
    final Expr expression() {
        Memo hit = memo(R_EXPRESSION);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        enter();
        if (callInvalid) {
            invalid_expression();
            invalid_legacy_expression();
        }
        Expr r = expressionAlternatives();
        level--;
        store(m, R_EXPRESSION, r);
        return r;
    }

    /**
     * {@code expression_without_invalid}: the valid alternatives of {@code expression}, parsed (as
     * CPython's generator arranges for rules so named) with the {@code invalid_*} rules switched off
     * throughout, memos made meanwhile included.
     */
    final Expr expression_without_invalid() {
        boolean saved = callInvalid;
        callInvalid = false;
        Expr r = expressionAlternatives();
        callInvalid = saved;
        return r;
    }

    /** The valid alternatives of {@code expression}: conditional expression, disjunction, lambda. */
    private Expr expressionAlternatives() {
        int m = pos;
        Token s = token(m);
        Expr a = disjunction();
        if (a != null) {
            int afterA = pos;
            if (accept(IF)) {
                Expr b = disjunction();
                if (b != null && accept(ELSE)) {
                    Expr c = expression();
                    if (c != null) {
                        Token e = last();
                        return new Expr.IfExp(b, a, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                    }
                }
            }
            pos = afterA;
            return a;
        }
        pos = m;
        return lambdef();
    }

    /** {@code yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]}. */
    final Expr yield_expr() {
        int m = pos;
        Token s = expect(YIELD);
        if (s == null) {
            return null;
        }
        if (accept(FROM)) {
            Expr a = expression();
            if (a != null) {
                Token e = last();
                return new Expr.YieldFrom(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m + 1;
        }
        Expr a = star_expressions();
        Token e = last();
        return new Expr.Yield(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code star_expressions}: one star_expression, or a Load tuple of them when there is a comma. */
    final Expr star_expressions() {
        int m = pos;
        Token s = token(m);
        enter();
        Expr a = star_expression();
        if (a == null) {
            level--;
            return null;
        }
        if (at(COMMA)) {
            List<Expr> elts = single(a);
            while (at(COMMA)) {
                int save = pos;
                pos++;
                Expr c = star_expression();
                if (c == null) {
                    pos = save;
                    break;
                }
                elts.add(c);
            }
            accept(COMMA);
            a = tuple(elts, ExprContext.Load, s);
        }
        level--;
        return a;
    }

    /** {@code star_expression}: {@code '*' bitwise_or | expression}. */
    final Expr star_expression() {
        int m = pos;
        enter();
        Expr r = null;
        Token s = token(m);
        if (s.kind == STAR) {
            pos++;
            Expr a = bitwise_or();
            if (a != null) {
                Token e = last();
                r = new Expr.Starred(a, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            } else {
                pos = m;
            }
        }
        if (r == null) {
            r = expression();
        }
        level--;
        return r;
    }

    /** {@code star_named_expressions: ','.star_named_expression+ [',']}. */
    final List<Expr> star_named_expressions() {
        Expr a = star_named_expression();
        if (a == null) {
            return null;
        }
        List<Expr> out = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = star_named_expression();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(COMMA);
        return out;
    }

    /** {@code star_named_expression: '*' bitwise_or | named_expression}. */
    final Expr star_named_expression() {
        int m = pos;
        Token s = token(m);
        enter();
        Expr r = null;
        if (s.kind == STAR) {
            pos++;
            Expr a = bitwise_or();
            if (a != null) {
                Token e = last();
                r = new Expr.Starred(a, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            } else {
                pos = m;
            }
        }
        if (r == null) {
            r = named_expression();
        }
        level--;
        return r;
    }

    /** {@code assignment_expression: NAME ':=' ~ expression}. */
    final Expr assignment_expression() {
        int m = pos;
        Token s = token(m);
        if (s.kind != NAME || kindAt(1) != COLONEQUAL) {
            return null;
        }
        pos += 2;
        Expr b = expression();
        if (b == null) {
            return fail(m);
        }
        Token e = last();
        Expr target = Actions.setContext(Actions.name(s), ExprContext.Store);
        return new Expr.NamedExpr(target, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code named_expression: assignment_expression | invalid_named_expression | expression !':='}. */
    final Expr named_expression() {
        int m = pos;
        enter();
        Expr r = assignment_expression();
        if (r == null) {
            if (callInvalid) {
                invalid_named_expression();
            }
            r = expression();
            if (r != null && at(COLONEQUAL)) {
                r = fail(m);
            }
        }
        level--;
        return r;
    }

    /** {@code disjunction} (memo): {@code conjunction ('or' conjunction)+} as a BoolOp, or one conjunction. */
    final Expr disjunction() {
        Memo hit = memo(R_DISJUNCTION);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        enter();
        Expr r = boolOp(Boolop.Or, OR);
        level--;
        store(m, R_DISJUNCTION, r);
        return r;
    }

    /** {@code conjunction}: {@code inversion ('and' inversion)+} as a BoolOp, or one inversion. */
    final Expr conjunction() {
        int m = pos;
        enter();
        Expr r = boolOp(Boolop.And, AND);
        level--;
        return r;
    }

    private Expr boolOp(Boolop op, TokenKind keyword) {
        Token s = token(pos);
        Expr a = op == Boolop.Or ? conjunction() : inversion();
        if (a == null || !at(keyword)) {
            return a;
        }
        List<Expr> values = single(a);
        while (at(keyword)) {
            int save = pos;
            pos++;
            Expr c = op == Boolop.Or ? conjunction() : inversion();
            if (c == null) {
                pos = save;
                break;
            }
            values.add(c);
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = last();
        return new Expr.BoolOp(op, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code inversion}: {@code 'not' inversion | comparison}. */
    final Expr inversion() {
        int m = pos;
        enter();
        Expr r = null;
        Token s = token(m);
        if (s.kind == NOT) {
            pos++;
            Expr a = inversion();
            if (a != null) {
                r = unaryOp(Unaryop.Not, a, s);
            } else {
                pos = m;
            }
        }
        if (r == null) {
            r = comparison();
        }
        level--;
        return r;
    }

    /** {@code comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or}. */
    final Expr comparison() {
        Token s = token(pos);
        enter();
        Expr a = bitwise_or();
        if (a == null) {
            level--;
            return null;
        }
        List<Cmpop> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int save = pos;
            Cmpop op = compare_op();
            if (op == null) {
                break;
            }
            Expr b = bitwise_or();
            if (b == null) {
                // No other comparison operator starts like this one, so the pair fails.
                pos = save;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(op);
            comparators.add(b);
        }
        level--;
        if (ops == null) {
            return a;
        }
        Token e = last();
        return new Expr.Compare(a, ops, comparators, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** The operator of {@code compare_op_bitwise_or_pair}, consumed; or null. */
    private Cmpop compare_op() {
        Token t = token(pos);
        switch (t.kind) {
            case EQEQUAL:
                pos++;
                return Cmpop.Eq;
            case NOTEQUAL:
                // CPython's barry_as_FLUFL check: without the future import only "!=" is accepted.
                if (!t.text.equals("!=")) {
                    return null;
                }
                pos++;
                return Cmpop.NotEq;
            case LESSEQUAL:
                pos++;
                return Cmpop.LtE;
            case LESS:
                pos++;
                return Cmpop.Lt;
            case GREATEREQUAL:
                pos++;
                return Cmpop.GtE;
            case GREATER:
                pos++;
                return Cmpop.Gt;
            case NOT:
                if (kindAt(1) == IN) {
                    pos += 2;
                    return Cmpop.NotIn;
                }
                return null;
            case IN:
                pos++;
                return Cmpop.In;
            case IS:
                if (kindAt(1) == NOT) {
                    pos += 2;
                    return Cmpop.IsNot;
                }
                pos++;
                return Cmpop.Is;
            default:
                return null;
        }
    }

    /** {@code bitwise_or} (left-recursive): {@code bitwise_or '|' bitwise_xor | bitwise_xor}. */
    final Expr bitwise_or() {
        int m = pos;
        Token s = token(m);
        enter(2);
        Expr a = bitwise_xor();
        while (a != null && at(VBAR)) {
            int save = pos;
            pos++;
            Expr b = bitwise_xor();
            if (b == null) {
                pos = save;
                break;
            }
            a = binOp(a, Operator.BitOr, b, s);
        }
        level -= 2;
        return a;
    }

    /** {@code bitwise_xor} (left-recursive): {@code bitwise_xor '^' bitwise_and | bitwise_and}. */
    final Expr bitwise_xor() {
        Token s = token(pos);
        enter(2);
        Expr a = bitwise_and();
        while (a != null && at(CIRCUMFLEX)) {
            int save = pos;
            pos++;
            Expr b = bitwise_and();
            if (b == null) {
                pos = save;
                break;
            }
            a = binOp(a, Operator.BitXor, b, s);
        }
        level -= 2;
        return a;
    }

    /** {@code bitwise_and} (left-recursive): {@code bitwise_and '&' shift_expr | shift_expr}. */
    final Expr bitwise_and() {
        Token s = token(pos);
        enter(2);
        Expr a = shift_expr();
        while (a != null && at(AMPER)) {
            int save = pos;
            pos++;
            Expr b = shift_expr();
            if (b == null) {
                pos = save;
                break;
            }
            a = binOp(a, Operator.BitAnd, b, s);
        }
        level -= 2;
        return a;
    }

    /** {@code shift_expr} (left-recursive): {@code << >>} over sums. */
    final Expr shift_expr() {
        Token s = token(pos);
        enter(2);
        Expr a = sum();
        while (a != null) {
            TokenKind k = kind();
            Operator op = k == LEFTSHIFT ? Operator.LShift : k == RIGHTSHIFT ? Operator.RShift : null;
            if (op == null) {
                break;
            }
            int save = pos;
            pos++;
            Expr b = sum();
            if (b == null) {
                pos = save;
                break;
            }
            a = binOp(a, op, b, s);
        }
        level -= 2;
        return a;
    }

    /** {@code sum} (left-recursive): {@code + -} over terms. */
    final Expr sum() {
        Token s = token(pos);
        enter(2);
        Expr a = term();
        while (a != null) {
            TokenKind k = kind();
            Operator op = k == PLUS ? Operator.Add : k == MINUS ? Operator.Sub : null;
            if (op == null) {
                break;
            }
            int save = pos;
            pos++;
            Expr b = term();
            if (b == null) {
                pos = save;
                break;
            }
            a = binOp(a, op, b, s);
        }
        level -= 2;
        return a;
    }

    /** {@code term} (left-recursive): {@code * / // % @} over factors. */
    final Expr term() {
        Token s = token(pos);
        enter(2);
        Expr a = factor();
        while (a != null) {
            Operator op;
            switch (kind()) {
                case STAR:
                    op = Operator.Mult;
                    break;
                case SLASH:
                    op = Operator.Div;
                    break;
                case DOUBLESLASH:
                    op = Operator.FloorDiv;
                    break;
                case PERCENT:
                    op = Operator.Mod;
                    break;
                case AT:
                    op = Operator.MatMult;
                    break;
                default:
                    op = null;
            }
            if (op == null) {
                break;
            }
            int save = pos;
            pos++;
            Expr b = factor();
            if (b == null) {
                pos = save;
                break;
            }
            a = binOp(a, op, b, s);
        }
        level -= 2;
        return a;
    }

    /** {@code factor}: unary {@code + - ~}, or a power. */
    final Expr factor() {
        int m = pos;
        enter();
        Token s = token(m);
        Unaryop op = s.kind == PLUS ? Unaryop.UAdd : s.kind == MINUS ? Unaryop.USub : s.kind == TILDE ? Unaryop.Invert : null;
        Expr r = null;
        if (op != null) {
            pos++;
            Expr a = factor();
            if (a != null) {
                r = unaryOp(op, a, s);
            } else {
                pos = m;
            }
        }
        if (r == null) {
            r = power();
        }
        level--;
        return r;
    }

    /** {@code power: await_primary '**' factor | await_primary}. */
    final Expr power() {
        Token s = token(pos);
        enter();
        Expr a = await_primary();
        if (a != null && at(DOUBLESTAR)) {
            int save = pos;
            pos++;
            Expr b = factor();
            if (b != null) {
                a = binOp(a, Operator.Pow, b, s);
            } else {
                pos = save;
            }
        }
        level--;
        return a;
    }

    /** {@code await_primary}: {@code AWAIT primary | primary}. */
    final Expr await_primary() {
        int m = pos;
        enter();
        Token s = token(m);
        Expr r = null;
        if (s.kind == AWAIT) {
            pos++;
            Expr a = primary();
            if (a != null) {
                Token e = last();
                r = new Expr.Await(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            } else {
                pos = m;
            }
        }
        if (r == null) {
            r = primary();
        }
        level--;
        return r;
    }

    /** {@code primary} (left-recursive): an atom followed by attribute, call and subscript trailers. */
    final Expr primary() {
        Token s = token(pos);
        enter(2);
        Expr a = atom();
        while (a != null) {
            Expr grown = trailer(a, s);
            if (grown == null) {
                break;
            }
            a = grown;
        }
        level -= 2;
        return a;
    }

    /**
     * One step of a left-recursive primary: {@code a '.' NAME | a genexp | a '(' [arguments] ')' |
     * a '[' slices ']'}, in Load context; null (cursor unchanged) when none applies.
     */
    final Expr trailer(Expr a, Token s) {
        int m = pos;
        Token t = token(m);
        switch (t.kind) {
            case DOT: {
                pos++;
                Token n = expect(NAME);
                if (n == null) {
                    return fail(m);
                }
                return new Expr.Attribute(a, Actions.identifier(n.text), ExprContext.Load, s.lineno, s.col_offset, n.end_lineno, n.end_col_offset);
            }
            case LPAR: {
                Expr g = genexp();
                if (g != null) {
                    Token e = last();
                    return new Expr.Call(a, single(g), new ArrayList<>(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                pos++;
                Expr.Call args = arguments();
                if (!at(RPAR)) {
                    return fail(m);
                }
                pos++;
                Token e = last();
                return new Expr.Call(a, args == null ? new ArrayList<>() : args.args(),
                        args == null ? new ArrayList<>() : args.keywords(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            case LSQB: {
                pos++;
                Expr b = slices();
                if (b == null || !at(RSQB)) {
                    return fail(m);
                }
                pos++;
                Token e = last();
                return new Expr.Subscript(a, b, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            default:
                return null;
        }
    }

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']} (a tuple). */
    final Expr slices() {
        int m = pos;
        Token s = token(m);
        Expr first = slice();
        if (first != null && !at(COMMA)) {
            return first;
        }
        if (first == null) {
            first = starred_expression();
            if (first == null) {
                return null;
            }
        }
        List<Expr> elts = single(first);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = slice();
            if (c == null) {
                c = starred_expression();
            }
            if (c == null) {
                pos = save;
                break;
            }
            elts.add(c);
        }
        accept(COMMA);
        return tuple(elts, ExprContext.Load, s);
    }

    /** {@code slice: [expression] ':' [expression] [':' [expression]] | named_expression}. */
    final Expr slice() {
        int m = pos;
        Token s = token(m);
        Expr lower = expression();
        if (at(COLON)) {
            pos++;
            Expr upper = expression();
            Expr step = null;
            if (at(COLON)) {
                pos++;
                step = expression();
            }
            Token e = last();
            return new Expr.Slice(lower, upper, step, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        pos = m;
        return named_expression();
    }

    /** {@code atom}: names, constants, strings, numbers and the bracketed displays. */
    final Expr atom() {
        int m = pos;
        Token s = token(m);
        switch (s.kind) {
            case NAME:
                pos++;
                return Actions.name(s);
            case TRUE:
                pos++;
                return constant(Boolean.TRUE, s);
            case FALSE:
                pos++;
                return constant(Boolean.FALSE, s);
            case NONE:
                pos++;
                return constant(Singleton.None, s);
            case STRING:
                return strings();
            case NUMBER:
                pos++;
                return constant(Actions.number(s.text), s);
            case ELLIPSIS:
                pos++;
                return constant(Singleton.Ellipsis, s);
            case LPAR: {
                enter();
                Expr r = tuple_rule();
                if (r == null) {
                    r = group();
                }
                if (r == null) {
                    r = genexp();
                }
                level--;
                return r;
            }
            case LSQB: {
                enter();
                Expr r = list_rule();
                if (r == null) {
                    r = listcomp();
                }
                level--;
                return r;
            }
            case LBRACE: {
                enter();
                Expr r = dict();
                if (r == null) {
                    r = set();
                }
                if (r == null) {
                    r = dictcomp();
                }
                if (r == null) {
                    r = setcomp();
                }
                level--;
                return r;
            }
            default:
                return null;
        }
    }

    /** {@code strings} (memo): adjacent STRING tokens, concatenated by {@link StringAtom}. */
    final Expr strings() {
        Memo hit = memo(R_STRINGS);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        List<Token> parts = new ArrayList<>(2);
        while (at(STRING)) {
            parts.add(token(pos));
            pos++;
        }
        Expr r = parts.isEmpty() ? null : StringAtom.build(parts, (at, msg) -> at != null ? errorAt(at, msg) : syntaxError(msg),
                undecodableBytesEscaped());
        store(m, R_STRINGS, r);
        return r;
    }

    /** Whether U+DC80..U+DCFF in string literals stand for source bytes that were not UTF-8. */
    private boolean undecodableBytesEscaped() {
        if (source instanceof Tokenizer) {
            return ((Tokenizer) source).undecodableBytesEscaped();
        }
        return source instanceof FStringTokenSource && ((FStringTokenSource) source).undecodableBytesEscaped();
    }

    /** {@code group: '(' (yield_expr | named_expression) ')' | invalid_group}. */
    final Expr group() {
        int m = pos;
        if (!accept(LPAR)) {
            return null;
        }
        Expr a = yield_expr();
        if (a == null) {
            a = named_expression();
        }
        if (a != null && accept(RPAR)) {
            return a;
        }
        pos = m;
        if (callInvalid) {
            invalid_group();
        }
        return null;
    }

    /** {@code tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'}. */
    final Expr tuple_rule() {
        int m = pos;
        Token s = expect(LPAR);
        if (s == null) {
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        int save = pos;
        Expr y = star_named_expression();
        if (y != null && accept(COMMA)) {
            elts.add(y);
            List<Expr> z = star_named_expressions();
            if (z != null) {
                elts.addAll(z);
            }
        } else {
            pos = save;
        }
        if (!accept(RPAR)) {
            return fail(m);
        }
        return tuple(elts, ExprContext.Load, s);
    }

    /** {@code list: '[' [star_named_expressions] ']'}. */
    final Expr list_rule() {
        int m = pos;
        Token s = expect(LSQB);
        if (s == null) {
            return null;
        }
        List<Expr> a = star_named_expressions();
        if (!accept(RSQB)) {
            return fail(m);
        }
        Token e = last();
        return new Expr.List(a == null ? new ArrayList<>() : a, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension}. */
    final Expr listcomp() {
        int m = pos;
        Token s = expect(LSQB);
        if (s != null) {
            Expr a = named_expression();
            if (a != null) {
                List<Comprehension> b = for_if_clauses();
                if (b != null && accept(RSQB)) {
                    Token e = last();
                    return new Expr.ListComp(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_comprehension();
        }
        return null;
    }

    /** {@code set: '{' star_named_expressions '}'}. */
    final Expr set() {
        int m = pos;
        Token s = expect(LBRACE);
        if (s == null) {
            return null;
        }
        List<Expr> a = star_named_expressions();
        if (a == null || !accept(RBRACE)) {
            return fail(m);
        }
        Token e = last();
        return new Expr.Set(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension}. */
    final Expr setcomp() {
        int m = pos;
        Token s = expect(LBRACE);
        if (s != null) {
            Expr a = named_expression();
            if (a != null) {
                List<Comprehension> b = for_if_clauses();
                if (b != null && accept(RBRACE)) {
                    Token e = last();
                    return new Expr.SetComp(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_comprehension();
        }
        return null;
    }

    /** {@code genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension}. */
    final Expr genexp() {
        int m = pos;
        Token s = expect(LPAR);
        if (s != null) {
            Expr a = assignment_expression();
            if (a == null) {
                a = expression();
                if (a != null && at(COLONEQUAL)) {
                    a = null;
                }
            }
            if (a != null) {
                List<Comprehension> b = for_if_clauses();
                if (b != null && accept(RPAR)) {
                    Token e = last();
                    return new Expr.GeneratorExp(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_comprehension();
        }
        return null;
    }

    /** {@code dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'}. */
    final Expr dict() {
        int m = pos;
        Token s = expect(LBRACE);
        if (s == null) {
            return null;
        }
        List<Expr[]> a = double_starred_kvpairs();
        if (accept(RBRACE)) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (a != null) {
                for (Expr[] kv : a) {
                    keys.add(kv[0]);
                    values.add(kv[1]);
                }
            }
            Token e = last();
            return new Expr.Dict(keys, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        pos = m + 1;
        // Not guarded by callInvalid: CPython's generator wraps an alternative in the
        // call_invalid_rules check only when the alternative is a lone invalid_* item, and this one
        // is '{' invalid_double_starred_kvpairs '}'. So these checks already run in the first pass,
        // where keys are parsed without invalid_expression: {1: 2, 3 4} reports the missing ':'
        // before a second pass could report a missing comma between 3 and 4.
        invalid_double_starred_kvpairs();
        return fail(m);
    }

    /** {@code double_starred_kvpairs: ','.double_starred_kvpair+ [',']}; each pair is {key or null, value}. */
    final List<Expr[]> double_starred_kvpairs() {
        Expr[] a = double_starred_kvpair();
        if (a == null) {
            return null;
        }
        List<Expr[]> out = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr[] c = double_starred_kvpair();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(COMMA);
        return out;
    }

    /** {@code double_starred_kvpair: '**' bitwise_or | kvpair}. */
    final Expr[] double_starred_kvpair() {
        int m = pos;
        if (accept(DOUBLESTAR)) {
            Expr a = bitwise_or();
            if (a != null) {
                return new Expr[] {null, a};
            }
            pos = m;
        }
        return kvpair();
    }

    /** {@code kvpair: expression ':' expression}. */
    final Expr[] kvpair() {
        int m = pos;
        Expr a = expression();
        if (a == null || !accept(COLON)) {
            return fail(m);
        }
        Expr b = expression();
        if (b == null) {
            return fail(m);
        }
        return new Expr[] {a, b};
    }

    /** {@code dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension}. */
    final Expr dictcomp() {
        int m = pos;
        Token s = expect(LBRACE);
        if (s != null) {
            Expr[] a = kvpair();
            if (a != null) {
                List<Comprehension> b = for_if_clauses();
                if (b != null && accept(RBRACE)) {
                    Token e = last();
                    return new Expr.DictComp(a[0], a[1], b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_dict_comprehension();
        }
        return null;
    }

    /** {@code for_if_clauses: for_if_clause+}. */
    final List<Comprehension> for_if_clauses() {
        Comprehension c = for_if_clause();
        if (c == null) {
            return null;
        }
        List<Comprehension> out = single(c);
        while ((c = for_if_clause()) != null) {
            out.add(c);
        }
        return out;
    }

    /** {@code for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target}. */
    final Comprehension for_if_clause() {
        int m = pos;
        int isAsync = accept(ASYNC) ? 1 : 0;
        if (accept(FOR)) {
            Expr a = star_targets();
            if (a != null && accept(IN)) {
                Expr b = disjunction();
                if (b == null) {
                    // The cut: after 'in' no other alternative is tried.
                    return fail(m);
                }
                List<Expr> ifs = new ArrayList<>();
                while (at(IF)) {
                    int save = pos;
                    pos++;
                    Expr z = disjunction();
                    if (z == null) {
                        pos = save;
                        break;
                    }
                    ifs.add(z);
                }
                return new Comprehension(a, b, ifs, isAsync);
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_for_target();
        }
        return null;
    }

    /** {@code lambdef: 'lambda' [lambda_params] ':' expression}. */
    final Expr lambdef() {
        int m = pos;
        Token s = expect(LAMBDA);
        if (s == null) {
            return null;
        }
        Arguments a = lambda_params();
        if (!accept(COLON)) {
            return fail(m);
        }
        Expr b = expression();
        if (b == null) {
            return fail(m);
        }
        Token e = last();
        return new Expr.Lambda(a == null ? Actions.emptyArguments() : a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    // ---- call arguments ---------------------------------------------------------------------

    /** {@code arguments} (memo): {@code args [','] &')' | invalid_arguments}; a Call with no func. */
    final Expr.Call arguments() {
        Memo hit = memo(R_ARGUMENTS);
        if (hit != null) {
            pos = hit.end;
            return (Expr.Call) hit.value;
        }
        int m = pos;
        enter();
        Expr.Call a = args();
        if (a != null) {
            accept(COMMA);
            if (!at(RPAR)) {
                a = null;
                pos = m;
            }
        }
        if (a == null && callInvalid) {
            invalid_arguments();
        }
        level--;
        store(m, R_ARGUMENTS, a);
        return a;
    }

    /** {@code args}: positional arguments, then keywords; a Call node whose func is null. */
    final Expr.Call args() {
        int m = pos;
        Token s = token(m);
        List<Expr> positional = positional_args();
        if (positional != null) {
            List<Keyword> keywords = new ArrayList<>();
            int save = pos;
            List<Actions.KeywordOrStarred> k = null;
            if (accept(COMMA)) {
                k = kwargs();
                if (k == null) {
                    pos = save;
                }
            }
            if (k != null) {
                for (Actions.KeywordOrStarred ks : k) {
                    if (ks.isKeyword()) {
                        keywords.add((Keyword) ks.element());
                    } else {
                        positional.add((Expr) ks.element());
                    }
                }
            }
            Token e = last();
            return new Expr.Call(null, positional, keywords, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        List<Actions.KeywordOrStarred> k = kwargs();
        if (k == null) {
            return null;
        }
        List<Expr> starred = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        for (Actions.KeywordOrStarred ks : k) {
            if (ks.isKeyword()) {
                keywords.add((Keyword) ks.element());
            } else {
                starred.add((Expr) ks.element());
            }
        }
        Token e = last();
        return new Expr.Call(null, starred, keywords, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code ','.(starred_expression | (assignment_expression | expression !':=') !'=')+}; null when there is none. */
    final List<Expr> positional_args() {
        Expr first = positional_arg();
        if (first == null) {
            return null;
        }
        List<Expr> positional = single(first);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = positional_arg();
            if (c == null) {
                pos = save;
                break;
            }
            positional.add(c);
        }
        return positional;
    }

    /** {@code starred_expression | (assignment_expression | expression !':=') !'='}. */
    private Expr positional_arg() {
        int m = pos;
        Expr a = starred_expression();
        if (a != null) {
            return a;
        }
        a = assignment_expression();
        if (a == null) {
            a = expression();
            if (a != null && at(COLONEQUAL)) {
                return fail(m);
            }
        }
        if (a != null && at(EQUAL)) {
            return fail(m);
        }
        return a;
    }

    /** {@code kwargs}: starred and keyword arguments, then keyword and double-starred ones. */
    final List<Actions.KeywordOrStarred> kwargs() {
        int m = pos;
        List<Actions.KeywordOrStarred> a = gatherKwargs(true);
        if (a != null) {
            int save = pos;
            if (accept(COMMA)) {
                List<Actions.KeywordOrStarred> b = gatherKwargs(false);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            pos = save;
            return a;
        }
        pos = m;
        return gatherKwargs(false);
    }

    private List<Actions.KeywordOrStarred> gatherKwargs(boolean starred) {
        Actions.KeywordOrStarred first = starred ? kwarg_or_starred() : kwarg_or_double_starred();
        if (first == null) {
            return null;
        }
        List<Actions.KeywordOrStarred> out = single(first);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Actions.KeywordOrStarred c = starred ? kwarg_or_starred() : kwarg_or_double_starred();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        return out;
    }

    /** {@code starred_expression: '*' expression}. */
    final Expr starred_expression() {
        int m = pos;
        Token s = expect(STAR);
        if (s == null) {
            return null;
        }
        Expr a = expression();
        if (a == null) {
            return fail(m);
        }
        Token e = last();
        return new Expr.Starred(a, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression}. */
    final Actions.KeywordOrStarred kwarg_or_starred() {
        if (callInvalid) {
            invalid_kwarg();
        }
        Keyword k = named_keyword();
        if (k != null) {
            return new Actions.KeywordOrStarred(k, true);
        }
        Expr a = starred_expression();
        return a == null ? null : new Actions.KeywordOrStarred(a, false);
    }

    /** {@code kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression}. */
    final Actions.KeywordOrStarred kwarg_or_double_starred() {
        if (callInvalid) {
            invalid_kwarg();
        }
        Keyword k = named_keyword();
        if (k != null) {
            return new Actions.KeywordOrStarred(k, true);
        }
        int m = pos;
        Token s = expect(DOUBLESTAR);
        if (s == null) {
            return null;
        }
        Expr a = expression();
        if (a == null) {
            return fail(m);
        }
        Token e = last();
        return new Actions.KeywordOrStarred(new Keyword(null, a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset), true);
    }

    private Keyword named_keyword() {
        int m = pos;
        Token n = token(m);
        if (n.kind != NAME || kindAt(1) != EQUAL) {
            return null;
        }
        pos += 2;
        Expr b = expression();
        if (b == null) {
            return fail(m);
        }
        Token e = last();
        return new Keyword(Actions.identifier(n.text), b, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
    }
}
