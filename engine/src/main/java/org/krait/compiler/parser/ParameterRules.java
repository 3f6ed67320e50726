package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;

/**
 * The parameter lists of {@code def} ({@code params}) and {@code lambda} ({@code lambda_params}).
 * The two grammars differ only in that lambda parameters have no annotations and end at
 * {@code ':'} instead of {@code ')'}, so each rule here takes a {@code lambda} flag.
 */
abstract class ParameterRules extends TargetRules {

    ParameterRules(TokenSource source, Parser.Mode mode) {
        super(source, mode);
    }

    abstract void invalid_parameters(boolean lambda);

    abstract void invalid_star_etc(boolean lambda);

    abstract void invalid_kwds(boolean lambda);

    abstract void invalid_default();

    /** {@code params: invalid_parameters | parameters}. */
    final Arguments params() {
        if (callInvalid) {
            invalid_parameters(false);
        }
        return parameters(false);
    }

    @Override
    final Arguments lambda_params() {
        if (callInvalid) {
            invalid_parameters(true);
        }
        return parameters(true);
    }

    /** {@code parameters} / {@code lambda_parameters}: the five shapes of a parameter list. */
    final Arguments parameters(boolean lambda) {
        List<Arg> slash = slash_no_default(lambda);
        if (slash != null) {
            List<Arg> b = param_no_default_star(lambda);
            List<Actions.NameDefault> c = param_with_default_star(lambda);
            return Actions.makeArguments(slash, null, b, c, star_etc(lambda));
        }
        Actions.SlashWithDefault sw = slash_with_default(lambda);
        if (sw != null) {
            List<Actions.NameDefault> c = param_with_default_star(lambda);
            return Actions.makeArguments(null, sw, null, c, star_etc(lambda));
        }
        List<Arg> plain = param_no_default_star(lambda);
        if (!plain.isEmpty()) {
            List<Actions.NameDefault> c = param_with_default_star(lambda);
            return Actions.makeArguments(null, null, plain, c, star_etc(lambda));
        }
        List<Actions.NameDefault> withDefault = param_with_default_star(lambda);
        if (!withDefault.isEmpty()) {
            return Actions.makeArguments(null, null, null, withDefault, star_etc(lambda));
        }
        Actions.StarEtc star = star_etc(lambda);
        return star == null ? null : Actions.makeArguments(null, null, null, null, star);
    }

    /** The token that closes a parameter list. */
    static TokenKind closer(boolean lambda) {
        return lambda ? COLON : RPAR;
    }

    /** {@code slash_no_default: param_no_default+ '/' (',' | &')')}. */
    final List<Arg> slash_no_default(boolean lambda) {
        int m = pos;
        List<Arg> a = param_no_default_star(lambda);
        if (a.isEmpty() || !accept(SLASH)) {
            return fail(m);
        }
        if (accept(COMMA) || at(closer(lambda))) {
            return a;
        }
        return fail(m);
    }

    /** {@code slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')}. */
    final Actions.SlashWithDefault slash_with_default(boolean lambda) {
        int m = pos;
        List<Arg> a = param_no_default_star(lambda);
        List<Actions.NameDefault> b = param_with_default_star(lambda);
        if (b.isEmpty() || !accept(SLASH)) {
            return fail(m);
        }
        if (accept(COMMA) || at(closer(lambda))) {
            return new Actions.SlashWithDefault(a, b);
        }
        return fail(m);
    }

    /** {@code star_etc}: {@code *args} with keyword-only parameters and {@code **kwargs}. */
    final Actions.StarEtc star_etc(boolean lambda) {
        if (callInvalid) {
            invalid_star_etc(lambda);
        }
        int m = pos;
        if (accept(STAR)) {
            Arg a = param_no_default(lambda);
            if (a == null && !lambda) {
                a = param_no_default_star_annotation();
            }
            if (a != null) {
                List<Actions.NameDefault> b = param_maybe_default_star(lambda);
                return new Actions.StarEtc(a, b, kwds(lambda));
            }
            if (accept(COMMA)) {
                List<Actions.NameDefault> b = param_maybe_default_star(lambda);
                if (!b.isEmpty()) {
                    return new Actions.StarEtc(null, b, kwds(lambda));
                }
            }
            pos = m;
        }
        Arg k = kwds(lambda);
        return k == null ? null : new Actions.StarEtc(null, null, k);
    }

