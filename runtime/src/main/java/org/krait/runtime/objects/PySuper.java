package org.krait.runtime.objects;

import java.util.function.Supplier;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code super(type, obj)}: attribute lookup along obj's MRO after {@code type}. The zero-argument
 * form needs the calling frame, which the interpreter layer supplies through {@link #setFrameArguments}.
 * CPython: {@code super_getattro} in Objects/typeobject.c.
 */
public final class PySuper extends PyObject {

    private static volatile Supplier<PyObject[]> frameArguments = () -> {
        throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
    };

    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT)
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw PythonException.typeError("super() takes no keyword arguments");
                }
                if (a.length > 2) {
                    throw PythonException.typeError("super() expected at most 2 arguments, got " + a.length);
                }
                PyObject[] ta = a.length == 0 ? frameArguments.get() : a;
                if (!(ta[0] instanceof PyType)) {
                    throw PythonException.typeError("super() argument 1 must be a type, not " + ta[0].type().name());
                }
                return new PySuper((PyType) ta[0], ta.length > 1 ? ta[1] : null);
            })
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (s, n) -> ((PySuper) s).getAttribute((PyStr) n))
            .slot(Slot.REPR, (Signature.Unary) s -> PyStr.of("<super: <class '" + ((PySuper) s).start.name() + "'>, <"
                    + (((PySuper) s).obj == null ? "NULL" : ((PySuper) s).obj.type().name() + " object") + ">>"));

    private final PyType start;
    private final PyObject obj;

    private PySuper(PyType start, PyObject obj) {
        this.start = newRef(start);
        this.obj = obj == null ? null : newRef(obj);
    }

    /** Installs how the zero-argument form finds the class ({@code __class__}) and first argument of its caller. */
    public static void setFrameArguments(Supplier<PyObject[]> supplier) {
        frameArguments = supplier;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject getAttribute(PyStr name) {
        if (obj != null && !name.toString().equals("__class__")) {
            PyType objType = obj instanceof PyType && ((PyType) obj).isSubtypeOf(start) ? (PyType) obj : obj.type();
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].getOwn(name.toString());
                if (v != null) {
                    Signature.Ternary get = v.type().ternary(Slot.GET);
                    if (get == null) {
                        return newRef(v);
                    }
                    return get.apply(v, obj == objType ? null : obj, objType);
                }
            }
        }
        return ObjectOps.genericGetAttr(this, name, null);
    }

    @Override
    public void releaseReferences() {
        start.decref();
        xdecref(obj);
    }
}
