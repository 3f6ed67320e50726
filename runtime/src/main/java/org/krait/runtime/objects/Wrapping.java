package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;

/**
 * What {@code classmethod} and {@code staticmethod} share: their one-argument constructor and
 * the attributes they copy from the callable they wrap (CPython's {@code functools_wraps} in
 * funcobject.c).
 */
final class Wrapping {

    private static final String[] COPIED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    private Wrapping() {
    }

    /** The callable of {@code classmethod(f)}/{@code staticmethod(f)}, the arguments checked as CPython does. */
    static PyObject callableArgument(String kind, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PythonException.typeError(kind + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw PythonException.typeError(kind + " expected 1 argument, got " + a.length);
        }
        return a[0];
    }

    /** Copies the wrapped callable's naming attributes that it has into {@code dict}. */
    static void copyAttributes(PyDict dict, PyObject f) {
        for (String name : COPIED) {
            PyObject v = ObjectOps.lookupAttr(f, PyStr.of(name));
            if (v != null) {
                dict.setItem(name, v);
                v.decref();
            }
        }
    }

    /** Whether the wrapped callable says it is abstract ({@code __isabstractmethod__}). */
    static boolean isAbstract(PyObject f) {
        PyObject a = ObjectOps.lookupAttr(f, PyStr.of("__isabstractmethod__"));
        if (a == null) {
            return false;
        }
        try {
            return ObjectOps.isTrue(a);
        } finally {
            a.decref();
        }
    }

    /** The {@code __dict__} attribute of a wrapper type's instances. */
    static PyGetSetDescr dictDescriptor(PyType owner) {
        return new PyGetSetDescr(owner, "__dict__", o -> PyObject.newRef(((DictOwner) o).dict()), null);
    }
}
