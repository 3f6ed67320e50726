package org.krait.runtime.types;

import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * {@code method_descriptor}: a builtin method found on a type ({@code list.append}); binding it
 * to an instance gives a builtin method. CPython: {@code PyMethodDescr_Type} in descrobject.c.
 */
public final class PyMethodDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT)
            .slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyMethodDescr) d).bind(obj))
            .slot(Slot.CALL, (Signature.Call) (d, args, kw) -> ((PyMethodDescr) d).callUnbound(args, kw))
            .slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<method '" + ((PyMethodDescr) d).name
                    + "' of '" + ((PyMethodDescr) d).owner.name() + "' objects>"));

    private final PyType owner;
    private final String name;
    private final Signature.Call impl;

    public PyMethodDescr(PyType owner, String name, Signature.Call impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj) {
        if (obj == null || obj == PyNoneType.NONE) {
            return newRef(this);
        }
        return new PyBuiltinFunctionOrMethod(name, obj, impl);
    }

    private PyObject callUnbound(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1 || !args[0].type().isSubtypeOf(owner)) {
            throw PythonException.typeError("descriptor '" + name + "' of '" + owner.name()
                    + "' object needs an argument");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        try {
            return impl.call(args[0], rest, kw);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw PythonException.typeError(name + "() missing required argument");
        } catch (ClassCastException e) {
            throw PythonException.typeError(name + "(): an argument has the wrong type");
        }
    }
}
