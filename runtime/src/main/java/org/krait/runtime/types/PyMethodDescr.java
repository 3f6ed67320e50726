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
    /** How the method takes its arguments (after self); null when the implementation checks them. */
    private final ArgSpec spec;

    public PyMethodDescr(PyType owner, String name, ArgSpec spec, Signature.Call impl) {
        this.owner = owner;
        this.name = name;
        this.spec = spec;
        this.impl = impl;
    }

    public PyMethodDescr(PyType owner, String name, Signature.Call impl) {
        this(owner, name, null, impl);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj) {
        if (obj == null || obj == PyNoneType.NONE) {
            return newRef(this);
        }
        return new PyBuiltinFunctionOrMethod(name, owner, obj, spec, impl);
    }

    private PyObject callUnbound(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1) {
            throw PythonException.typeError("unbound method " + owner.qualname() + "." + name + "() needs an argument");
        }
        if (!args[0].type().isSubtypeOf(owner)) {
            throw PythonException.typeError("descriptor '" + name + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + args[0].type().name() + "' object");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        if (spec != null) {
            rest = spec.bind(name, owner.qualname(), rest, kw);
            kw = null;
        }
        try {
            return impl.call(args[0], rest, kw);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw PythonException.typeError(name + "() missing required argument");
        } catch (ClassCastException e) {
            throw PythonException.typeError(name + "(): an argument has the wrong type");
        }
    }
}
