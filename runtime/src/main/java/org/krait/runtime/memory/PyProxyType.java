package org.krait.runtime.memory;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code weakref.ProxyType}: a weak reference used in place of its referent; every operation is
 * forwarded to the referent, and raises ReferenceError once it died. CPython: the proxy half of
 * Objects/weakrefobject.c.
 */
public class PyProxyType extends PyReferenceType {

    public static final PyType TYPE = fill(PyType.builtin("weakref.ProxyType", PyType.OBJECT).finalType());

    static PyType fill(PyType t) {
        t.slot(Slot.GETATTRIBUTE, (Signature.Binary) (p, n) -> ObjectOps.getAttr(live(p), (PyStr) n));
        t.slot(Slot.SETATTR, (Signature.Setter) (p, n, v) -> ObjectOps.setAttr(live(p), (PyStr) n, v));
        t.slot(Slot.DELATTR, (Signature.Deleter) (p, n) -> ObjectOps.delAttr(live(p), (PyStr) n));
        t.slot(Slot.STR, (Signature.Unary) p -> ObjectOps.str(live(p)));
        t.slot(Slot.REPR, (Signature.Unary) p -> PyStr.of(((PyProxyType) p).repr("weakproxy")));
        t.slot(Slot.HASH, (Signature.Hash) p -> {
            throw PythonException.typeError("unhashable type: '" + p.type().name() + "'");
        });
        t.slot(Slot.BOOL, (Signature.Predicate) p -> ObjectOps.isTrue(live(p)));
        t.slot(Slot.LEN, (Signature.Length) p -> SequenceOps.length(live(p)));
        t.slot(Slot.ITER, (Signature.Unary) p -> IterOps.iter(live(p)));
        t.slot(Slot.NEXT, (Signature.Unary) p -> IterOps.next(live(p)));
        t.slot(Slot.GETITEM, (Signature.Binary) (p, k) -> SequenceOps.getItem(live(p), k));
        t.slot(Slot.SETITEM, (Signature.Setter) (p, k, v) -> SequenceOps.setItem(live(p), k, v));
        t.slot(Slot.DELITEM, (Signature.Deleter) (p, k) -> SequenceOps.delItem(live(p), k));
        t.slot(Slot.CONTAINS, (Signature.Contains) (p, x) -> SequenceOps.contains(live(p), x));
        t.slot(Slot.NEG, (Signature.Unary) p -> NumberOps.negative(live(p)));
        t.slot(Slot.POS, (Signature.Unary) p -> NumberOps.positive(live(p)));
        t.slot(Slot.ABS, (Signature.Unary) p -> NumberOps.absolute(live(p)));
        t.slot(Slot.INVERT, (Signature.Unary) p -> NumberOps.invert(live(p)));
        t.slot(Slot.INDEX, (Signature.Unary) p -> NumberOps.index(live(p)));
        t.slot(Slot.INT, (Signature.Unary) p -> NumberOps.toInt(live(p)));
        t.slot(Slot.FLOAT, (Signature.Unary) p -> NumberOps.toFloat(live(p)));
        int[] ops = {ObjectOps.EQ, ObjectOps.NE, ObjectOps.LT, ObjectOps.LE, ObjectOps.GT, ObjectOps.GE};
        Slot[] cmp = {Slot.EQ, Slot.NE, Slot.LT, Slot.LE, Slot.GT, Slot.GE};
        for (int i = 0; i < ops.length; i++) {
            int op = ops[i];
            t.slot(cmp[i], (Signature.Binary) (a, b) -> ObjectOps.richCompare(unwrap(a), unwrap(b), op));
        }
        for (NumberOps.Op op : NumberOps.Op.values()) {
            Signature.Binary f = (a, b) -> NumberOps.binary(op, unwrap(a), unwrap(b));
            t.slot(slotOf(op, false), f);
            t.slot(slotOf(op, true), f);
        }
        return t;
    }

    /** The operator's slot, or its reflected one: {@code __add__} or {@code __radd__}. */
    private static Slot slotOf(NumberOps.Op op, boolean reflected) {
        String name = switch (op) {
            case ADD -> "add";
            case AND -> "and";
            case FLOOR_DIVIDE -> "floordiv";
            case LSHIFT -> "lshift";
            case MATRIX_MULTIPLY -> "matmul";
            case MULTIPLY -> "mul";
            case REMAINDER -> "mod";
            case OR -> "or";
            case POWER -> "pow";
            case RSHIFT -> "rshift";
            case SUBTRACT -> "sub";
            case TRUE_DIVIDE -> "truediv";
            case XOR -> "xor";
        };
        return Slot.ofDunder("__" + (reflected ? "r" : "") + name + "__");
    }

    PyProxyType(PyObject referent, PyObject callback) {
        super(null, referent, callback);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The referent of proxy {@code p} (borrowed); ReferenceError once it died. */
    static PyObject live(PyObject p) {
        PyObject o = ((PyProxyType) p).referent;
        if (o == null) {
            throw PythonException.of(ExceptionTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyProxyType ? live(o) : o;
    }

    /** {@code weakref.CallableProxyType}: a proxy whose referent is callable. */
    public static final class PyCallableProxyType extends PyProxyType {
        public static final PyType TYPE = fill(PyType.builtin("weakref.CallableProxyType", PyType.OBJECT).finalType())
                .slot(Slot.CALL, (Signature.Call) (p, args, kw) -> org.krait.runtime.ops.CallOps.call(live(p), args, kw));

        PyCallableProxyType(PyObject referent, PyObject callback) {
            super(referent, callback);
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
