package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;

/**
 * The target rules: what may stand left of {@code =}, after {@code for}, after {@code del}, built
 * directly in Store or Del context ({@code star_targets}, {@code single_target}, {@code del_targets}
 * and the {@code t_primary} chain they share).
 */
abstract class TargetRules extends ExpressionRules {

    TargetRules(TokenSource source, Parser.Mode mode) {
        super(source, mode);
    }

    /** {@code t_lookahead: '(' | '[' | '.'}. */
    final boolean t_lookahead() {
        TokenKind k = kind();
        return k == LPAR || k == LSQB || k == DOT;
    }

    /**
     * {@code t_primary} (left-recursive, memo): an atom and trailers, in Load context, where every
     * step is itself followed by another trailer; what the target rules put the last trailer on.
     */
    final Expr t_primary() {
        Memo hit = memo(R_T_PRIMARY);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        Token s = token(m);
        enter(2);
        Expr a = atom();
        if (a != null && !t_lookahead()) {
            a = null;
        }
        while (a != null) {
            int save = pos;
            Expr grown = trailer(a, s);
            if (grown == null) {
                break;
            }
            if (!t_lookahead()) {
                pos = save;
                break;
            }
            a = grown;
        }
        if (a == null) {
            pos = m;
        }
        level -= 2;
        store(m, R_T_PRIMARY, a);
        return a;
    }

