package org.krait.runtime.objects;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code function}: a code object with its globals, defaults and closure. Calling it runs its
 * code's {@link org.krait.runtime.bytecode.CodeBody}. CPython: Objects/funcobject.c.
 */
public final class PyFunction extends org.krait.runtime.memory.GcObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT).finalType()
            .slot(Slot.NEW, org.krait.runtime.types.ArgSpec.keywords(2, "code", "globals", "name", "argdefs", "closure")
                    .checked("function", (cls, a, kw) -> construct(a)))
            .slot(Slot.CALL, (Signature.Call) (f, args, kw) -> ((PyFunction) f).code.body().call((PyFunction) f, args, kw))
            .slot(Slot.GET, (Signature.Ternary) (f, obj, type) -> obj == null || obj == PyNoneType.NONE
                    ? newRef(f) : new PyMethod(f, obj))
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (f, n) -> ((PyFunction) f).getAttribute((PyStr) n))
            .slot(Slot.SETATTR, (Signature.Setter) (f, n, v) -> ((PyFunction) f).setAttribute((PyStr) n, v))
            .slot(Slot.REPR, (Signature.Unary) f -> PyStr.of("<function " + ((PyFunction) f).qualname + " at 0x"
                    + Integer.toHexString(System.identityHashCode(f)) + ">"));

    private final PyCode code;
    private final PyDict globals;
    private final PyDict builtins;
    private String name;
    private String qualname;
    private PyTuple defaults;
    private PyDict kwdefaults;
    private PyTuple closure;
    private PyDict dict;
    private PyObject module;

    /** A function running {@code code} in {@code globals} (both kept). */
    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        this.code = newRef(code);
        this.globals = newRef(globals);
        this.builtins = newRef(builtins);
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.getItem("__name__");
        this.module = m != null ? newRef(m) : null;
        track();
    }

    /**
     * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}; the
     * builtins are those {@code globals} names as {@code __builtins__} (a module or a dict).
     */
    private static PyObject construct(PyObject[] a) {
        if (!(a[0] instanceof PyCode)) {
            throw org.krait.runtime.objects.exceptions.PythonException.typeError(
                    "function() argument 'code' must be code, not " + a[0].type().name());
        }
        if (!(a[1] instanceof PyDict)) {
            throw org.krait.runtime.objects.exceptions.PythonException.typeError(
                    "function() argument 'globals' must be dict, not " + a[1].type().name());
        }
        PyObject name = a.length > 2 && a[2] != null ? a[2] : PyNoneType.NONE;
        PyObject argdefs = a.length > 3 && a[3] != null ? a[3] : PyNoneType.NONE;
        PyObject closure = a.length > 4 && a[4] != null ? a[4] : PyNoneType.NONE;
        if (name != PyNoneType.NONE && !(name instanceof PyStr)) {
            throw org.krait.runtime.objects.exceptions.PythonException.typeError("arg 3 (name) must be None or string");
        }
        if (argdefs != PyNoneType.NONE && !(argdefs instanceof PyTuple)) {
            throw org.krait.runtime.objects.exceptions.PythonException.typeError("arg 4 (defaults) must be None or tuple");
        }
        PyCode code = (PyCode) a[0];
        int nfree = code.nfreevars();
        int nclosure = closure instanceof PyTuple ? ((PyTuple) closure).size() : 0;
        if (closure != PyNoneType.NONE && !(closure instanceof PyTuple)) {
            throw org.krait.runtime.objects.exceptions.PythonException.typeError("arg 5 (closure) must be tuple");
        }
        if (nfree != nclosure) {
            throw org.krait.runtime.objects.exceptions.PythonException.valueError(code.name + " requires closure of length "
                    + nfree + ", not " + nclosure);
        }
        PyDict globals = (PyDict) a[1];
        PyObject b = globals.getItem("__builtins__");
        PyDict builtins = b instanceof PyDict ? (PyDict) b : b instanceof PyModule ? ((PyModule) b).dict() : new PyDict();
        PyFunction f = new PyFunction(code, globals, builtins);
        if (name != PyNoneType.NONE) {
            f.name = name.toString();
        }
        if (argdefs != PyNoneType.NONE) {
            f.setDefaults(newRef((PyTuple) argdefs));
        }
        if (closure != PyNoneType.NONE && nclosure > 0) {
            f.setClosure(newRef((PyTuple) closure));
        }
        return f;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyCode code() {
        return code;
    }

    /** {@code __globals__} (borrowed). */
    public PyDict globals() {
        return globals;
    }

    /** The builtins namespace the function's code sees (borrowed). */
    public PyDict builtins() {
        return builtins;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    /** {@code __defaults__} (borrowed), or null. */
    public PyTuple defaults() {
        return defaults;
    }

    /** Sets {@code __defaults__}, taking over the caller's reference. */
    public void setDefaults(PyTuple d) {
        xdecref(defaults);
        defaults = d;
    }

    /** {@code __kwdefaults__} (borrowed), or null. */
    public PyDict kwdefaults() {
        return kwdefaults;
    }

    /** Sets {@code __kwdefaults__}, taking over the caller's reference. */
    public void setKwdefaults(PyDict d) {
        xdecref(kwdefaults);
        kwdefaults = d;
    }

    /** {@code __closure__}: a tuple of cells (borrowed), or null. */
    public PyTuple closure() {
        return closure;
    }

    /** Sets {@code __closure__}, taking over the caller's reference. */
    public void setClosure(PyTuple c) {
        xdecref(closure);
        closure = c;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private PyObject getAttribute(PyStr n) {
        switch (n.toString()) {
            case "__name__":
                return PyStr.of(name);
            case "__qualname__":
                return PyStr.of(qualname);
            case "__code__":
                return newRef(code);
            case "__globals__":
                return newRef(globals);
            case "__module__":
                return newRef(module != null ? module : PyNoneType.NONE);
            case "__defaults__":
                return newRef(defaults != null ? defaults : PyNoneType.NONE);
            case "__kwdefaults__":
                return newRef(kwdefaults != null ? kwdefaults : PyNoneType.NONE);
            case "__annotations__": {
                PyObject ann = dict().getItem(n);
                if (ann == null) {
                    ann = new PyDict();
                    dict().setItem(n, ann);
                    ann.decref();
                }
                return newRef(ann);
            }
            case "__closure__":
                return newRef(closure != null ? closure : PyNoneType.NONE);
            case "__doc__": {
                PyObject d = dict == null ? null : dict.getItem(n);
                if (d == null) {
                    d = code.consts.length > 0 && code.consts[0] instanceof PyStr ? code.consts[0] : PyNoneType.NONE;
                }
                return newRef(d);
            }
            case "__dict__":
                return newRef(dict());
            default:
                return ObjectOps.genericGetAttr(this, n, dict());
        }
    }

    private void setAttribute(PyStr n, PyObject v) {
        switch (n.toString()) {
            case "__name__":
                name = v.toString();
                return;
            case "__qualname__":
                qualname = v.toString();
                return;
            case "__defaults__":
                if (v != PyNoneType.NONE && !(v instanceof PyTuple)) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError("__defaults__ must be set to a tuple object");
                }
                setDefaults(v == PyNoneType.NONE ? null : newRef((PyTuple) v));
                return;
            case "__kwdefaults__":
                if (v != PyNoneType.NONE && !(v instanceof PyDict)) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError("__kwdefaults__ must be set to a dict object");
                }
                setKwdefaults(v == PyNoneType.NONE ? null : newRef((PyDict) v));
                return;
            default:
                dict().setItem(n, v);
        }
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(code);
        v.visit(globals);
        v.visit(builtins);
        if (module != null) {
            v.visit(module);
        }
        if (defaults != null) {
            v.visit(defaults);
        }
        if (kwdefaults != null) {
            v.visit(kwdefaults);
        }
        if (dict != null) {
            v.visit(dict);
        }
        if (closure != null) {
            v.visit(closure);
        }
    }

    @Override
    public void releaseReferences() {
        code.decref();
        globals.decref();
        builtins.decref();
        xdecref(defaults);
        xdecref(kwdefaults);
        xdecref(closure);
        xdecref(dict);
        xdecref(module);
    }
}
