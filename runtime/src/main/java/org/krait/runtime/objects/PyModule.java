package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code module}: a namespace with a name. CPython: Objects/moduleobject.c. */
public class PyModule extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT)
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (m, n) -> ((PyModule) m).getAttribute((PyStr) n))
            .slot(Slot.SETATTR, (Signature.Setter) (m, n, v) -> ObjectOps.genericSetAttr(m, (PyStr) n, v, ((PyModule) m).dict))
            .slot(Slot.REPR, (Signature.Unary) m -> {
                PyModule mod = (PyModule) m;
                PyObject file = mod.dict.getItem("__file__");
                if (file == null && mod.dict.getItem("__loader__") == PyNoneType.NONE) {
                    // made by ModuleType(name): no file, no loader
                    return PyStr.of("<module '" + mod.name + "'>");
                }
                return PyStr.of("<module '" + mod.name + "' " + (file == null ? "(built-in)" : "from " + ObjectOps.repr(file)) + ">");
            })
            // ModuleType(name, doc=None): __new__ makes an empty module, __init__ names it
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> cls == PyModule.TYPE ? new PyModule()
                    : new Derived((PyType) cls))
            .slot(Slot.INIT, ArgSpec.keywords(1, "name", "doc").checked("module", (m, a, kw) -> {
                if (!(a[0] instanceof PyStr)) {
                    throw PythonException.typeError("module.__init__() argument 'name' must be str, not " + a[0].type().name());
                }
                PyModule mod = (PyModule) m;
                mod.name = a[0].toString();
                mod.dict.setItem("__name__", a[0]);
                mod.dict.setItem("__doc__", a.length > 1 && a[1] != null ? a[1] : PyNoneType.NONE);
                mod.dict.setItem("__package__", PyNoneType.NONE);
                mod.dict.setItem("__loader__", PyNoneType.NONE);
                mod.dict.setItem("__spec__", PyNoneType.NONE);
                return PyNoneType.NONE;
            }));

    private String name;
    private final PyDict dict;

    /** A module named {@code name} whose namespace is {@code dict} (kept). */
    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = newRef(dict);
        PyStr n = PyStr.of(name);
        dict.setItem("__name__", n);
        n.decref();
    }

    /** An empty module that {@code module.__init__} names. */
    private PyModule() {
        this.name = "?";
        this.dict = new PyDict();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** An attribute from the namespace, else from the module's own {@code __getattr__} (PEP 562). */
    private PyObject getAttribute(PyStr n) {
        try {
            return ObjectOps.genericGetAttr(this, n, dict);
        } catch (PythonException e) {
            PyObject hook = dict.getItem("__getattr__");
            if (hook == null || !e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return org.krait.runtime.ops.CallOps.call(hook, n);
        }
    }

    /** Makes this module the {@code __self__} of the Java functions its namespace holds now. */
    public void adoptFunctions() {
        for (int i = 0; i < dict.entryBound(); i++) {
            PyObject v = dict.valueAt(i);
            if (v instanceof PyBuiltinFunctionOrMethod) {
                ((PyBuiltinFunctionOrMethod) v).setModule(this);
            }
        }
    }

    @Override
    public void releaseReferences() {
        dict.decref();
    }

    /** An instance of a class deriving from {@code module} ({@code types.ModuleType}). */
    public static final class Derived extends PyModule {
        private final PyType type;

        Derived(PyType type) {
            super();
            this.type = newRef(type);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        protected void dealloc() {
            org.krait.runtime.memory.ReleaseQueue.release(this);
        }

        @Override
        public void releaseReferences() {
            super.releaseReferences();
            type.decref();
        }
    }
}
