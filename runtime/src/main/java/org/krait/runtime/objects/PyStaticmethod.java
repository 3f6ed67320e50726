package org.krait.runtime.objects;

import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code staticmethod(f)}: gives {@code f} itself from class and instance alike, and is callable
 * (3.10+). It copies the function's attributes into its {@code __dict__} as {@link PyClassmethod}
 * does. CPython: {@code sm_*} in Objects/funcobject.c.
 */
public final class PyStaticmethod extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> new PyStaticmethod((PyType) cls));
        TYPE.slot(Slot.INIT, (Signature.Call) (s, a, kw) -> {
            ((PyStaticmethod) s).init(Wrapping.callableArgument("staticmethod", a, kw));
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.GET, (Signature.Ternary) (s, obj, type) -> newRef(((PyStaticmethod) s).function));
        TYPE.slot(Slot.CALL, (Signature.Call) (s, a, kw) -> CallOps.call(((PyStaticmethod) s).function, a, kw));
        TYPE.slot(Slot.REPR, (Signature.Unary) s -> PyStr.of("<staticmethod(" + ObjectOps.repr(((PyStaticmethod) s).function) + ")>"));
        TYPE.define("__func__", new PyMemberDescr(TYPE, "__func__", s -> newRef(((PyStaticmethod) s).function)));
        TYPE.define("__wrapped__", new PyMemberDescr(TYPE, "__wrapped__", s -> newRef(((PyStaticmethod) s).function)));
        TYPE.define("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__",
                s -> PyBool.of(Wrapping.isAbstract(((PyStaticmethod) s).function)), null));
        TYPE.define("__dict__", Wrapping.dictDescriptor(TYPE));
    }

    private final PyType type;
    private final PyDict dict = new PyDict();
    /** Null only between {@code __new__} and {@code __init__}. */
    private PyObject function;

    private PyStaticmethod(PyType type) {
        this.type = type == TYPE ? TYPE : newRef(type);
    }

    /** {@code staticmethod(function)}. */
    public static PyStaticmethod of(PyObject function) {
        PyStaticmethod s = new PyStaticmethod(TYPE);
        s.init(function);
        return s;
    }

    private void init(PyObject f) {
        xdecref(function);
        function = newRef(f);
        Wrapping.copyAttributes(dict, f);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public void releaseReferences() {
        xdecref(function);
        dict.decref();
        if (type != TYPE) {
            type.decref();
        }
    }
}
