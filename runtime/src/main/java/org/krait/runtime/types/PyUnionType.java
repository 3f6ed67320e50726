package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/** {@code types.UnionType}: {@code int | str}, usable with isinstance. CPython: Objects/unionobject.c. */
public final class PyUnionType extends PyObject {

    public static final PyType TYPE = PyType.builtin("types.UnionType", PyType.OBJECT).instances(null);

    static {
        TYPE.slot(Slot.REPR, (Signature.Unary) u -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject a : ((PyUnionType) u).args) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(a == PyNoneType.TYPE ? "None" : PyGenericAlias.reprItem(a));
            }
            return PyStr.of(sb.toString());
        });
        TYPE.slot(Slot.OR, (Signature.Binary) (a, b) -> of(a, b));
        TYPE.slot(Slot.ROR, (Signature.Binary) (a, b) -> of(b, a));
        TYPE.define("__args__", new PyMemberDescr(TYPE, "__args__", u -> PyTuple.of(((PyUnionType) u).args)));
        TYPE.define("__parameters__", new PyGetSetDescr(TYPE, "__parameters__",
                u -> PyGenericAlias.parameters(PyTuple.of(((PyUnionType) u).args)), null));
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> compare(a, b, true));
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> compare(a, b, false));
        TYPE.slot(Slot.HASH, (Signature.Hash) u -> {
            // as CPython's union_hash: the hash of the frozenset of the members
            PyObject members = CallOps.call(PySet.FROZEN_TYPE, ((PyUnionType) u).members());
            try {
                return ObjectOps.hash(members);
            } finally {
                members.decref();
            }
        });
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (u, k) -> {
            throw PythonException.typeError(ObjectOps.repr(u) + " is not a generic class");
        });
    }

    private final PyObject[] args;

    /** Unions are equal when they have the same members, in any order. */
    private static PyObject compare(PyObject a, PyObject b, boolean eq) {
        if (!(b instanceof PyUnionType)) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        PyObject[] x = ((PyUnionType) a).args;
        PyObject[] y = ((PyUnionType) b).args;
        boolean same = x.length == y.length && containsAll(x, y) && containsAll(y, x);
        return PyBool.of(same == eq);
    }

    private static boolean containsAll(PyObject[] all, PyObject[] some) {
        for (PyObject s : some) {
            boolean found = false;
            for (PyObject a : all) {
                found |= ObjectOps.equal(a, s);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private PyUnionType(PyObject[] args) {
        this.args = args;
    }

    /** {@code a | b} for types, None and unions; NotImplemented for anything else. */
    static PyObject of(PyObject a, PyObject b) {
        List<PyObject> out = new ArrayList<>();
        if (!add(out, a) || !add(out, b)) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (out.size() == 1) {
            return newRef(out.get(0));
        }
        return new PyUnionType(out.toArray(new PyObject[0]));
    }

    private static boolean add(List<PyObject> out, PyObject x) {
        if (x instanceof PyUnionType) {
            for (PyObject y : ((PyUnionType) x).args) {
                add(out, y);
            }
            return true;
        }
        if (x == PyNoneType.NONE) {
            x = PyNoneType.TYPE;
        }
        if (!(x instanceof PyType) && !(x instanceof PyGenericAlias)) {
            return false;
        }
        for (PyObject y : out) {
            if (y == x || x instanceof PyGenericAlias && ObjectOps.equal(x, y)) {
                return true;
            }
        }
        out.add(x);
        return true;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The member types, as a tuple for isinstance. */
    public PyTuple members() {
        return PyTuple.of(args);
    }
}
