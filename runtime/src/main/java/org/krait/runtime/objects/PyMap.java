package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code map(function, *iterables)}. CPython: {@code map} in Python/bltinmodule.c. */
public final class PyMap extends PyObject {

    public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT)
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) m -> ((PyMap) m).next())
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
                if (a.length < 2) {
                    throw PythonException.typeError("map() must have at least two arguments.");
                }
                PyObject[] its = new PyObject[a.length - 1];
                for (int i = 0; i < its.length; i++) {
                    its[i] = IterOps.iter(a[i + 1]);
                }
                return new PyMap(newRef(a[0]), its);
            });

    private final PyObject function;
    private final PyObject[] iterators;

    private PyMap(PyObject function, PyObject[] iterators) {
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        PyObject[] args = new PyObject[iterators.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = IterOps.next(iterators[i]);
            if (args[i] == null) {
                for (int j = 0; j < i; j++) {
                    args[j].decref();
                }
                return null;
            }
        }
        try {
            return CallOps.call(function, args, (String[]) null);
        } finally {
            for (PyObject o : args) {
                o.decref();
            }
        }
    }

    @Override
    public void releaseReferences() {
        function.decref();
        for (PyObject it : iterators) {
            it.decref();
        }
    }
}
