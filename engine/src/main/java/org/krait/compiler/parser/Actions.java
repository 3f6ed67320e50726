package org.krait.compiler.parser;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Cmpop;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Imaginary;
import org.krait.compiler.ast.Singleton;
import org.krait.compiler.tokenizer.Token;

/**
 * The AST-building actions of the grammar that are more than one constructor call: identifiers,
 * number literals, expression contexts, parameter lists, and the names CPython uses for kinds of
 * expression in its error messages.
 */
final class Actions {
    private Actions() {
    }

    /** What a run of parameters produced: a parameter and its default ({@code null}: none). */
    record NameDefault(Arg arg, Expr value) {
    }

    /** {@code slash_with_default}: the plain and the defaulted positional-only parameters. */
    record SlashWithDefault(List<Arg> plainNames, List<NameDefault> namesWithDefaults) {
    }

    /** {@code star_etc}: {@code *args}, keyword-only parameters and {@code **kwargs}. */
    record StarEtc(Arg vararg, List<NameDefault> kwonlyargs, Arg kwarg) {
    }

    /** A keyword argument or a starred positional argument, in source order. */
    record KeywordOrStarred(Object element, boolean isKeyword) {
    }

    /** The identifier of a NAME token, NFKC-normalised when it is not pure ASCII (PEP 3131). */
    static String identifier(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /** A {@code Name} node in Load context for a NAME token. */
    static Expr.Name name(Token t) {
        return new Expr.Name(identifier(t.text), ExprContext.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    /** The value of a NUMBER token: Long, BigInteger, Double or Imaginary. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char lastChar = s.charAt(s.length() - 1);
        if (lastChar == 'j' || lastChar == 'J') {
            return new Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = s.charAt(1);
            if (p == 'x' || p == 'X') {
                return integer(s.substring(2), 16);
            }
            if (p == 'o' || p == 'O') {
                return integer(s.substring(2), 8);
            }
            if (p == 'b' || p == 'B') {
                return integer(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        int maxFast = radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62;
        if (digits.length() <= maxFast) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    /** CPython's {@code _PyPegen_set_expr_context}: a copy of a target with Store or Del context. */
    static Expr setContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(setContext(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(setContext(l.elts(), ctx), ctx, l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(setContext(s.value(), ctx), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
        return e;
    }

    private static List<Expr> setContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(setContext(e, ctx));
        }
        return out;
    }

    /** The words CPython uses for an expression in "cannot assign to %s" and similar messages. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.List) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Singleton.None) {
                return "None";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (v == Singleton.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** Which statement an invalid target comes from; it decides the message and the search. */
    enum Targets {
        STAR, DEL, FOR
    }

    /** CPython's {@code _PyPegen_get_invalid_target}: the first sub-expression that cannot be a target. */
    static Expr invalidTarget(Expr e, Targets type) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.List l) {
            return firstInvalid(l.elts(), type);
        } else if (e instanceof Expr.Tuple t) {
            return firstInvalid(t.elts(), type);
        } else if (e instanceof Expr.Starred s) {
            return type == Targets.DEL ? e : invalidTarget(s.value(), type);
        } else if (e instanceof Expr.Compare c) {
            // `for a in b` parses its target as the comparison `a in b`: look left of the `in`.
            if (type == Targets.FOR) {
                return c.ops().get(0) == Cmpop.In ? invalidTarget(c.left(), type) : null;
            }
            return e;
        } else if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Targets type) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, type);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** The expression an error range about a comprehension ends at: its last condition, else its iterable. */
    static Expr lastComprehensionItem(Comprehension c) {
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    /** CPython's {@code _PyPegen_make_arguments}. */
    static Arguments makeArguments(List<Arg> slashWithoutDefault, SlashWithDefault slashWithDefault,
                                   List<Arg> plainNames, List<NameDefault> namesWithDefault, StarEtc starEtc) {
        List<Arg> posonly;
        if (slashWithoutDefault != null) {
            posonly = slashWithoutDefault;
        } else if (slashWithDefault != null) {
            posonly = new ArrayList<>(slashWithDefault.plainNames());
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                posonly.add(nd.arg());
            }
        } else {
            posonly = new ArrayList<>();
        }
        List<Arg> posargs = new ArrayList<>();
        if (plainNames != null) {
            posargs.addAll(plainNames);
        }
        List<Expr> defaults = new ArrayList<>();
        if (slashWithDefault != null) {
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                defaults.add(nd.value());
            }
        }
        if (namesWithDefault != null) {
            for (NameDefault nd : namesWithDefault) {
                posargs.add(nd.arg());
                defaults.add(nd.value());
            }
        }
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        if (starEtc != null) {
            vararg = starEtc.vararg();
            kwarg = starEtc.kwarg();
            if (starEtc.kwonlyargs() != null) {
                for (NameDefault nd : starEtc.kwonlyargs()) {
                    kwonly.add(nd.arg());
                    kwDefaults.add(nd.value());
                }
            }
        }
        return new Arguments(posonly, posargs, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** The arguments of a function or lambda without parameters. */
    static Arguments emptyArguments() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>());
    }

    /** {@code print} and {@code exec} were statements in Python 2; their misuse gets a hint. */
    static boolean isLegacyStatement(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }
}
