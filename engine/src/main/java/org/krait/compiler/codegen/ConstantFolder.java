package org.krait.compiler.codegen;

import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;

/**
 * CPython's AST optimiser for literals (Python/ast_opt.c): unary and binary operators on
 * constants and tuples of constants become constants, within the same size limits, and never
 * when evaluating would raise. Folded values are runtime objects held in {@link Expr.Constant}.
 */
final class ConstantFolder {

    private static final int MAX_INT_BITS = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;

    private ConstantFolder() {
    }

    /** {@code e} folded, or {@code e} itself. */
    static Expr fold(Expr e) {
        if (e instanceof Expr.BinOp) {
            Expr.BinOp b = (Expr.BinOp) e;
            Expr l = fold(b.left());
            Expr r = fold(b.right());
            if (l instanceof Expr.Constant && r instanceof Expr.Constant) {
                PyObject v = binary(b, value(l), value(r));
                if (v != null) {
                    return new Expr.Constant(v, null, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
                }
            }
            if (l != b.left() || r != b.right()) {
                return new Expr.BinOp(l, b.op(), r, b.lineno(), b.col_offset(), b.end_lineno(), b.end_col_offset());
            }
            return e;
        }
        if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp un = (Expr.UnaryOp) e;
            Expr o = fold(un.operand());
            if (o instanceof Expr.Constant && un.op() != org.krait.compiler.ast.Unaryop.Not) {
                PyObject v = value(o);
                if (v instanceof PyInt || v instanceof org.krait.runtime.objects.PyFloat) {
                    try {
                        PyObject r;
                        switch (un.op()) {
                            case USub: r = NumberOps.negative(v); break;
                            case UAdd: r = NumberOps.positive(v); break;
                            default: r = NumberOps.invert(v); break;
                        }
                        return new Expr.Constant(r, null, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
                    } catch (PythonException ex) {
                        return e;
                    }
                }
            }
            return e;
        }
        if (e instanceof Expr.Compare) {
            // A list or set literal as the operand of the last `in`/`not in` becomes a tuple or frozenset.
            Expr.Compare c = (Expr.Compare) e;
            int last = c.ops().size() - 1;
            org.krait.compiler.ast.Cmpop op = c.ops().get(last);
            if (op == org.krait.compiler.ast.Cmpop.In || op == org.krait.compiler.ast.Cmpop.NotIn) {
                Expr r = foldIter(c.comparators().get(last));
                if (r != c.comparators().get(last)) {
                    List<Expr> comparators = new java.util.ArrayList<>(c.comparators());
                    comparators.set(last, r);
                    return new Expr.Compare(c.left(), c.ops(), comparators, e.lineno(), e.col_offset(), e.end_lineno(),
                            e.end_col_offset());
                }
            }
            return e;
        }
        if (e instanceof Expr.Tuple && ((Expr.Tuple) e).ctx() == ExprContext.Load) {
            List<Expr> elts = ((Expr.Tuple) e).elts();
            PyObject[] items = new PyObject[elts.size()];
            for (int i = 0; i < items.length; i++) {
                Expr x = fold(elts.get(i));
                if (!(x instanceof Expr.Constant)) {
                    return e;
                }
                items[i] = value(x);
            }
            return new Expr.Constant(PyTuple.fromArray(items), null, e.lineno(), e.col_offset(), e.end_lineno(),
                    e.end_col_offset());
        }
        return e;
    }

    /**
     * CPython's {@code fold_iter}, for what a {@code for} loop or a comprehension iterates over and
     * the right operand of {@code in}: a list display without starred items is built as a tuple
     * (a constant one when its items are constants), a set display of constants becomes a constant
     * frozenset; anything else is returned as it is.
     */
    static Expr foldIter(Expr e) {
        if (e instanceof Expr.List && ((Expr.List) e).ctx() == ExprContext.Load) {
            List<Expr> elts = ((Expr.List) e).elts();
            for (Expr x : elts) {
                if (x instanceof Expr.Starred) {
                    return e;
                }
            }
            return fold(new Expr.Tuple(elts, ExprContext.Load, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset()));
        }
        if (e instanceof Expr.Set) {
            List<Expr> elts = ((Expr.Set) e).elts();
            org.krait.runtime.objects.PySet frozen = new org.krait.runtime.objects.PySet(true);
            for (Expr x : elts) {
                Expr f = fold(x);
                if (!(f instanceof Expr.Constant)) {
                    frozen.decref();
                    return e;
                }
                // Constants are hashable, so adding cannot raise.
                PyObject v = value(f);
                frozen.add(v);
                v.decref();
            }
            return new Expr.Constant(frozen, null, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
        }
        return e;
    }

    private static PyObject value(Expr c) {
        return Constants.toPy(((Expr.Constant) c).value());
    }

    private static PyObject binary(Expr.BinOp b, PyObject l, PyObject r) {
        int op = ExpressionCompiler.binaryOperator(b.op());
        try {
            switch (b.op()) {
                case Mult:
                    if (l instanceof PyInt && r instanceof PyInt && bits(l) + bits(r) > MAX_INT_BITS) {
                        return null;
                    }
                    if (tooBig(l, r) || tooBig(r, l)) {
                        return null;
                    }
                    break;
                case Pow:
                    if (l instanceof PyInt && r instanceof PyInt
                            && (((PyInt) r).signum() > 0 && bits(l) * ((PyInt) r).doubleValue() > MAX_INT_BITS)) {
                        return null;
                    }
                    break;
                case LShift:
                    if (l instanceof PyInt && r instanceof PyInt && bits(l) + ((PyInt) r).doubleValue() > MAX_INT_BITS) {
                        return null;
                    }
                    break;
                case Mod:
                    if (l instanceof PyStr) {
                        return null;
                    }
                    break;
                case Add:
                    if (l instanceof PyStr && r instanceof PyStr
                            && ((PyStr) l).length() + ((PyStr) r).length() > MAX_STR_SIZE) {
                        return null;
                    }
                    break;
                default:
                    break;
            }
            return NumberOps.binary(NumberOps.Op.of(op), l, r);
        } catch (PythonException ex) {
            return null;
        }
    }

    private static double bits(PyObject i) {
        return ((PyInt) i).bigValue().bitLength();
    }

    private static boolean tooBig(PyObject seq, PyObject n) {
        if (!(n instanceof PyInt)) {
            return false;
        }
        double times = ((PyInt) n).doubleValue();
        if (seq instanceof PyStr) {
            return ((PyStr) seq).length() * times > MAX_STR_SIZE;
        }
        if (seq instanceof PyTuple) {
            return ((PyTuple) seq).size() * times > MAX_COLLECTION_SIZE;
        }
        return false;
    }
}
