package org.krait.runtime.objects;

import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code classmethod(f)}: binds {@code f} to the class (or, when {@code f} is itself a descriptor,
 * lets it bind to the class, as 3.9-3.12 do). Like 3.10+, it copies the function's
 * {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
 * {@code __annotations__} into its own {@code __dict__}. CPython: {@code cm_*} in Objects/funcobject.c.
 */
public final class PyClassmethod extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> new PyClassmethod((PyType) cls));
        TYPE.slot(Slot.INIT, (Signature.Call) (c, a, kw) -> {
            ((PyClassmethod) c).init(Wrapping.callableArgument("classmethod", a, kw));
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.GET, (Signature.Ternary) (c, obj, type) -> ((PyClassmethod) c).bind(obj, type));
        TYPE.slot(Slot.REPR, (Signature.Unary) c -> PyStr.of("<classmethod(" + ObjectOps.repr(((PyClassmethod) c).function) + ")>"));
        TYPE.define("__func__", new PyMemberDescr(TYPE, "__func__", c -> newRef(((PyClassmethod) c).function)));
        TYPE.define("__wrapped__", new PyMemberDescr(TYPE, "__wrapped__", c -> newRef(((PyClassmethod) c).function)));
        TYPE.define("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__",
                c -> PyBool.of(Wrapping.isAbstract(((PyClassmethod) c).function)), null));
        TYPE.define("__dict__", Wrapping.dictDescriptor(TYPE));
    }

    private final PyType type;
    private final PyDict dict = new PyDict();
    /** Null only between {@code __new__} and {@code __init__}. */
    private PyObject function;

    private PyClassmethod(PyType type) {
        this.type = type == TYPE ? TYPE : newRef(type);
    }

    /** {@code classmethod(function)}. */
    public static PyClassmethod of(PyObject function) {
        PyClassmethod c = new PyClassmethod(TYPE);
        c.init(function);
        return c;
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

    private PyObject bind(PyObject obj, PyObject type) {
        PyObject cls = type == null || type == PyNoneType.NONE ? obj.type() : type;
        Signature.Ternary get = function.type().ternary(Slot.GET);
        if (get != null && !(function instanceof PyFunction)) {
            return get.apply(function, cls, cls.type());
        }
        return new PyMethod(function, cls);
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
