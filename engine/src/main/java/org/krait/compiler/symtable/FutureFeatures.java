package org.krait.compiler.symtable;

import java.util.List;
import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Stmt;

/**
 * The part of CPython's {@code Python/future.c} the symbol table depends on: whether the module
 * starts with {@code from __future__ import annotations}, which keeps annotations' names out of
 * the symbol table. The future statement's own errors are raised by {@link #check}.
 */
final class FutureFeatures {

    private static final List<String> KNOWN = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private FutureFeatures() {
    }

    /**
     * Scans the leading {@code from __future__} imports of {@code body} (after an optional
     * docstring) and returns whether {@code annotations} is among them; raises CPython's errors for
     * unknown features and for a future import after the first statement on the same line.
     */
    static boolean check(List<Stmt> body, ErrorReporter errors) {
        boolean annotations = false;
        boolean done = false;
        int prevLine = 0;
        int i = isDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > prevLine) {
                break;
            }
            prevLine = s.lineno();
            if (s instanceof Stmt.ImportFrom && "__future__".equals(((Stmt.ImportFrom) s).module())) {
                if (done) {
                    // CPython gives this one the 0-based column as its offset
                    throw errors.atStart(s, s.col_offset(), "from __future__ imports must occur at the beginning of the file");
                }
                for (Alias a : ((Stmt.ImportFrom) s).names()) {
                    String feature = a.name();
                    if (feature.equals("annotations")) {
                        annotations = true;
                    } else if (feature.equals("braces")) {
                        throw errors.atStart(s, s.col_offset() + 1, "not a chance");
                    } else if (!KNOWN.contains(feature)) {
                        throw errors.atStart(s, s.col_offset() + 1, "future feature " + feature + " is not defined");
                    }
                }
            } else {
                done = true;
            }
        }
        return annotations;
    }

    private static boolean isDocstring(List<Stmt> body) {
        if (body.isEmpty() || !(body.get(0) instanceof Stmt.Expr)) {
            return false;
        }
        Expr value = ((Stmt.Expr) body.get(0)).value();
        return value instanceof Expr.Constant && ((Expr.Constant) value).value() instanceof String;
    }
}