    /** {@code kwds: invalid_kwds | '**' param_no_default}. */
    final Arg kwds(boolean lambda) {
        if (callInvalid) {
            invalid_kwds(lambda);
        }
        int m = pos;
        if (!accept(DOUBLESTAR)) {
            return null;
        }
        Arg a = param_no_default(lambda);
        return a == null ? fail(m) : a;
    }

    /** {@code param_no_default: param ',' | param &')'}. */
    final Arg param_no_default(boolean lambda) {
        int m = pos;
        Arg a = param(lambda);
        if (a == null) {
            return null;
        }
        if (accept(COMMA) || at(closer(lambda))) {
            return a;
        }
        return fail(m);
    }

    final List<Arg> param_no_default_star(boolean lambda) {
        List<Arg> out = new ArrayList<>();
        Arg a;
        while ((a = param_no_default(lambda)) != null) {
            out.add(a);
        }
        return out;
    }

    /** {@code param_no_default_star_annotation: param_star_annotation (',' | &')')}. */
    final Arg param_no_default_star_annotation() {
        int m = pos;
        Token n = expect(NAME);
        if (n == null || !accept(COLON)) {
            return fail(m);
        }
        Expr ann = star_expression();
        if (ann == null) {
            return fail(m);
        }
        Token e = last();
        Arg a = new Arg(Actions.identifier(n.text), ann, null, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
        if (accept(COMMA) || at(RPAR)) {
            return a;
        }
        return fail(m);
    }

    /** {@code param_with_default: param default (',' | &')')}. */
    final Actions.NameDefault param_with_default(boolean lambda) {
        int m = pos;
        Arg a = param(lambda);
        if (a == null) {
            return null;
        }
        Expr c = default_rule();
        if (c != null && (accept(COMMA) || at(closer(lambda)))) {
            return new Actions.NameDefault(a, c);
        }
        return fail(m);
    }

    final List<Actions.NameDefault> param_with_default_star(boolean lambda) {
        List<Actions.NameDefault> out = new ArrayList<>();
        Actions.NameDefault a;
        while ((a = param_with_default(lambda)) != null) {
            out.add(a);
        }
        return out;
    }

    /** {@code param_maybe_default: param default? (',' | &')')}. */
    final Actions.NameDefault param_maybe_default(boolean lambda) {
        int m = pos;
        Arg a = param(lambda);
        if (a == null) {
            return null;
        }
        Expr c = default_rule();
        if (accept(COMMA) || at(closer(lambda))) {
            return new Actions.NameDefault(a, c);
        }
        return fail(m);
    }

    final List<Actions.NameDefault> param_maybe_default_star(boolean lambda) {
        List<Actions.NameDefault> out = new ArrayList<>();
        Actions.NameDefault a;
        while ((a = param_maybe_default(lambda)) != null) {
            out.add(a);
        }
        return out;
    }

    /** {@code param: NAME annotation?} ({@code lambda_param: NAME}). */
    final Arg param(boolean lambda) {
        int m = pos;
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        Expr ann = null;
        if (!lambda && at(COLON)) {
            pos++;
            ann = expression();
            if (ann == null) {
                pos = m + 1;
            }
        }
        Token e = last();
        return new Arg(Actions.identifier(n.text), ann, null, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code default: '=' expression | invalid_default}. */
    final Expr default_rule() {
        int m = pos;
        if (accept(EQUAL)) {
            Expr a = expression();
            if (a != null) {
                return a;
            }
            pos = m;
        }
        if (callInvalid) {
            invalid_default();
        }
        return null;
    }
}
