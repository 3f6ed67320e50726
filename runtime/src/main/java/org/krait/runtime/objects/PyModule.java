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
            .slot(Slot.REPR, (Signature.Unary) m -> PyStr.of(((PyModule) m).repr()));

    static {
        // ModuleType(name, doc=None): as CPython's, __new__ makes an empty module of the class
        // (whatever the arguments, for subclasses with their own __init__) and __init__ names it.
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, args, kwnames) -> {
            PyDict d = new PyDict();
            PyModule m = new PyModule((PyType) cls, "?", d);
            d.decref();
            return m;
        });
        TYPE.slot(Slot.INIT, ArgSpec.keywords(1, "name", "doc").checked("module", (self, a, kw) -> {
            if (!(a[0] instanceof PyStr)) {
                throw PythonException.typeError("module.__init__() argument 'name' must be str, not " + a[0].type().name());
            }
            PyModule m = (PyModule) self;
            m.name = a[0].toString();
            m.dict.setItem("__name__", a[0]);
            m.dict.setItem("__doc__", a.length > 1 && a[1] != null ? a[1] : PyNoneType.NONE);
            for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
                m.dict.setItem(k, PyNoneType.NONE);
            }
            return PyNoneType.NONE;
        }));
    }

    private static final PyStr GETATTR = PyStr.of("__getattr__").immortal();

    private final PyType type;
    private String name;
    private final PyDict dict;

    /** A module named {@code name} whose namespace is {@code dict} (kept). */
    public PyModule(String name, PyDict dict) {
        this(TYPE, name, dict);
    }

    /** A module of {@code type} (a subclass of module made by a program, kept). */
    public PyModule(PyType type, String name, PyDict dict) {
        this.type = type;
        if (type != TYPE) {
            type.incref();
        }
        this.name = name;
        this.dict = newRef(dict);
        PyStr n = PyStr.of(name);
        dict.setItem("__name__", n);
        n.decref();
    }

    @Override
    public PyType type() {
        return type;
    }

    public String name() {
        return name;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /**
     * Attribute lookup: the generic one, then the module's own {@code __getattr__} (PEP 562), then
     * CPython's AttributeError, which names a module still running its body as "partially
     * initialized".
     */
    private PyObject getAttribute(PyStr n) {
        try {
            return ObjectOps.genericGetAttr(this, n, dict);
        } catch (org.krait.runtime.objects.exceptions.PythonException e) {
            if (!e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            PyObject hook = dict.getItem(GETATTR);
            if (hook != null) {
                return org.krait.runtime.ops.CallOps.call(hook, n);
            }
            PyObject modName = dict.getItem("__name__");
            if (!(modName instanceof PyStr)) {
                throw org.krait.runtime.objects.exceptions.PythonException.attributeError("module has no attribute '" + n + "'");
            }
            String shown = ObjectOps.repr(modName).toString();
            String attr = ObjectOps.repr(n).toString();
            org.krait.runtime.objects.exceptions.PythonException x = initializing()
                    ? org.krait.runtime.objects.exceptions.PythonException.attributeError("partially initialized module " + shown
                            + " has no attribute " + attr + " (most likely due to a circular import)")
                    : org.krait.runtime.objects.exceptions.PythonException.attributeError("module " + shown + " has no attribute " + attr);
            x.exception().dict().setItem("name", n);
            x.exception().dict().setItem("obj", this);
            throw x;
        }
    }

    /** Whether {@code __spec__._initializing} is true: the module's body is still running. */
    private boolean initializing() {
        PyObject spec = dict.getItem("__spec__");
        if (spec == null || spec == PyNoneType.NONE) {
            return false;
        }
        PyObject v = ObjectOps.lookupAttr(spec, PyStr.of("_initializing"));
        if (v == null) {
            return false;
        }
        try {
            return ObjectOps.isTrue(v);
        } finally {
            v.decref();
        }
    }

    /** CPython's {@code _module_repr}: from the spec when there is one, else from {@code __file__} and {@code __loader__}. */
    private String repr() {
        PyObject spec = dict.getItem("__spec__");
        if (spec != null && spec != PyNoneType.NONE) {
            PyObject specName = attr(spec, "name");
            String shown = specName == null || specName == PyNoneType.NONE ? "'?'" : ObjectOps.repr(specName).toString();
            PyObject origin = attr(spec, "origin");
            PyObject loader = attr(spec, "loader");
            PyObject hasLocation = attr(spec, "has_location");
            try {
                if (origin == null || origin == PyNoneType.NONE) {
                    return loader == null || loader == PyNoneType.NONE ? "<module " + shown + ">"
                            : "<module " + shown + " (" + ObjectOps.repr(loader) + ")>";
                }
                if (hasLocation != null && ObjectOps.isTrue(hasLocation)) {
                    return "<module " + shown + " from " + ObjectOps.repr(origin) + ">";
                }
                return "<module " + shown + " (" + ObjectOps.str(origin) + ")>";
            } finally {
                for (PyObject o : new PyObject[] {specName, origin, loader, hasLocation}) {
                    PyObject.xdecref(o);
                }
            }
        }
        PyObject modName = dict.getItem("__name__");
        String shown = modName == null ? "'?'" : ObjectOps.repr(modName).toString();
        PyObject file = dict.getItem("__file__");
        if (file != null) {
            return "<module " + shown + " from " + ObjectOps.repr(file) + ">";
        }
        PyObject loader = dict.getItem("__loader__");
        return loader == null || loader == PyNoneType.NONE ? "<module " + shown + ">"
                : "<module " + shown + " (" + ObjectOps.repr(loader) + ")>";
    }

    private static PyObject attr(PyObject o, String name) {
        return ObjectOps.lookupAttr(o, PyStr.of(name));
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
        if (type != TYPE) {
            type.decref();
        }
    }
}