    /**
     * The Store/Del-context attribute or subscript of {@code t_primary '.' NAME !t_lookahead |
     * t_primary '[' slices ']' !t_lookahead}; null when neither matches.
     */
    final Expr attributeOrSubscriptTarget(ExprContext ctx) {
        int m = pos;
        Token s = token(m);
        Expr a = t_primary();
        if (a == null) {
            return null;
        }
        int afterA = pos;
        if (accept(DOT)) {
            Token n = expect(NAME);
            if (n != null && !t_lookahead()) {
                return new Expr.Attribute(a, Actions.identifier(n.text), ctx, s.lineno, s.col_offset, n.end_lineno, n.end_col_offset);
            }
        }
        pos = afterA;
        if (accept(LSQB)) {
            Expr b = slices();
            if (b != null && accept(RSQB) && !t_lookahead()) {
                Token e = last();
                return new Expr.Subscript(a, b, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        return fail(m);
    }

    /** {@code star_targets: star_target !',' | star_target (',' star_target)* [',']} (a Store tuple). */
    @Override
    final Expr star_targets() {
        int m = pos;
        Token s = token(m);
        Expr a = star_target();
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
            Expr c = star_target();
            if (c == null) {
                pos = save;
                break;
            }
            elts.add(c);
        }
        accept(COMMA);
        return tuple(elts, ExprContext.Store, s);
    }

    /** {@code star_targets_list_seq: ','.star_target+ [',']}. */
    final List<Expr> star_targets_list_seq() {
        Expr a = star_target();
        if (a == null) {
            return null;
        }
        List<Expr> out = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = star_target();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(COMMA);
        return out;
    }

    /** {@code star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','}. */
    final List<Expr> star_targets_tuple_seq() {
        int m = pos;
        Expr a = star_target();
        if (a == null || !at(COMMA)) {
            return fail(m);
        }
        List<Expr> out = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = star_target();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(COMMA);
        return out;
    }

    /** {@code star_target} (memo): {@code '*' (!'*' star_target) | target_with_star_atom}. */
    final Expr star_target() {
        Memo hit = memo(R_STAR_TARGET);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        enter();
        Token s = token(m);
        Expr r = null;
        if (s.kind == STAR) {
            pos++;
            if (!at(STAR)) {
                Expr a = star_target();
                if (a != null) {
                    Token e = last();
                    r = new Expr.Starred(Actions.setContext(a, ExprContext.Store), ExprContext.Store,
                            s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            if (r == null) {
                pos = m;
            }
        }
        if (r == null) {
            r = target_with_star_atom();
        }
        level--;
        store(m, R_STAR_TARGET, r);
        return r;
    }

    /** {@code target_with_star_atom} (memo): an attribute or subscript target, or a star_atom. */
    final Expr target_with_star_atom() {
        Memo hit = memo(R_TARGET_WITH_STAR_ATOM);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        enter();
        Expr r = attributeOrSubscriptTarget(ExprContext.Store);
        if (r == null) {
            r = star_atom();
        }
        level--;
        store(m, R_TARGET_WITH_STAR_ATOM, r);
        return r;
    }

    /** {@code star_atom}: a name, a parenthesised target, or a tuple or list of targets. */
    final Expr star_atom() {
        int m = pos;
        Token s = token(m);
        if (s.kind == NAME) {
            pos++;
            return Actions.setContext(Actions.name(s), ExprContext.Store);
        }
        if (s.kind == LPAR) {
            pos++;
            Expr a = target_with_star_atom();
            if (a != null && accept(RPAR)) {
                return Actions.setContext(a, ExprContext.Store);
            }
            pos = m + 1;
            List<Expr> b = star_targets_tuple_seq();
            if (accept(RPAR)) {
                return tuple(b == null ? new ArrayList<>() : b, ExprContext.Store, s);
            }
            return fail(m);
        }
        if (s.kind == LSQB) {
            pos++;
            List<Expr> b = star_targets_list_seq();
            if (accept(RSQB)) {
                Token e = last();
                return new Expr.List(b == null ? new ArrayList<>() : b, ExprContext.Store, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            return fail(m);
        }
        return null;
    }

    /** {@code single_target: single_subscript_attribute_target | NAME | '(' single_target ')'}. */
    final Expr single_target() {
        int m = pos;
        Expr a = single_subscript_attribute_target();
        if (a != null) {
            return a;
        }
        Token s = token(m);
        if (s.kind == NAME) {
            pos++;
            return Actions.setContext(Actions.name(s), ExprContext.Store);
        }
        if (s.kind == LPAR) {
            pos++;
            a = single_target();
            if (a != null && accept(RPAR)) {
                return a;
            }
            return fail(m);
        }
        return null;
    }

    /** {@code single_subscript_attribute_target}: an attribute or subscript in Store context. */
    final Expr single_subscript_attribute_target() {
        return attributeOrSubscriptTarget(ExprContext.Store);
    }

    /** {@code del_targets: ','.del_target+ [',']}. */
    final List<Expr> del_targets() {
        Expr a = del_target();
        if (a == null) {
            return null;
        }
        List<Expr> out = single(a);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Expr c = del_target();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(COMMA);
        return out;
    }

    /** {@code del_target} (memo): an attribute or subscript in Del context, or a del_t_atom. */
    final Expr del_target() {
        Memo hit = memo(R_DEL_TARGET);
        if (hit != null) {
            pos = hit.end;
            return (Expr) hit.value;
        }
        int m = pos;
        enter();
        Expr r = attributeOrSubscriptTarget(ExprContext.Del);
        if (r == null) {
            r = del_t_atom();
        }
        level--;
        store(m, R_DEL_TARGET, r);
        return r;
    }

    /** {@code del_t_atom}: a name, a parenthesised target, or a tuple or list of them, in Del context. */
    final Expr del_t_atom() {
        int m = pos;
        Token s = token(m);
        if (s.kind == NAME) {
            pos++;
            return Actions.setContext(Actions.name(s), ExprContext.Del);
        }
        if (s.kind == LPAR) {
            pos++;
            Expr a = del_target();
            if (a != null && accept(RPAR)) {
                return Actions.setContext(a, ExprContext.Del);
            }
            pos = m + 1;
            List<Expr> b = del_targets();
            if (accept(RPAR)) {
                return tuple(b == null ? new ArrayList<>() : b, ExprContext.Del, s);
            }
            return fail(m);
        }
        if (s.kind == LSQB) {
            pos++;
            List<Expr> b = del_targets();
            if (accept(RSQB)) {
                Token e = last();
                return new Expr.List(b == null ? new ArrayList<>() : b, ExprContext.Del, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            return fail(m);
        }
        return null;
    }
}
