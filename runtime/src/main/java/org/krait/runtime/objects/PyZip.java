package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code zip(*iterables, strict=False)}. CPython: {@code zip} in Python/bltinmodule.c. */
public final class PyZip extends PyObject {

    public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT)
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) z -> ((PyZip) z).next())
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
                int nkw = kw == null ? 0 : kw.length;
                for (String k : nkw == 0 ? new String[0] : kw) {
                    if (!k.equals("strict")) {
                        throw PythonException.typeError("'" + k + "' is an invalid keyword argument for zip()");
                    }
                }
                boolean strict = nkw == 1 && kw[0].equals("strict") && ObjectOps.isTrue(a[a.length - 1]);
                PyObject[] its = new PyObject[a.length - nkw];
                for (int i = 0; i < its.length; i++) {
                    its[i] = IterOps.iter(a[i]);
                }
                return new PyZip(its, strict);
            });

    private final PyObject[] iterators;
    private final boolean strict;

    private PyZip(PyObject[] iterators, boolean strict) {
        this.iterators = iterators;
        this.strict = strict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (iterators.length == 0) {
            return null;
        }
        PyObject[] items = new PyObject[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            items[i] = IterOps.next(iterators[i]);
            if (items[i] == null) {
                for (int j = 0; j < i; j++) {
                    items[j].decref();
                }
                if (strict) {
                    if (i > 0) {
                        throw PythonException.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                + (i == 1 ? " 1" : "s 1-" + i));
                    }
                    for (int j = 1; j < iterators.length; j++) {
                        PyObject extra = IterOps.next(iterators[j]);
                        if (extra != null) {
                            extra.decref();
                            throw PythonException.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                    + (j == 1 ? " 1" : "s 1-" + j));
                        }
                    }
                }
                return null;
            }
        }
        return PyTuple.fromArray(items);
    }

    @Override
    public void releaseReferences() {
        for (PyObject it : iterators) {
            it.decref();
        }
    }
}
