package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyClassmethod;
import org.krait.runtime.objects.PyEllipsis;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code types.GenericAlias}: {@code list[int]}, what the builtin containers' {@code __class_getitem__}
 * make (PEP 585). It keeps the origin class and the arguments, shows them, calls the origin, and
 * hands every attribute it does not own to the origin. CPython: Objects/genericaliasobject.c.
 */
public final class PyGenericAlias extends PyObject {

    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT);

    /** The alias's own attributes; any other name is the origin's ({@code ga_getattro}). */
    private static final Set<String> OWN = Set.of("__origin__", "__args__", "__unpacked__", "__parameters__",
            "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
            "__deepcopy__", "__class__");

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
            if (kw != null) {
                throw PythonException.typeError("GenericAlias() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw PythonException.typeError("GenericAlias expected 2 arguments, got " + args.length);
            }
            return of(args[0], args[1]);
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) g -> PyStr.of(((PyGenericAlias) g).repr()));
        TYPE.slot(Slot.HASH, (Signature.Hash) g -> {
            PyGenericAlias a = (PyGenericAlias) g;
            return ObjectOps.hash(a.origin) ^ ObjectOps.hash(a.args);
        });
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> compare(a, b, true));
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> compare(a, b, false));
        TYPE.slot(Slot.CALL, (Signature.Call) (g, args, kw) -> ((PyGenericAlias) g).call(args, kw));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (g, n) -> ((PyGenericAlias) g).getAttribute((PyStr) n));
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (g, k) -> {
            throw PythonException.typeError(((PyGenericAlias) g).repr() + " is not a generic class");
        });
        TYPE.slot(Slot.OR, (Signature.Binary) PyUnionType::of);
        TYPE.slot(Slot.ROR, (Signature.Binary) (a, b) -> PyUnionType.of(b, a));
        TYPE.method("__mro_entries__", ArgSpec.ONE, (g, a, kw) -> PyTuple.of(((PyGenericAlias) g).origin));
        TYPE.method("__instancecheck__", ArgSpec.ONE, (g, a, kw) -> {
            throw PythonException.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        TYPE.method("__subclasscheck__", ArgSpec.ONE, (g, a, kw) -> {
            throw PythonException.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        TYPE.define("__origin__", new PyMemberDescr(TYPE, "__origin__", g -> newRef(((PyGenericAlias) g).origin)));
        TYPE.define("__args__", new PyMemberDescr(TYPE, "__args__", g -> newRef(((PyGenericAlias) g).args)));
        TYPE.define("__unpacked__", new PyMemberDescr(TYPE, "__unpacked__", g -> PyBool.FALSE));
        TYPE.define("__parameters__", new PyGetSetDescr(TYPE, "__parameters__",
                g -> parameters(((PyGenericAlias) g).args), null));
    }

    private final PyObject origin;
    private final PyTuple args;

    private PyGenericAlias(PyObject origin, PyTuple args) {
        this.origin = newRef(origin);
        this.args = args;
    }

    /** {@code origin[args]}: a tuple of arguments is taken as they are, anything else as the only one. */
    public static PyGenericAlias of(PyObject origin, PyObject args) {
        return new PyGenericAlias(origin, args instanceof PyTuple ? newRef((PyTuple) args) : PyTuple.of(args));
    }

    /**
     * A builtin class's {@code __class_getitem__} (a class method making {@code cls[item]}), to
     * define on the builtin containers.
     */
    public static PyObject classGetItem() {
        return PyClassmethod.of(new PyBuiltinFunctionOrMethod("__class_getitem__", ArgSpec.positional(2, 2),
                (self, a, kw) -> of(a[0], a[1])));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private String repr() {
        StringBuilder sb = new StringBuilder(reprItem(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(args.getItem(i)));
        }
        return sb.append(']').toString();
    }

    /**
     * An argument as a type annotation reads: {@code ...}, another alias by its repr, a class
     * or function by its qualified name (without "builtins."), anything else by its repr.
     */
    static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (hasAttr(p, "__origin__") && hasAttr(p, "__args__")) {
            return ObjectOps.repr(p).toString();
        }
        PyObject qualname = ObjectOps.lookupAttr(p, PyStr.of("__qualname__"));
        PyObject module = qualname == null ? null : ObjectOps.lookupAttr(p, PyStr.of("__module__"));
        try {
            if (qualname == null || module == null) {
                return ObjectOps.repr(p).toString();
            }
            if (module instanceof PyStr && module.toString().equals("builtins")) {
                return ObjectOps.str(qualname).toString();
            }
            return ObjectOps.str(module) + "." + ObjectOps.str(qualname);
        } finally {
            PyObject.xdecref(qualname);
            PyObject.xdecref(module);
        }
    }

    private static boolean hasAttr(PyObject p, String name) {
        PyObject v = ObjectOps.lookupAttr(p, PyStr.of(name));
        PyObject.xdecref(v);
        return v != null;
    }

    /** The type variables among the arguments (those with {@code __typing_subst__}) and their own parameters, in order. */
    static PyTuple parameters(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            PyObject a = args.getItem(i);
            if (a instanceof PyType) {
                continue;
            }
            if (hasAttr(a, "__typing_subst__")) {
                addOnce(out, a);
                continue;
            }
            PyObject sub = ObjectOps.lookupAttr(a, PyStr.of("__parameters__"));
            if (sub instanceof PyTuple) {
                for (int j = 0; j < ((PyTuple) sub).size(); j++) {
                    addOnce(out, ((PyTuple) sub).getItem(j));
                }
            }
            PyObject.xdecref(sub);
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private static void addOnce(List<PyObject> out, PyObject p) {
        if (!out.contains(p)) {
            out.add(p);
        }
    }

    private static PyObject compare(PyObject a, PyObject b, boolean eq) {
        if (!(b instanceof PyGenericAlias)) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        PyGenericAlias x = (PyGenericAlias) a;
        PyGenericAlias y = (PyGenericAlias) b;
        boolean same = ObjectOps.equal(x.origin, y.origin) && ObjectOps.equal(x.args, y.args);
        return PyBool.of(same == eq);
    }

    /** Calls the origin, then records this alias on the result as {@code __orig_class__} where it can. */
    private PyObject call(PyObject[] a, String[] kw) {
        PyObject obj = CallOps.call(origin, a, kw);
        try {
            ObjectOps.setAttr(obj, PyStr.of("__orig_class__"), this);
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR) && !e.matches(ExceptionTypes.TYPE_ERROR)) {
                obj.decref();
                throw e;
            }
        }
        return obj;
    }

    private PyObject getAttribute(PyStr name) {
        if (!OWN.contains(name.toString())) {
            return ObjectOps.getAttr(origin, name);
        }
        return ObjectOps.genericGetAttr(this, name, null);
    }

    @Override
    public void releaseReferences() {
        origin.decref();
        args.decref();
    }
}
