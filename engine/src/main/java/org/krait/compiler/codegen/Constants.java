package org.krait.compiler.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.CodePointStr;
import org.krait.compiler.ast.Singleton;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyEllipsis;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;

/**
 * Converts AST constant values to runtime objects, and gives each a key under which equal
 * constants share one {@code co_consts} slot (CPython's {@code merge_consts_recursive}: 1, 1.0,
 * True and -0.0 stay distinct).
 */
final class Constants {

    private Constants() {
    }

    private static boolean isNameLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The runtime object for an AST constant value (a new reference). */
    static PyObject toPy(Object v) {
        if (v instanceof PyObject) {
            return PyObject.newRef((PyObject) v);
        }
        if (v instanceof String) {
            // CPython interns constants made only of name characters, so equal ones are identical
            return isNameLike((String) v) ? PyStr.intern((String) v) : PyStr.of((String) v);
        }
        if (v instanceof CodePointStr) {
            return PyStr.ofCodePoints(((CodePointStr) v).codePoints());
        }
        if (v instanceof Boolean) {
            return PyBool.of((Boolean) v);
        }
        if (v instanceof Long) {
            return PyInt.of((Long) v);
        }
        if (v instanceof BigInteger) {
            return PyInt.of((BigInteger) v);
        }
        if (v instanceof Double) {
            return new PyFloat((Double) v);
        }
        if (v instanceof org.krait.compiler.ast.Imaginary) {
            return new org.krait.runtime.objects.PyComplex(0.0, ((org.krait.compiler.ast.Imaginary) v).imag());
        }
        if (v instanceof org.krait.compiler.ast.Bytes) {
            return org.krait.runtime.objects.PyBytes.of(((org.krait.compiler.ast.Bytes) v).value().clone());
        }
        if (v == Singleton.None || v == null) {
            return PyNoneType.NONE;
        }
        if (v == Singleton.Ellipsis) {
            return PyEllipsis.ELLIPSIS;
        }
        throw new UnsupportedFeatureException("constants of type " + v.getClass().getSimpleName());
    }

    /** The sharing key of a runtime constant. */
    static Object keyOf(PyObject o) {
        if (o instanceof PyFloat) {
            return List.of(PyFloat.class, Double.doubleToRawLongBits(((PyFloat) o).value()));
        }
        if (o instanceof org.krait.runtime.objects.PyComplex) {
            org.krait.runtime.objects.PyComplex c = (org.krait.runtime.objects.PyComplex) o;
            return List.of(o.getClass(), Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag()));
        }
        if (o instanceof PyTuple) {
            PyTuple t = (PyTuple) o;
            List<Object> k = new ArrayList<>();
            k.add(PyTuple.class);
            for (int i = 0; i < t.size(); i++) {
                k.add(keyOf(t.getItem(i)));
            }
            return k;
        }
        if (o instanceof org.krait.runtime.objects.PySet) {
            // Frozensets from fold_iter: equal when their items' keys are, whatever the order.
            org.krait.runtime.objects.PySet f = (org.krait.runtime.objects.PySet) o;
            java.util.Set<Object> k = new java.util.HashSet<>();
            for (int i = 0; i < f.slotBound(); i++) {
                PyObject item = f.keyAt(i);
                if (item != null) {
                    k.add(keyOf(item));
                }
            }
            return List.of(o.getClass(), k);
        }
        if (o instanceof org.krait.runtime.objects.PyBytes) {
            return List.of(o.getClass(), java.util.Arrays.toString(((org.krait.runtime.objects.PyBytes) o).toByteArray()));
        }
        if (o instanceof PyStr || o instanceof PyInt) {
            return List.of(o.getClass(), o.toString());
        }
        return o;
    }
}
