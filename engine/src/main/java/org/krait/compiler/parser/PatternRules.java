package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Imaginary;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Singleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Unaryop;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;

/** The {@code match} statement and its patterns (PEP 634). */
abstract class PatternRules extends StatementRules {

    PatternRules(TokenSource source, Parser.Mode mode) {
        super(source, mode);
    }

    abstract void invalid_match_stmt();

    abstract void invalid_case_block();

    abstract void invalid_as_pattern();

    abstract void invalid_class_pattern();

    /** {@code match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt}. */
    @Override
    final Stmt match_stmt() {
        int m = pos;
        Token s = token(m);
        if (s.kind != NAME || !s.text.equals("match")) {
            return null;
        }
        pos++;
        Expr subject = subject_expr();
        if (subject != null && accept(COLON) && accept(NEWLINE) && accept(INDENT)) {
            List<MatchCase> cases = new ArrayList<>();
            MatchCase c;
            while ((c = case_block()) != null) {
                cases.add(c);
            }
            if (!cases.isEmpty() && accept(DEDENT)) {
                Token e = last();
                return new Stmt.Match(subject, cases, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_match_stmt();
        }
        return null;
    }

    /** {@code subject_expr: star_named_expression ',' star_named_expressions? | named_expression}. */
    final Expr subject_expr() {
        int m = pos;
        Token s = token(m);
        Expr value = star_named_expression();
        if (value != null && accept(COMMA)) {
            List<Expr> values = star_named_expressions();
            return tuple(prepend(value, values), ExprContext.Load, s);
        }
        pos = m;
        return named_expression();
    }

    /** {@code case_block: invalid_case_block | "case" patterns guard? ':' block}. */
    final MatchCase case_block() {
        if (callInvalid) {
            invalid_case_block();
        }
        int m = pos;
        if (expectSoft("case") == null) {
            return null;
        }
        Pattern p = patterns();
        if (p != null) {
            Expr guard = guard();
            if (accept(COLON)) {
                List<Stmt> body = block();
                if (body != null) {
                    return new MatchCase(p, guard, body);
                }
            }
        }
        return fail(m);
    }

    /** {@code guard: 'if' named_expression}. */
    final Expr guard() {
        int m = pos;
        if (!accept(IF)) {
            return null;
        }
        Expr g = named_expression();
        return g == null ? fail(m) : g;
    }

    /** {@code patterns: open_sequence_pattern | pattern}. */
    final Pattern patterns() {
        int m = pos;
        Token s = token(m);
        List<Pattern> seq = open_sequence_pattern();
        if (seq != null) {
            Token e = last();
            return new Pattern.MatchSequence(seq, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return pattern();
    }

    /** {@code pattern: as_pattern | or_pattern}. */
    final Pattern pattern() {
        enter();
        Pattern r = as_pattern();
        if (r == null) {
            r = or_pattern();
        }
        level--;
        return r;
    }

    /** {@code as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern}. */
    final Pattern as_pattern() {
        int m = pos;
        Token s = token(m);
        Pattern p = or_pattern();
        if (p != null && accept(AS)) {
            Expr.Name target = pattern_capture_target();
            if (target != null) {
                Token e = last();
                return new Pattern.MatchAs(p, target.id(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = m;
        if (callInvalid) {
            invalid_as_pattern();
        }
        return null;
    }

    /** {@code or_pattern: '|'.closed_pattern+}, a MatchOr when there is more than one. */
    final Pattern or_pattern() {
        Token s = token(pos);
        Pattern a = closed_pattern();
        if (a == null) {
            return null;
        }
        if (!at(VBAR)) {
            return a;
        }
        List<Pattern> alts = single(a);
        while (at(VBAR)) {
            int save = pos;
            pos++;
            Pattern c = closed_pattern();
            if (c == null) {
                pos = save;
                break;
            }
            alts.add(c);
        }
        if (alts.size() == 1) {
            return a;
        }
        Token e = last();
        return new Pattern.MatchOr(alts, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code closed_pattern} (memo): literal, capture, wildcard, value, group, sequence, mapping, class. */
    final Pattern closed_pattern() {
        Memo hit = memo(R_CLOSED_PATTERN);
        if (hit != null) {
            pos = hit.end;
            return (Pattern) hit.value;
        }
        int m = pos;
        enter();
        Pattern r = literal_pattern();
        if (r == null) {
            r = capture_pattern();
        }
        if (r == null) {
            r = wildcard_pattern();
        }
        if (r == null) {
            r = value_pattern();
        }
        if (r == null) {
            r = group_pattern();
        }
        if (r == null) {
            r = sequence_pattern();
        }
        if (r == null) {
            r = mapping_pattern();
        }
        if (r == null) {
            r = class_pattern();
        }
        level--;
        store(m, R_CLOSED_PATTERN, r);
        return r;
    }

    /** {@code literal_pattern}: numbers, complex literals, strings, None, True, False. */
    final Pattern literal_pattern() {
        Token s = token(pos);
        if (s.kind == NONE || s.kind == TRUE || s.kind == FALSE) {
            pos++;
            Object v = s.kind == NONE ? Singleton.None : Boolean.valueOf(s.kind == TRUE);
            return new Pattern.MatchSingleton(v, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        }
        Expr value = literalValue();
        if (value == null) {
            return null;
        }
        Token e = last();
        return new Pattern.MatchValue(value, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code signed_number !('+' | '-') | complex_number | strings}. */
    private Expr literalValue() {
        int m = pos;
        Expr n = signed_number();
        if (n != null) {
            TokenKind k = kind();
            if (k != PLUS && k != MINUS) {
                return n;
            }
            pos = m;
        }
        Expr c = complex_number();
        if (c != null) {
            return c;
        }
        return at(STRING) ? strings() : null;
    }

    /** {@code literal_expr}: the expression forms of the literal patterns (mapping keys). */
    final Expr literal_expr() {
        Token s = token(pos);
        if (s.kind == NONE || s.kind == TRUE || s.kind == FALSE) {
            pos++;
            Object v = s.kind == NONE ? Singleton.None : Boolean.valueOf(s.kind == TRUE);
            return constant(v, s);
        }
        return literalValue();
    }

    /** {@code complex_number: signed_real_number ('+' | '-') imaginary_number}. */
    final Expr complex_number() {
        int m = pos;
        Token s = token(m);
        Expr real = signed_real_number();
        if (real == null) {
            return null;
        }
        TokenKind k = kind();
        if (k == PLUS || k == MINUS) {
            pos++;
            Expr imag = imaginary_number();
            if (imag != null) {
                return binOp(real, k == PLUS ? Operator.Add : Operator.Sub, imag, s);
            }
        }
        return fail(m);
    }

    /** {@code signed_number: NUMBER | '-' NUMBER}. */
    final Expr signed_number() {
        int m = pos;
        Token s = token(m);
        if (s.kind == NUMBER) {
            pos++;
            return constant(Actions.number(s.text), s);
        }
        if (s.kind == MINUS && kindAt(1) == NUMBER) {
            Token n = token(m + 1);
            pos += 2;
            Expr num = new Expr.Constant(Actions.number(n.text), null, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
            return unaryOp(Unaryop.USub, num, s);
        }
        return null;
    }

    /** {@code signed_real_number: real_number | '-' real_number}. */
    final Expr signed_real_number() {
        Token s = token(pos);
        if (s.kind == NUMBER) {
            return real_number();
        }
        if (s.kind == MINUS && kindAt(1) == NUMBER) {
            pos++;
            Expr real = real_number();
            return unaryOp(Unaryop.USub, real, s);
        }
        return null;
    }

    /** {@code real_number: NUMBER}, which must not be imaginary. */
    final Expr real_number() {
        Token n = expect(NUMBER);
        Object v = Actions.number(n.text);
        Expr c = new Expr.Constant(v, null, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
        if (v instanceof Imaginary) {
            throw errorAt(c, "real number required in complex literal");
        }
        return c;
    }

    /** {@code imaginary_number: NUMBER}, which must be imaginary. */
    final Expr imaginary_number() {
        Token n = expect(NUMBER);
        if (n == null) {
            return null;
        }
        Object v = Actions.number(n.text);
        Expr c = new Expr.Constant(v, null, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
        if (!(v instanceof Imaginary)) {
            throw errorAt(c, "imaginary number required in complex literal");
        }
        return c;
    }

    /** {@code capture_pattern: pattern_capture_target}. */
    final Pattern capture_pattern() {
        Expr.Name n = pattern_capture_target();
        if (n == null) {
            return null;
        }
        return new Pattern.MatchAs(null, n.id(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
    }

    /** {@code pattern_capture_target: !"_" NAME !('.' | '(' | '=')}, in Store context. */
    final Expr.Name pattern_capture_target() {
        Token s = token(pos);
        if (s.kind != NAME || s.text.equals("_")) {
            return null;
        }
        TokenKind next = kindAt(1);
        if (next == DOT || next == LPAR || next == EQUAL) {
            return null;
        }
        pos++;
        return (Expr.Name) Actions.setContext(Actions.name(s), ExprContext.Store);
    }

    /** {@code wildcard_pattern: "_"}. */
    final Pattern wildcard_pattern() {
        Token s = expectSoft("_");
        return s == null ? null : new Pattern.MatchAs(null, null, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
    }

    /** {@code value_pattern: attr !('.' | '(' | '=')}. */
    final Pattern value_pattern() {
        int m = pos;
        Expr a = attr();
        if (a == null) {
            return null;
        }
        TokenKind next = kind();
        if (next == DOT || next == LPAR || next == EQUAL) {
            return fail(m);
        }
        return new Pattern.MatchValue(a, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    /** {@code attr: name_or_attr '.' NAME}: a dotted name with at least one dot. */
    final Expr attr() {
        int m = pos;
        Expr a = name_or_attr();
        if (a instanceof Expr.Attribute) {
            return a;
        }
        return fail(m);
    }

    /** {@code name_or_attr: attr | NAME}: {@code NAME ('.' NAME)*} as Load attributes. */
    final Expr name_or_attr() {
        Token s = expect(NAME);
        if (s == null) {
            return null;
        }
        Expr a = Actions.name(s);
        while (at(DOT) && kindAt(1) == NAME) {
            Token n = token(pos + 1);
            pos += 2;
            a = new Expr.Attribute(a, Actions.identifier(n.text), ExprContext.Load, s.lineno, s.col_offset, n.end_lineno, n.end_col_offset);
        }
        return a;
    }

    /** {@code group_pattern: '(' pattern ')'}. */
    final Pattern group_pattern() {
        int m = pos;
        if (!accept(LPAR)) {
            return null;
        }
        Pattern p = pattern();
        if (p == null || !accept(RPAR)) {
            return fail(m);
        }
        return p;
    }

    /** {@code sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'}. */
    final Pattern sequence_pattern() {
        int m = pos;
        Token s = token(m);
        List<Pattern> ps;
        if (s.kind == LSQB) {
            pos++;
            ps = maybe_sequence_pattern();
            if (!accept(RSQB)) {
                return fail(m);
            }
        } else if (s.kind == LPAR) {
            pos++;
            ps = open_sequence_pattern();
            if (!accept(RPAR)) {
                return fail(m);
            }
        } else {
            return null;
        }
        Token e = last();
        return new Pattern.MatchSequence(ps == null ? new ArrayList<>() : ps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?}. */
    final List<Pattern> open_sequence_pattern() {
        int m = pos;
        Pattern p = maybe_star_pattern();
        if (p == null || !accept(COMMA)) {
            return fail(m);
        }
        return prepend(p, maybe_sequence_pattern());
    }

    /** {@code maybe_sequence_pattern: ','.maybe_star_pattern+ ','?}. */
    final List<Pattern> maybe_sequence_pattern() {
        Pattern p = maybe_star_pattern();
        if (p == null) {
            return null;
        }
        List<Pattern> out = single(p);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Pattern c = maybe_star_pattern();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        accept(COMMA);
        return out;
    }

    /** {@code maybe_star_pattern: star_pattern | pattern}. */
    final Pattern maybe_star_pattern() {
        Pattern p = star_pattern();
        return p != null ? p : pattern();
    }

    /** {@code star_pattern} (memo): {@code '*' pattern_capture_target | '*' wildcard_pattern}. */
    final Pattern star_pattern() {
        Memo hit = memo(R_STAR_PATTERN);
        if (hit != null) {
            pos = hit.end;
            return (Pattern) hit.value;
        }
        int m = pos;
        Pattern r = null;
        Token s = token(m);
        if (s.kind == STAR) {
            pos++;
            Expr.Name n = pattern_capture_target();
            if (n != null) {
                r = new Pattern.MatchStar(n.id(), s.lineno, s.col_offset, n.end_lineno(), n.end_col_offset());
            } else if (wildcard_pattern() != null) {
                Token e = last();
                r = new Pattern.MatchStar(null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            } else {
                pos = m;
            }
        }
        store(m, R_STAR_PATTERN, r);
        return r;
    }

    /** {@code mapping_pattern}: {@code '{' [items] [',' '**' rest] [','] '}'}. */
    final Pattern mapping_pattern() {
        int m = pos;
        Token s = expect(LBRACE);
        if (s == null) {
            return null;
        }
        if (accept(RBRACE)) {
            return mapping(null, null, null, s);
        }
        String rest = double_star_pattern();
        if (rest != null) {
            accept(COMMA);
            if (accept(RBRACE)) {
                return mapping(null, null, rest, s);
            }
            return fail(m);
        }
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        if (!items_pattern(keys, values)) {
            return fail(m);
        }
        int afterItems = pos;
        if (accept(COMMA)) {
            rest = double_star_pattern();
            if (rest != null) {
                accept(COMMA);
                if (accept(RBRACE)) {
                    return mapping(keys, values, rest, s);
                }
            }
            pos = afterItems;
        }
        accept(COMMA);
        if (accept(RBRACE)) {
            return mapping(keys, values, null, s);
        }
        return fail(m);
    }

    private Pattern mapping(List<Expr> keys, List<Pattern> values, String rest, Token s) {
        Token e = last();
        return new Pattern.MatchMapping(keys == null ? new ArrayList<>() : keys, values == null ? new ArrayList<>() : values,
                rest, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code items_pattern: ','.key_value_pattern+}, into the two lists; false when there is none. */
    final boolean items_pattern(List<Expr> keys, List<Pattern> values) {
        if (!key_value_pattern(keys, values)) {
            return false;
        }
        while (at(COMMA)) {
            int save = pos;
            pos++;
            if (!key_value_pattern(keys, values)) {
                pos = save;
                break;
            }
        }
        return true;
    }

    /** {@code key_value_pattern: (literal_expr | attr) ':' pattern}. */
    private boolean key_value_pattern(List<Expr> keys, List<Pattern> values) {
        int m = pos;
        Expr key = literal_expr();
        if (key == null) {
            key = attr();
        }
        if (key == null || !accept(COLON)) {
            pos = m;
            return false;
        }
        Pattern p = pattern();
        if (p == null) {
            pos = m;
            return false;
        }
        keys.add(key);
        values.add(p);
        return true;
    }

    /** {@code double_star_pattern: '**' pattern_capture_target}: the captured name. */
    final String double_star_pattern() {
        int m = pos;
        if (!accept(DOUBLESTAR)) {
            return null;
        }
        Expr.Name n = pattern_capture_target();
        return n == null ? fail(m) : n.id();
    }

    /** {@code class_pattern}: {@code name_or_attr '(' [positional] [keywords] [','] ')'} | invalid_class_pattern. */
    final Pattern class_pattern() {
        int m = pos;
        Token s = token(m);
        Expr cls = name_or_attr();
        if (cls == null || !accept(LPAR)) {
            return fail(m);
        }
        int open = pos;
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        if (!accept(RPAR)) {
            boolean ok = false;
            List<Pattern> pp = positional_patterns();
            if (pp != null) {
                int afterPositional = pos;
                if (accept(COMMA) && keyword_patterns(kwdAttrs, kwdPatterns)) {
                    accept(COMMA);
                    ok = accept(RPAR);
                }
                if (!ok) {
                    kwdAttrs.clear();
                    kwdPatterns.clear();
                    pos = afterPositional;
                    accept(COMMA);
                    ok = accept(RPAR);
                }
                if (ok) {
                    positional = pp;
                }
            } else {
                pos = open;
                if (keyword_patterns(kwdAttrs, kwdPatterns)) {
                    accept(COMMA);
                    ok = accept(RPAR);
                }
            }
            if (!ok) {
                pos = m;
                if (callInvalid) {
                    invalid_class_pattern();
                }
                return null;
            }
        }
        Token e = last();
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code positional_patterns: ','.pattern+}. */
    final List<Pattern> positional_patterns() {
        Pattern p = pattern();
        if (p == null) {
            return null;
        }
        List<Pattern> out = single(p);
        while (at(COMMA)) {
            int save = pos;
            pos++;
            Pattern c = pattern();
            if (c == null) {
                pos = save;
                break;
            }
            out.add(c);
        }
        return out;
    }

    /** {@code keyword_patterns: ','.keyword_pattern+}, into the two lists; false when there is none. */
    final boolean keyword_patterns(List<String> names, List<Pattern> values) {
        if (!keyword_pattern(names, values)) {
            return false;
        }
        while (at(COMMA)) {
            int save = pos;
            pos++;
            if (!keyword_pattern(names, values)) {
                pos = save;
                break;
            }
        }
        return true;
    }

    /** {@code keyword_pattern: NAME '=' pattern}. */
    private boolean keyword_pattern(List<String> names, List<Pattern> values) {
        int m = pos;
        Token n = token(m);
        if (n.kind != NAME || kindAt(1) != EQUAL) {
            return false;
        }
        pos += 2;
        Pattern p = pattern();
        if (p == null) {
            pos = m;
            return false;
        }
        names.add(Actions.identifier(n.text));
        values.add(p);
        return true;
    }
}
