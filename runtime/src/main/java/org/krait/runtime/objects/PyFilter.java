package org.krait.runtime.objects;

import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code filter(function, iterable)}. CPython: {@code filter} in Python/bltinmodule.c. */
public final class PyFilter extends PyObject {

    public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT)
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) m -> ((PyFilter) m).next())
            .slot(Slot.NEW, ArgSpec.positional(2, 2).checked("filter", (cls, a, kw) -> new PyFilter(newRef(a[0]), IterOps.iter(a[1]))));

    private final PyObject function;
    private final PyObject iterator;

    private PyFilter(PyObject function, PyObject iterator) {
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        while (true) {
            PyObject v = IterOps.next(iterator);
            if (v == null) {
                return null;
            }
            boolean keep;
            try {
                if (function == PyNoneType.NONE) {
                    keep = ObjectOps.isTrue(v);
                } else {
                    PyObject r = CallOps.call(function, v);
                    try {
                        keep = ObjectOps.isTrue(r);
                    } finally {
                        r.decref();
                    }
                }
            } catch (RuntimeException e) {
                v.decref();
                throw e;
            }
            if (keep) {
                return v;
            }
            v.decref();
        }
    }

    @Override
    public void releaseReferences() {
        function.decref();
        iterator.decref();
    }
}
