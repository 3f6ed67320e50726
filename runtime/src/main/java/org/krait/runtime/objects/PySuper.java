package org.krait.runtime.objects;

import java.util.function.Supplier;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code super(type, obj)}: attribute lookup along the MRO of obj's class (or of obj itself, a
 * class, in class methods) after {@code type}. The zero-argument form needs the calling frame,
 * which the interpreter layer supplies through {@link #setFrameArguments}. CPython:
 * {@code super_*} in Objects/typeobject.c.
 */
public final class PySuper extends PyObject {

    private static volatile Supplier<PyObject[]> frameArguments = () -> {
        throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
    };

    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
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
            PyType start = (PyType) ta[0];
            PyObject obj = ta.length > 1 && ta[1] != PyNoneType.NONE ? ta[1] : null;
            return new PySuper(start, obj, obj == null ? null : check(start, obj));
        });
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (s, n) -> ((PySuper) s).getAttribute((PyStr) n));
        TYPE.slot(Slot.GET, (Signature.Ternary) (s, obj, type) -> ((PySuper) s).bind(obj));
        TYPE.slot(Slot.REPR, (Signature.Unary) s -> {
            PySuper su = (PySuper) s;
            return PyStr.of("<super: <class '" + su.start.name() + "'>, "
                    + (su.objType == null ? "NULL" : "<" + su.objType.name() + " object>") + ">");
        });
        TYPE.define("__thisclass__", new PyMemberDescr(TYPE, "__thisclass__", s -> newRef(((PySuper) s).start))
                .withDoc("the class invoking super()"));
        TYPE.define("__self__", new PyMemberDescr(TYPE, "__self__", s -> orNone(((PySuper) s).obj))
                .withDoc("the instance invoking super(); may be None"));
        TYPE.define("__self_class__", new PyMemberDescr(TYPE, "__self_class__", s -> orNone(((PySuper) s).objType))
                .withDoc("the type of the instance invoking super(); may be None"));
    }

    private final PyType start;
    /** Null for an unbound super ({@code super(C)}). */
    private final PyObject obj;
    /** Whose MRO is searched: obj itself when it is a subclass of start, else its class. */
    private final PyType objType;

    private PySuper(PyType start, PyObject obj, PyType objType) {
        this.start = newRef(start);
        this.obj = obj == null ? null : newRef(obj);
        this.objType = objType == null ? null : newRef(objType);
    }

    /** Installs how the zero-argument form finds the class ({@code __class__}) and first argument of its caller. */
    public static void setFrameArguments(Supplier<PyObject[]> supplier) {
        frameArguments = supplier;
    }

    private static PyObject orNone(PyObject o) {
        return newRef(o == null ? PyNoneType.NONE : o);
    }

    /** CPython's {@code supercheck}: the class whose MRO a {@code super(start, obj)} searches, or TypeError. */
    private static PyType check(PyType start, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(start)) {
            return (PyType) obj;
        }
        if (obj.type().isSubtypeOf(start)) {
            return obj.type();
        }
        PyObject cls = ObjectOps.lookupAttr(obj, PyStr.of("__class__"));
        try {
            if (cls instanceof PyType && cls != obj.type() && ((PyType) cls).isSubtypeOf(start)) {
                return (PyType) cls;
            }
        } finally {
            xdecref(cls);
        }
        throw PythonException.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code super.__get__}: an unbound super binds to the instance it is found on. */
    private PyObject bind(PyObject o) {
        if (o == null || o == PyNoneType.NONE || obj != null) {
            return newRef(this);
        }
        return new PySuper(start, o, check(start, o));
    }

    private PyObject getAttribute(PyStr name) {
        if (objType != null && !name.toString().equals("__class__")) {
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
        xdecref(objType);
    }
}
