package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code enumerate(iterable, start=0)}. CPython: Objects/enumobject.c. */
public final class PyEnumerate extends PyObject {

    private static final ArgSpec ENUMERATE = ArgSpec.keywords(0, "iterable", "start");

    public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT)
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) e -> ((PyEnumerate) e).next())
            .slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
                PyObject[] a = ENUMERATE.bind("enumerate", null, args, kw);
                if (a.length == 0 || a[0] == null) {
                    // enumerate's own check, without the "(pos 1)" of Argument Clinic's.
                    throw PythonException.typeError("enumerate() missing required argument 'iterable'");
                }
                PyObject start = a.length > 1 ? a[1] : null;
                return new PyEnumerate(IterOps.iter(a[0]), start == null ? PyInt.of(0) : NumberOps.index(start));
            })
            .define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());

    private final PyObject iterator;
    private PyObject count;

    private PyEnumerate(PyObject iterator, PyInt start) {
        this.iterator = iterator;
        this.count = newRef(start);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        PyObject v = IterOps.next(iterator);
        if (v == null) {
            return null;
        }
        PyObject i = count;
        count = ((PyInt) i).__add__(PyInt.of(1));
        PyTuple t = PyTuple.of(i, v);
        i.decref();
        v.decref();
        return t;
    }

    @Override
    public void releaseReferences() {
        iterator.decref();
        count.decref();
    }
}
