package org.krait.runtime.types;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyMappingProxy;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/**
 * The attributes {@code type} gives every class through its namespace: the getset descriptors
 * {@code __name__}, {@code __qualname__}, {@code __bases__}, {@code __module__}, {@code __doc__},
 * {@code __dict__}, {@code __annotations__}, {@code __abstractmethods__}, the members
 * {@code __mro__} and {@code __base__}, and the methods {@code mro}, {@code __subclasses__},
 * {@code __prepare__}, {@code __instancecheck__}, {@code __subclasscheck__}. CPython:
 * {@code type_getsets}, {@code type_members} and {@code type_methods} of typeobject.c.
 */
final class TypeAttributes {

    private TypeAttributes() {
    }

    static void fill(PyType t) {
        getset(t, "__name__", PyType::nameObject, TypeAttributes::setName);
        getset(t, "__qualname__", ty -> PyStr.of(ty.qualname()), TypeAttributes::setQualname);
        getset(t, "__bases__", ty -> PyTuple.of(ty.bases()), TypeBases::set);
        getset(t, "__module__", TypeAttributes::module, (ty, v) -> {
            checkSpecial(ty, v, "__module__");
            ty.setAttribute("__module__", v);
        });
        getset(t, "__abstractmethods__", TypeAttributes::abstractMethods, TypeAttributes::setAbstractMethods);
        getset(t, "__dict__", ty -> new PyMappingProxy(ty.dictView()), null);
        getset(t, "__doc__", TypeAttributes::doc, (ty, v) -> {
            checkSpecial(ty, v, "__doc__");
            ty.setAttribute("__doc__", v);
        });
        getset(t, "__annotations__", TypeAttributes::annotations, TypeAttributes::setAnnotations);
        t.define("__mro__", new PyMemberDescr(t, "__mro__", self -> PyTuple.of(((PyType) self).mro())));
        t.define("__base__", new PyMemberDescr(t, "__base__",
                self -> PyObject.newRef(((PyType) self).base() == null ? PyNoneType.NONE : ((PyType) self).base())));
        t.method("mro", ArgSpec.NOARGS, (self, a, kw) -> {
            PyList l = new PyList();
            for (PyType m : ((PyType) self).mro()) {
                l.append(m);
            }
            return l;
        });
        // CPython's Py_TPFLAGS_HEAPTYPE and Py_TPFLAGS_BASETYPE, the bits copyreg and programs test.
        getset(t, "__flags__", ty -> org.krait.runtime.objects.PyInt.of((ty.isBuiltin() ? 0 : 1 << 9)
                | (ty.isAcceptableBase() ? 1 << 10 : 0)), null);
        t.method("__subclasses__", ArgSpec.NOARGS, (self, a, kw) -> {
            PyList l = new PyList();
            for (PyType sub : ((PyType) self).subclasses()) {
                l.append(sub);
            }
            return l;
        });
        t.method("__instancecheck__", ArgSpec.ONE, (self, a, kw) -> PyBool.of(Subclassing.recursiveIsInstance(a[0], self)));
        t.method("__subclasscheck__", ArgSpec.ONE, (self, a, kw) -> PyBool.of(Subclassing.recursiveIsSubclass(a[0], self)));
        // type.__prepare__(name, bases, **kwds): a class body's namespace is a fresh dict whatever the arguments.
        t.define("__prepare__", new PyClassMethodDescr(t, "__prepare__", (s, a, kw) -> new PyDict()));
    }

    private static void getset(PyType owner, String name, java.util.function.Function<PyType, PyObject> get,
            java.util.function.BiConsumer<PyType, PyObject> set) {
        owner.define(name, new PyGetSetDescr(owner, name, self -> get.apply((PyType) self),
                set == null ? null : (self, v) -> set.accept((PyType) self, v)));
    }

    /** CPython's {@code check_set_special_type_attr}: builtins are immutable, and these attributes cannot be deleted. */
    static void checkSpecial(PyType t, PyObject value, String name) {
        if (t.isBuiltin()) {
            throw PythonException.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
        }
        if (value == null) {
            throw PythonException.typeError("cannot delete '" + name + "' attribute of immutable type '" + t.name() + "'");
        }
    }

    private static void setName(PyType t, PyObject v) {
        checkSpecial(t, v, "__name__");
        if (!(v instanceof PyStr)) {
            throw PythonException.typeError("can only assign string to " + t.name() + ".__name__, not '" + v.type().name() + "'");
        }
        if (v.toString().indexOf('\0') >= 0) {
            throw PythonException.valueError("type name must not contain null characters");
        }
        t.setName(v);
    }

    private static void setQualname(PyType t, PyObject v) {
        checkSpecial(t, v, "__qualname__");
        if (!(v instanceof PyStr)) {
            throw PythonException.typeError("can only assign string to " + t.name() + ".__qualname__, not '"
                    + v.type().name() + "'");
        }
        t.setQualname(v.toString());
    }

    private static PyObject module(PyType t) {
        if (t.isBuiltin()) {
            int dot = t.name().lastIndexOf('.');
            return PyStr.of(dot < 0 ? "builtins" : t.name().substring(0, dot));
        }
        PyObject m = t.getOwn("__module__");
        if (m == null) {
            throw PythonException.attributeError("__module__");
        }
        return PyObject.newRef(m);
    }

    private static PyObject doc(PyType t) {
        if (t.isBuiltin()) {
            String doc = BuiltinDocs.of(t.name());
            if (doc != null) {
                return PyStr.of(doc);
            }
        }
        PyObject d = t.getOwn("__doc__");
        if (d == null) {
            return PyNoneType.NONE;
        }
        Signature.Ternary get = d.type().ternary(Slot.GET);
        return get != null ? get.apply(d, null, t) : PyObject.newRef(d);
    }

    private static PyObject annotations(PyType t) {
        if (t.isBuiltin()) {
            throw ObjectOps.noAttribute(t, PyStr.of("__annotations__"));
        }
        PyObject a = t.getOwn("__annotations__");
        if (a == null) {
            PyDict d = new PyDict();
            t.setAttribute("__annotations__", d);
            return d;
        }
        Signature.Ternary get = a.type().ternary(Slot.GET);
        return get != null ? get.apply(a, null, t) : PyObject.newRef(a);
    }

    private static void setAnnotations(PyType t, PyObject v) {
        if (t.isBuiltin()) {
            throw PythonException.typeError("cannot set '__annotations__' attribute of immutable type '" + t.name() + "'");
        }
        if (v == null) {
            if (!t.deleteAttribute("__annotations__")) {
                throw PythonException.attributeError("__annotations__");
            }
            return;
        }
        t.setAttribute("__annotations__", v);
    }

    private static PyObject abstractMethods(PyType t) {
        PyObject a = t == PyType.TYPE ? null : t.getOwn("__abstractmethods__");
        if (a == null) {
            throw PythonException.attributeError("__abstractmethods__");
        }
        return PyObject.newRef(a);
    }

    private static void setAbstractMethods(PyType t, PyObject v) {
        if (v == null) {
            if (t == PyType.TYPE || !t.deleteAttribute("__abstractmethods__")) {
                throw PythonException.attributeError("__abstractmethods__");
            }
            t.setAbstract(false);
            return;
        }
        boolean isAbstract = ObjectOps.isTrue(v);
        t.setAttribute("__abstractmethods__", v);
        t.setAbstract(isAbstract);
    }
}
