package org.krait.runtime.types;

import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * {@code classmethod_descriptor}: a builtin class method in a builtin type's namespace
 * ({@code type.__prepare__}, {@code object.__init_subclass__}); bound, it is a builtin method of
 * the class it was looked up on. CPython: {@code PyClassMethodDescr_Type} in descrobject.c.
 */
public final class PyClassMethodDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyClassMethodDescr) d).bind(obj, type));
        TYPE.slot(Slot.CALL, (Signature.Call) (d, args, kw) -> ((PyClassMethodDescr) d).callUnbound(args, kw));
        TYPE.slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<method '" + ((PyClassMethodDescr) d).name + "' of '"
                + ((PyClassMethodDescr) d).owner.name() + "' objects>"));
    }

    private final PyType owner;
    private final String name;
    /** Receives the class as self, then the call's arguments. */
    private final Signature.Call impl;

    PyClassMethodDescr(PyType owner, String name, Signature.Call impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj, PyObject type) {
        PyObject cls = type != null && type != PyNoneType.NONE ? type : obj.type();
        if (!(cls instanceof PyType) || !((PyType) cls).isSubtypeOf(owner)) {
            throw PythonException.typeError("descriptor '" + name + "' for type '" + owner.name()
                    + "' needs a subtype of '" + owner.name() + "', not '" + cls.type().name() + "'");
        }
        return new PyBuiltinFunctionOrMethod(name, owner, cls, null, impl);
    }

    private PyObject callUnbound(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1 || !(args[0] instanceof PyType)) {
            throw PythonException.typeError("descriptor '" + name + "' of '" + owner.name() + "' object needs a type");
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return impl.call(args[0], rest, kw);
    }
}
