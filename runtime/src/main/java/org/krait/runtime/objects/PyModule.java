package org.krait.runtime.objects;

import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code module}: a namespace with a name. CPython: Objects/moduleobject.c. */
public final class PyModule extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT)
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (m, n) -> ObjectOps.genericGetAttr(m, (PyStr) n, ((PyModule) m).dict))
            .slot(Slot.SETATTR, (Signature.Setter) (m, n, v) -> ObjectOps.genericSetAttr(m, (PyStr) n, v, ((PyModule) m).dict))
            .slot(Slot.REPR, (Signature.Unary) m -> {
                PyModule mod = (PyModule) m;
                PyObject file = mod.dict.getItem("__file__");
                return PyStr.of("<module '" + mod.name + "' " + (file == null ? "(built-in)" : "from " + ObjectOps.repr(file)) + ">");
            });

    private final String name;
    private final PyDict dict;

    /** A module named {@code name} whose namespace is {@code dict} (kept). */
    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = newRef(dict);
        PyStr n = PyStr.of(name);
        dict.setItem("__name__", n);
        n.decref();
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
}
