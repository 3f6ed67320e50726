package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code builtin_function_or_method}: a function written in Java ({@code len}), or a builtin
 * method bound to its object ({@code [].append}). CPython: Objects/methodobject.c.
 */
public final class PyBuiltinFunctionOrMethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT).finalType()
            .slot(Slot.CALL, (Signature.Call) (f, args, kw) -> ((PyBuiltinFunctionOrMethod) f).call(args, kw))
            .slot(Slot.REPR, (Signature.Unary) f -> ((PyBuiltinFunctionOrMethod) f).repr())
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (f, n) -> {
                PyBuiltinFunctionOrMethod b = (PyBuiltinFunctionOrMethod) f;
                switch (n.toString()) {
                    case "__name__":
                        return PyStr.of(b.name);
                    case "__qualname__":
                        return PyStr.of(b.self != null && b.qualifier != null ? b.qualifier + "." + b.name : b.name);
                    case "__self__":
                        return newRef(b.self != null ? b.self : b.module != null ? b.module : PyNoneType.NONE);
                    case "__module__":
                        // a module's function names its module; a method of an object has none
                        return b.module != null ? PyStr.of(b.module.name()) : newRef(PyNoneType.NONE);
                    default:
                        return org.krait.runtime.ops.ObjectOps.genericGetAttr(f, (PyStr) n, null);
                }
            });

    private final String name;
    /** The bound object, or null for a plain function. */
    private final PyObject self;
    private final Signature.Call impl;
    /** How it takes its arguments; null for a builtin that checks them itself. */
    private final ArgSpec spec;
    /**
     * What CPython's {@code _PyObject_FunctionStr} puts before the name: the owning type's name
     * for a method, the module's for a function outside {@code builtins}, else null.
     */
    private String qualifier;
    /** The module defining a plain function ({@code len.__self__}), set once by {@link PyModule#adoptFunctions}. */
    private PyModule module;

    /** Puts the builtin function {@code name} into a module's namespace {@code d}. */
    public static void define(PyDict d, String name, Signature.Call impl) {
        PyBuiltinFunctionOrMethod f = new PyBuiltinFunctionOrMethod(name, impl);
        d.setItem(name, f);
        f.decref();
    }

    /** Puts the builtin function {@code name}, whose arguments {@code spec} checks, into {@code d}. */
    public static void define(PyDict d, String name, ArgSpec spec, Signature.Call impl) {
        PyBuiltinFunctionOrMethod f = new PyBuiltinFunctionOrMethod(name, spec, impl);
        d.setItem(name, f);
        f.decref();
    }

    /** A method of {@code owner} (null if none) bound to {@code self} (which it keeps a reference to). */
    public PyBuiltinFunctionOrMethod(String name, PyType owner, PyObject self, ArgSpec spec, Signature.Call impl) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.spec = spec;
        // A method bound to a class (cls.mro, cls.__subclasses__) is named after that class, as CPython's __qualname__.
        this.qualifier = owner == null ? null : self instanceof PyType ? ((PyType) self).qualname() : owner.qualname();
        if (self != null) {
            self.incref();
        }
    }

    /** A method bound to {@code self} (which it keeps a reference to), checking its own arguments. */
    public PyBuiltinFunctionOrMethod(String name, PyObject self, Signature.Call impl) {
        this(name, null, self, null, impl);
    }

    /** A builtin function; {@code impl} receives null as self. */
    public PyBuiltinFunctionOrMethod(String name, Signature.Call impl) {
        this(name, null, null, null, impl);
    }

    /** A builtin function whose arguments {@code spec} checks; {@code impl} receives null as self. */
    public PyBuiltinFunctionOrMethod(String name, ArgSpec spec, Signature.Call impl) {
        this(name, null, null, spec, impl);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    /** Records the module that defines this plain function (kept); a bound method is left alone. */
    void setModule(PyModule m) {
        if (self == null && module == null) {
            module = newRef(m);
            qualifier = m.name().equals("builtins") ? null : m.name();
        }
    }

    /** Calls with the vectorcall convention (arguments borrowed, result a new reference). */
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (spec != null) {
            args = spec.bind(name, qualifier, args, kwnames);
            kwnames = null;
        }
        try {
            return impl.call(self, args, kwnames);
        } catch (ArrayIndexOutOfBoundsException e) {
            // A Java builtin read an argument it was not given: report it as CPython would, a TypeError.
            throw PythonException.typeError(name + "() missing required argument");
        } catch (ClassCastException e) {
            throw PythonException.typeError(name + "(): an argument has the wrong type");
        }
    }

    private PyObject repr() {
        if (self == null) {
            return PyStr.of("<built-in function " + name + ">");
        }
        if (self instanceof org.krait.runtime.types.PyType) {
            return PyStr.of("<built-in method " + name + " of type object at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">");
        }
        if (self instanceof PyModule) {
            return PyStr.of("<built-in function " + name + ">");
        }
        return PyStr.of("<built-in method " + name + " of " + self.type().name() + " object at 0x"
                + Integer.toHexString(System.identityHashCode(self)) + ">");
    }

    @Override
    public void releaseReferences() {
        xdecref(self);
        xdecref(module);
    }
}
