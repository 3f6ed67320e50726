package org.krait.compiler.parser;

import static org.krait.compiler.tokenizer.TokenKind.*;

import java.util.List;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenKind;
import org.krait.compiler.tokenizer.TokenSource;

/**
 * The {@code invalid_*} rules of the grammar, run only in the second pass. Each one either throws
 * the specific {@code SyntaxError} CPython raises, or matches nothing and leaves the cursor where it
 * was so that the calling rule goes on with its next alternative.
 */
abstract class ErrorRules extends PatternRules {

    ErrorRules(TokenSource source, Parser.Mode mode) {
        super(source, mode);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: throws when {@code e} holds something that is no target. */
    final void invalidTarget(Actions.Targets type, Expr e) {
        Expr bad = Actions.invalidTarget(e, type);
        if (bad != null) {
            String verb = type == Actions.Targets.DEL ? "cannot delete " : "cannot assign to ";
            throw errorAt(bad, verb + Actions.exprName(bad));
        }
    }

    private SyntaxErrorException range(Expr a, Expr b, String msg) {
        return errorRange(a.lineno(), a.col_offset(), b.end_lineno(), b.end_col_offset(), msg);
    }

    private SyntaxErrorException range(Token a, Token b, String msg) {
        return errorRange(a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
    }

    /**
     * CPython's SOFT_KEYWORD lookahead compares only as many characters as the NAME has
     * ({@code strncmp(keyword, name, len(name))}), so every prefix of a soft keyword ({@code c},
     * {@code ma}, ...) counts as one.
     */
    private boolean isSoftKeyword(Token t) {
        return t.kind == NAME && ("match".startsWith(t.text) || "case".startsWith(t.text) || "_".startsWith(t.text));
    }

    /** {@code NEWLINE !INDENT} after a colon: the block CPython says is missing. */
    private boolean missingIndentedBlock() {
        return accept(NEWLINE) && !at(INDENT);
    }

    private SyntaxErrorException indentedBlockExpected(String what, int line) {
        return indentationError("expected an indented block after " + what + " on line " + line);
    }

    // ---- expressions ---------------------------------------------------------------------------

    @Override
    final void invalid_expression() {
        int m = pos;
        Token t = token(m);
        boolean nameString = t.kind == NAME && kindAt(1) == STRING;
        if (!nameString && !isSoftKeyword(t)) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expression_without_invalid();
                if (b != null && !Actions.isLegacyStatement(a) && levelOf(pos - 1) != 0) {
                    throw range(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        pos = m;
        Expr a = disjunction();
        if (a != null && accept(IF)) {
            Expr b = disjunction();
            if (b != null && !at(ELSE) && !at(COLON)) {
                throw range(a, b, "expected 'else' after 'if' expression");
            }
        }
        pos = m;
    }

    @Override
    final void invalid_legacy_expression() {
        int m = pos;
        Token n = expect(NAME);
        if (n != null && !at(LPAR)) {
            Expr b = star_expressions();
            Expr a = Actions.name(n);
            if (b != null && Actions.isLegacyStatement(a)) {
                String id = ((Expr.Name) a).id();
                throw range(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
            }
        }
        pos = m;
    }

    @Override
    final void invalid_named_expression() {
        int m = pos;
        if (memo(R_INVALID_NAMED_EXPRESSION) != null) {
            return;
        }
        Expr a = expression();
        if (a != null && accept(COLONEQUAL) && expression() != null) {
            throw errorAt(a, "cannot use assignment expressions with " + Actions.exprName(a));
        }
        pos = m;
        Token n = token(m);
        if (n.kind == NAME && kindAt(1) == EQUAL) {
            pos += 2;
            Expr b = bitwise_or();
            if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw range(Actions.name(n), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        pos = m;
        TokenKind k = n.kind;
        boolean excluded = k == TRUE || k == NONE || k == FALSE;
        if (!excluded && (k == LPAR || k == LSQB)) {
            excluded = (k == LSQB ? list_rule() : tuple_rule()) != null;
            if (!excluded && k == LPAR) {
                excluded = genexp() != null;
            }
            pos = m;
        }
        if (!excluded) {
            a = bitwise_or();
            if (a != null && accept(EQUAL) && bitwise_or() != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw errorAt(a, "cannot assign to " + Actions.exprName(a) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        pos = m;
        store(m, R_INVALID_NAMED_EXPRESSION, null);
    }

    /** {@code invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'}. */
    private Expr invalid_ann_assign_target() {
        int m = pos;
        Expr a = list_rule();
        if (a == null) {
            a = tuple_rule();
        }
        if (a == null && accept(LPAR)) {
            a = invalid_ann_assign_target();
            if (a == null || !accept(RPAR)) {
                a = null;
                pos = m;
            }
        }
        return a;
    }

    @Override
    final void invalid_assignment() {
        int m = pos;
        Expr a = invalid_ann_assign_target();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorAt(a, "only single target (not " + Actions.exprName(a) + ") can be annotated");
        }
        pos = m;
        a = star_named_expression();
        if (a != null && accept(COMMA)) {
            while (star_named_expressions() != null) {
                // star_named_expressions* : any number of further runs
            }
            if (accept(COLON) && expression() != null) {
                throw errorAt(a, "only single target (not tuple) can be annotated");
            }
        }
        pos = m;
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorAt(a, "illegal target for annotation");
        }
        pos = m;
        skipStarTargetsAssignments();
        a = star_expressions();
        if (a != null && accept(EQUAL)) {
            invalidTarget(Actions.Targets.STAR, a);
        }
        pos = m;
        skipStarTargetsAssignments();
        a = yield_expr();
        if (a != null && accept(EQUAL)) {
            throw errorAt(a, "assignment to yield expression not possible");
        }
        pos = m;
        a = star_expressions();
        if (a != null && augassign() != null) {
            Expr rhs = yield_expr();
            if (rhs == null) {
                rhs = star_expressions();
            }
            if (rhs != null) {
                throw errorAt(a, "'" + Actions.exprName(a) + "' is an illegal expression for augmented assignment");
            }
        }
        pos = m;
    }

    /** {@code (star_targets '=')*}. */
    private void skipStarTargetsAssignments() {
        while (true) {
            int save = pos;
            if (star_targets() == null || !accept(EQUAL)) {
                pos = save;
                return;
            }
        }
    }

    @Override
    final void invalid_del_stmt() {
        int m = pos;
        if (accept(DEL)) {
            Expr a = star_expressions();
            if (a != null) {
                invalidTarget(Actions.Targets.DEL, a);
            }
        }
        pos = m;
    }

    @Override
    final void invalid_block() {
        int m = pos;
        if (missingIndentedBlock()) {
            throw indentationError("expected an indented block");
        }
        pos = m;
    }

    @Override
    final void invalid_comprehension() {
        int m = pos;
        TokenKind open = kind();
        if (open != LSQB && open != LPAR && open != LBRACE) {
            return;
        }
        pos++;
        Expr a = starred_expression();
        if (a != null && for_if_clauses() != null) {
            throw errorAt(a, "iterable unpacking cannot be used in comprehension");
        }
        if (open != LPAR) {
            pos = m + 1;
            a = star_named_expression();
            if (a != null && at(COMMA)) {
                Token comma = token(pos);
                pos++;
                int afterComma = pos;
                List<Expr> b = star_named_expressions();
                if (b != null && for_if_clauses() != null) {
                    throw range(a, b.get(b.size() - 1), "did you forget parentheses around the comprehension target?");
                }
                pos = afterComma;
                if (for_if_clauses() != null) {
                    throw errorRange(a.lineno(), a.col_offset(), comma.end_lineno, comma.end_col_offset,
                            "did you forget parentheses around the comprehension target?");
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_dict_comprehension() {
        int m = pos;
        if (accept(LBRACE)) {
            Token a = expect(DOUBLESTAR);
            if (a != null && bitwise_or() != null && for_if_clauses() != null && accept(RBRACE)) {
                throw errorAt(a, "dict unpacking cannot be used in dict comprehension");
            }
        }
        pos = m;
    }

    @Override
    final void invalid_double_starred_kvpairs() {
        int m = pos;
        if (double_starred_kvpair() != null) {
            while (at(COMMA)) {
                int save = pos;
                pos++;
                if (double_starred_kvpair() == null) {
                    pos = save;
                    break;
                }
            }
            if (accept(COMMA)) {
                invalid_kvpair();
            }
        }
        pos = m;
        invalidDictValue();
        pos = m;
    }

    /** The two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
    private void invalidDictValue() {
        int m = pos;
        if (expression() != null) {
            Token colon = expect(COLON);
            if (colon != null) {
                int afterColon = pos;
                Token star = expect(STAR);
                if (star != null && bitwise_or() != null) {
                    throw errorFrom(star.lineno, star.col_offset, "cannot use a starred expression in a dictionary value");
                }
                pos = afterColon;
                if (at(RBRACE) || at(COMMA)) {
                    throw errorAt(colon, "expression expected after dictionary key and ':'");
                }
            }
        }
        pos = m;
    }

    private void invalid_kvpair() {
        int m = pos;
        Expr a = expression();
        if (a != null && !at(COLON)) {
            throw errorAt(SyntaxErrorException.Kind.SyntaxError, "':' expected after dictionary key",
                    a.lineno(), a.end_col_offset(), a.end_lineno(), 0);
        }
        pos = m;
        invalidDictValue();
    }

    @Override
    final void invalid_arguments() {
        int m = pos;
        // CPython 3.11.7 (the oracle) checks ((positional ',' kwargs) | kwargs) ',' '*' and reports
        // at the '*'; the grammar file of 3.11.0 had args ',' '*' reported at the arguments.
        boolean withKeywords = positional_args() != null ? accept(COMMA) && kwargs() != null : false;
        if (!withKeywords) {
            pos = m;
            withKeywords = kwargs() != null;
        }
        if (withKeywords && accept(COMMA) && at(STAR)) {
            throw errorAt(token(pos), "iterable argument unpacking follows keyword argument unpacking");
        }
        pos = m;
        Expr.Call a;
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = for_if_clauses();
            if (b != null && accept(COMMA)) {
                int save = pos;
                if (args() == null) {
                    pos = save;
                    if (expression() == null || for_if_clauses() == null) {
                        pos = save;
                    }
                }
                throw range(e, Actions.lastComprehensionItem(b.get(b.size() - 1)), "Generator expression must be parenthesized");
            }
        }
        pos = m;
        Token n = token(m);
        if (n.kind == NAME && kindAt(1) == EQUAL) {
            Token eq = token(m + 1);
            pos += 2;
            if (expression() != null && for_if_clauses() != null) {
                throw range(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        pos = m;
        a = args();
        if (a != null) {
            List<Comprehension> b = for_if_clauses();
            if (b != null && a.args().size() > 1) {
                Expr lastArg = a.args().get(a.args().size() - 1);
                throw range(lastArg, Actions.lastComprehensionItem(b.get(b.size() - 1)), "Generator expression must be parenthesized");
            }
        }
        pos = m;
        if (args() != null && accept(COMMA)) {
            Expr g = expression();
            if (g != null) {
                List<Comprehension> b = for_if_clauses();
                if (b != null) {
                    throw range(g, Actions.lastComprehensionItem(b.get(b.size() - 1)), "Generator expression must be parenthesized");
                }
            }
        }
        pos = m;
        a = args();
        if (a != null && accept(COMMA) && args() != null) {
            boolean unpacking = false;
            for (var k : a.keywords()) {
                if (k.arg() == null) {
                    unpacking = true;
                }
            }
            throw syntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        pos = m;
    }

    @Override
    final void invalid_kwarg() {
        int m = pos;
        Token a = token(m);
        if ((a.kind == TRUE || a.kind == FALSE || a.kind == NONE) && kindAt(1) == EQUAL) {
            throw range(a, token(m + 1), "cannot assign to " + a.text);
        }
        if (a.kind == NAME && kindAt(1) == EQUAL) {
            Token eq = token(m + 1);
            pos += 2;
            if (expression() != null && for_if_clauses() != null) {
                throw range(a, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            pos = m;
            return;
        }
        Expr e = expression();
        if (e != null) {
            Token eq = expect(EQUAL);
            if (eq != null) {
                throw errorRange(e.lineno(), e.col_offset(), eq.end_lineno, eq.end_col_offset,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        }
        pos = m;
    }

    @Override
    final void invalid_for_target() {
        int m = pos;
        accept(ASYNC);
        if (accept(FOR)) {
            Expr a = star_expressions();
            if (a != null) {
                invalidTarget(Actions.Targets.FOR, a);
            }
        }
        pos = m;
    }

    @Override
    final void invalid_group() {
        int m = pos;
        if (accept(LPAR)) {
            Expr a = starred_expression();
            if (a != null && accept(RPAR)) {
                throw errorAt(a, "cannot use starred expression here");
            }
            pos = m + 1;
            Token ds = expect(DOUBLESTAR);
            if (ds != null && expression() != null && accept(RPAR)) {
                throw errorAt(ds, "cannot use double starred expression here");
            }
        }
        pos = m;
    }

    // ---- parameters -------------------------------------------------------------------------

    @Override
    final void invalid_parameters(boolean lambda) {
        int m = pos;
        // param_no_default* invalid_parameters_helper param_no_default
        param_no_default_star(lambda);
        if (slash_with_default(lambda) != null || !param_with_default_star(lambda).isEmpty()) {
            Token a = token(pos);
            if (param_no_default(lambda) != null) {
                throw errorAt(a, "non-default argument follows default argument");
            }
        }
        pos = m;
        // param_no_default* '(' param_no_default+ ','? ')'
        param_no_default_star(lambda);
        Token open = expect(LPAR);
        if (open != null) {
            boolean some;
            if (lambda) {
                some = lambdaParamList();
            } else {
                some = !param_no_default_star(false).isEmpty();
            }
            if (some) {
                accept(COMMA);
                Token close = expect(RPAR);
                if (close != null) {
                    throw range(open, close, lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        pos = m;
        Token slash = expect(SLASH);
        if (slash != null && at(COMMA)) {
            throw errorAt(slash, "at least one argument must precede /");
        }
        pos = m;
        if (slash_no_default(lambda) != null || slash_with_default(lambda) != null) {
            param_maybe_default_star(lambda);
            slash = expect(SLASH);
            if (slash != null) {
                throw errorAt(slash, "/ may appear only once");
            }
        }
        pos = m;
        if (slash_no_default(lambda) == null) {
            slash_with_default(lambda);
        }
        param_maybe_default_star(lambda);
        if (accept(STAR) && (accept(COMMA) || param_no_default(lambda) != null)) {
            param_maybe_default_star(lambda);
            slash = expect(SLASH);
            if (slash != null) {
                throw errorAt(slash, "/ must be ahead of *");
            }
        }
        pos = m;
        if (!param_maybe_default_star(lambda).isEmpty() && accept(SLASH)) {
            Token star = expect(STAR);
            if (star != null) {
                throw errorAt(star, "expected comma between / and *");
            }
        }
        pos = m;
    }

    /** {@code ','.lambda_param+}. */
    private boolean lambdaParamList() {
        if (param(true) == null) {
            return false;
        }
        while (at(COMMA) && kindAt(1) == NAME) {
            pos++;
            param(true);
        }
        return true;
    }

    @Override
    final void invalid_default() {
        Token a = token(pos);
        if (a.kind == EQUAL) {
            TokenKind next = kindAt(1);
            if (next == RPAR || next == COMMA) {
                throw errorAt(a, "expected default value expression");
            }
        }
    }

    @Override
    final void invalid_star_etc(boolean lambda) {
        int m = pos;
        Token star = expect(STAR);
        if (star == null) {
            return;
        }
        TokenKind close = closer(lambda);
        if (at(close) || (at(COMMA) && (kindAt(1) == close || kindAt(1) == DOUBLESTAR))) {
            if (lambda) {
                pos += at(COMMA) ? 2 : 1;
                throw syntaxError("named arguments must follow bare *");
            }
            throw errorAt(star, "named arguments must follow bare *");
        }
        if (param(lambda) != null) {
            Token eq = expect(EQUAL);
            if (eq != null) {
                throw errorAt(eq, "var-positional argument cannot have default value");
            }
        }
        pos = m + 1;
        if (param_no_default(lambda) != null || accept(COMMA)) {
            param_maybe_default_star(lambda);
            Token second = expect(STAR);
            if (second != null && (param_no_default(lambda) != null || accept(COMMA))) {
                throw errorAt(second, "* argument may appear only once");
            }
        }
        pos = m;
    }

    @Override
    final void invalid_kwds(boolean lambda) {
        int m = pos;
        if (!accept(DOUBLESTAR) || param(lambda) == null) {
            pos = m;
            return;
        }
        Token eq = expect(EQUAL);
        if (eq != null) {
            throw errorAt(eq, "var-keyword argument cannot have default value");
        }
        if (accept(COMMA)) {
            Token t = token(pos);
            if (param(lambda) != null) {
                throw errorAt(t, "arguments cannot follow var-keyword argument");
            }
            if (t.kind == STAR || t.kind == DOUBLESTAR || t.kind == SLASH) {
                throw errorAt(t, "arguments cannot follow var-keyword argument");
            }
        }
        pos = m;
    }

    // ---- statements -------------------------------------------------------------------------

    @Override
    final void invalid_import_from_targets() {
        int m = pos;
        if (import_from_as_names() != null && accept(COMMA) && at(NEWLINE)) {
            pos++;
            throw syntaxError("trailing comma not allowed without surrounding parentheses");
        }
        pos = m;
    }

    /** {@code ','.(expression ['as' star_target])+} or, parenthesised, with {@code expressions}. */
    private boolean withItemsLoose(boolean parenthesised) {
        boolean any = false;
        while (true) {
            int save = pos;
            Expr e = parenthesised ? expressions() : expression();
            if (e == null) {
                pos = save;
                if (any) {
                    pos--;
                }
                return any;
            }
            any = true;
            int afterE = pos;
            if (!(accept(AS) && star_target() != null)) {
                pos = afterE;
            }
            if (!accept(COMMA)) {
                return true;
            }
        }
    }

    @Override
    final void invalid_with_stmt() {
        int m = pos;
        accept(ASYNC);
        if (accept(WITH)) {
            int afterWith = pos;
            if (withItemsLoose(false) && at(NEWLINE)) {
                pos++;
                throw syntaxError("expected ':'");
            }
            pos = afterWith;
            if (accept(LPAR) && withItemsLoose(true)) {
                accept(COMMA);
                if (accept(RPAR) && at(NEWLINE)) {
                    pos++;
                    throw syntaxError("expected ':'");
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_with_stmt_indent() {
        int m = pos;
        accept(ASYNC);
        Token w = expect(WITH);
        if (w != null) {
            int afterWith = pos;
            if (withItemsLoose(false) && accept(COLON) && missingIndentedBlock()) {
                throw indentedBlockExpected("'with' statement", w.lineno);
            }
            pos = afterWith;
            if (accept(LPAR) && withItemsLoose(true)) {
                accept(COMMA);
                if (accept(RPAR) && accept(COLON) && missingIndentedBlock()) {
                    throw indentedBlockExpected("'with' statement", w.lineno);
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_with_item() {
        int m = pos;
        if (expression() != null && accept(AS)) {
            Expr a = expression();
            if (a != null) {
                TokenKind k = kind();
                if (k == COMMA || k == RPAR || k == COLON) {
                    invalidTarget(Actions.Targets.STAR, a);
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_try_stmt() {
        int m = pos;
        Token t = expect(TRY);
        if (t == null) {
            return;
        }
        if (accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("'try' statement", t.lineno);
        }
        pos = m + 1;
        if (accept(COLON) && block() != null && !at(EXCEPT) && !at(FINALLY)) {
            throw syntaxError("expected 'except' or 'finally' block");
        }
        for (int star = 0; star < 2; star++) {
            pos = m + 1;
            if (!accept(COLON)) {
                break;
            }
            while (block() != null) {
                // block*: any number of blocks
            }
            int handlers = 0;
            while ((star == 0 ? except_block() : except_star_block()) != null) {
                handlers++;
            }
            if (handlers == 0) {
                continue;
            }
            Token ex = expect(EXCEPT);
            if (ex == null) {
                continue;
            }
            if (star == 0) {
                Token st = expect(STAR);
                if (st != null && expression() != null) {
                    optionalAsName();
                    if (accept(COLON)) {
                        throw range(ex, st, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            } else {
                int save = pos;
                if (expression() != null) {
                    optionalAsName();
                } else {
                    pos = save;
                }
                if (accept(COLON)) {
                    throw errorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        pos = m;
    }

    /** {@code ['as' NAME]}. */
    private void optionalAsName() {
        if (at(AS) && kindAt(1) == NAME) {
            pos += 2;
        }
    }

    @Override
    final void invalid_except_stmt() {
        int m = pos;
        if (!accept(EXCEPT)) {
            return;
        }
        accept(STAR);
        Expr a = expression();
        if (a != null && accept(COMMA) && expressions() != null) {
            optionalAsName();
            if (accept(COLON)) {
                throw errorFrom(a.lineno(), a.col_offset(), "multiple exception types must be parenthesized");
            }
        }
        pos = m + 1;
        accept(STAR);
        if (expression() != null) {
            optionalAsName();
            if (accept(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
        }
        pos = m + 1;
        if (accept(NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        if (accept(STAR) && (accept(NEWLINE) || accept(COLON))) {
            throw syntaxError("expected one or more exception types");
        }
        pos = m;
    }

    @Override
    final void invalid_finally_stmt() {
        int m = pos;
        Token f = expect(FINALLY);
        if (f != null && accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("'finally' statement", f.lineno);
        }
        pos = m;
    }

    @Override
    final void invalid_except_stmt_indent() {
        int m = pos;
        Token e = expect(EXCEPT);
        if (e == null) {
            return;
        }
        if (expression() != null) {
            optionalAsName();
            if (accept(COLON) && missingIndentedBlock()) {
                throw indentedBlockExpected("'except' statement", e.lineno);
            }
        }
        pos = m + 1;
        if (accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("'except' statement", e.lineno);
        }
        pos = m;
    }

    @Override
    final void invalid_except_star_stmt_indent() {
        int m = pos;
        Token e = expect(EXCEPT);
        if (e != null && accept(STAR) && expression() != null) {
            optionalAsName();
            if (accept(COLON) && missingIndentedBlock()) {
                throw indentedBlockExpected("'except*' statement", e.lineno);
            }
        }
        pos = m;
    }

    @Override
    final void invalid_match_stmt() {
        int m = pos;
        Token s = expectSoft("match");
        if (s == null) {
            return;
        }
        if (subject_expr() != null && accept(NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        pos = m + 1;
        if (subject_expr() != null && accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("'match' statement", s.lineno);
        }
        pos = m;
    }

    @Override
    final void invalid_case_block() {
        int m = pos;
        Token s = expectSoft("case");
        if (s == null) {
            return;
        }
        if (patterns() != null) {
            guard();
            if (accept(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
        }
        pos = m + 1;
        if (patterns() != null) {
            guard();
            if (accept(COLON) && missingIndentedBlock()) {
                throw indentedBlockExpected("'case' statement", s.lineno);
            }
        }
        pos = m;
    }

    @Override
    final void invalid_as_pattern() {
        int m = pos;
        if (or_pattern() != null && accept(AS)) {
            Token u = expectSoft("_");
            if (u != null) {
                throw errorAt(u, "cannot use '_' as a target");
            }
            if (!at(NAME)) {
                Expr a = expression();
                if (a != null) {
                    throw errorAt(a, "invalid pattern target");
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_class_pattern() {
        int m = pos;
        if (name_or_attr() != null && accept(LPAR)) {
            int open = pos;
            if (!(positional_patterns() != null && accept(COMMA))) {
                pos = open;
            }
            List<String> names = new java.util.ArrayList<>();
            List<Pattern> values = new java.util.ArrayList<>();
            if (keyword_patterns(names, values) && accept(COMMA)) {
                List<Pattern> a = positional_patterns();
                if (a != null) {
                    Pattern first = a.get(0);
                    Pattern lastP = a.get(a.size() - 1);
                    throw errorRange(first.lineno(), first.col_offset(), lastP.end_lineno(), lastP.end_col_offset(),
                            "positional patterns follow keyword patterns");
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_if_stmt(boolean elif) {
        int m = pos;
        Token s = expect(elif ? ELIF : IF);
        if (s == null) {
            return;
        }
        Expr a = named_expression();
        if (a != null && accept(NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        pos = m + 1;
        a = named_expression();
        if (a != null && accept(COLON) && missingIndentedBlock()) {
            // CPython's `a='if' a=named_expression` reports the line of the condition.
            throw indentedBlockExpected(elif ? "'elif' statement" : "'if' statement", elif ? s.lineno : a.lineno());
        }
        pos = m;
    }

    @Override
    final void invalid_else_stmt() {
        int m = pos;
        Token s = expect(ELSE);
        if (s != null && accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("'else' statement", s.lineno);
        }
        pos = m;
    }

    @Override
    final void invalid_while_stmt() {
        int m = pos;
        Token s = expect(WHILE);
        if (s == null) {
            return;
        }
        if (named_expression() != null && accept(NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        pos = m + 1;
        if (named_expression() != null && accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("'while' statement", s.lineno);
        }
        pos = m;
    }

    @Override
    final void invalid_for_stmt() {
        int m = pos;
        accept(ASYNC);
        Token f = expect(FOR);
        if (f == null) {
            pos = m;
            return;
        }
        int afterFor = pos;
        if (star_targets() != null && accept(IN) && star_expressions() != null) {
            if (accept(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
            if (accept(COLON) && missingIndentedBlock()) {
                throw indentedBlockExpected("'for' statement", f.lineno);
            }
        }
        pos = afterFor;
        pos = m;
    }

    @Override
    final void invalid_def_raw() {
        int m = pos;
        accept(ASYNC);
        Token d = expect(DEF);
        if (d != null && accept(NAME) && accept(LPAR)) {
            params();
            if (accept(RPAR)) {
                int save = pos;
                if (!(accept(RARROW) && expression() != null)) {
                    pos = save;
                }
                if (accept(COLON) && missingIndentedBlock()) {
                    throw indentedBlockExpected("function definition", d.lineno);
                }
            }
        }
        pos = m;
    }

    @Override
    final void invalid_class_def_raw() {
        int m = pos;
        Token c = expect(CLASS);
        if (c == null || !accept(NAME)) {
            pos = m;
            return;
        }
        int save = pos;
        if (accept(LPAR)) {
            arguments();
            if (!accept(RPAR)) {
                pos = save;
            }
        }
        if (accept(NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        if (accept(COLON) && missingIndentedBlock()) {
            throw indentedBlockExpected("class definition", c.lineno);
        }
        pos = m;
    }
}
