package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;

/** {@code types.UnionType}: {@code int | str}, usable with isinstance. CPython: Objects/unionobject.c. */
public final class PyUnionType extends PyObject {

    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT);

    static {
        TYPE.slot(Slot.REPR, (Signature.Unary) u -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject a : ((PyUnionType) u).args) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(a == PyNoneType.NONE || a == PyNoneType.TYPE ? "None" : a instanceof PyType ? ((PyType) a).name()
                        : ObjectOps.repr(a).toString());
            }
            return PyStr.of(sb.toString());
        });
        TYPE.slot(Slot.OR, (Signature.Binary) (a, b) -> of(a, b));
        TYPE.slot(Slot.ROR, (Signature.Binary) (a, b) -> of(b, a));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (u, n) -> n.toString().equals("__args__")
                ? PyTuple.of(((PyUnionType) u).args) : ObjectOps.genericGetAttr(u, (PyStr) n, null));
    }

    private final PyObject[] args;

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
        if (!(x instanceof PyType)) {
            return false;
        }
        if (!out.contains(x)) {
            out.add(x);
        }
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
