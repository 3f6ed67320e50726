package org.krait.runtime.types;

import java.util.LinkedHashMap;
import java.util.Map;
import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * The slots of {@code object} and {@code type}, which every other type inherits or overrides.
 * CPython: {@code object_*} and {@code type_*} functions of Objects/typeobject.c.
 */
final class BaseSlots {

    private BaseSlots() {
    }

    static final Signature.Call OBJECT_INIT = (self, args, kw) -> PyNoneType.NONE;

    static void fill() {
        PyType o = PyType.OBJECT;
        // A builtin type that makes its instances neither itself nor through a factory of its own
        // (generator, frame, cell...) has none: object.__new__ refuses it.
        o.instances(ty -> ty == PyType.OBJECT ? new org.krait.runtime.objects.PyPlainObject()
                : ty.isBuiltin() ? null : new PyInstance(ty));
        o.slot(Slot.REPR, (Signature.Unary) BaseSlots::objectRepr);
        // object.__str__ is repr(self), through the type's own __repr__.
        o.slot(Slot.STR, (Signature.Unary) self -> self.type().unary(Slot.REPR).apply(self));
        o.slot(Slot.HASH, (Signature.Hash) self -> System.identityHashCode(self));
        o.slot(Slot.EQ, (Signature.Binary) (a, b) -> a == b ? PyBool.TRUE : PyNotImplementedType.NOT_IMPLEMENTED);
        o.slot(Slot.NE, (Signature.Binary) (a, b) -> {
            PyObject eq = a.type().binary(Slot.EQ).apply(a, b);
            if (eq == PyNotImplementedType.NOT_IMPLEMENTED) {
                return eq;
            }
            boolean r = !ObjectOps.isTrue(eq);
            eq.decref();
            return PyBool.of(r);
        });
        // object's ordering comparisons decline, so that the other operand's reflection is tried.
        for (Slot s : new Slot[] {Slot.LT, Slot.LE, Slot.GT, Slot.GE}) {
            o.slot(s, (Signature.Binary) (a, b) -> PyNotImplementedType.NOT_IMPLEMENTED);
        }
        o.slot(Slot.GETATTRIBUTE, (Signature.Binary) (self, n) -> ObjectOps.genericGetAttr(self, (PyStr) n,
                self instanceof DictOwner ? ((DictOwner) self).dict() : null));
        o.slot(Slot.SETATTR, (Signature.Setter) (self, n, v) -> ObjectOps.genericSetAttr(self, (PyStr) n, v,
                self instanceof DictOwner ? ((DictOwner) self).dict() : null));
        o.slot(Slot.NEW, (Signature.Call) BaseSlots::objectNew);
        o.slot(Slot.INIT, OBJECT_INIT);

        PyType t = PyType.TYPE;
        t.slot(Slot.CALL, (Signature.Call) BaseSlots::typeCall);
        t.slot(Slot.REPR, (Signature.Unary) self -> {
            PyType ty = (PyType) self;
            if (ty.isBuiltin()) {
                return PyStr.of("<class '" + ty.name() + "'>");
            }
            PyObject mod = ty.lookup("__module__");
            String prefix = mod == null || mod.toString().equals("builtins") ? "" : mod + ".";
            return PyStr.of("<class '" + prefix + ty.qualname() + "'>");
        });
        t.slot(Slot.GETATTRIBUTE, (Signature.Binary) (self, n) -> typeGetAttr((PyType) self, (PyStr) n));
        t.slot(Slot.SETATTR, (Signature.Setter) (self, n, v) -> {
            PyType ty = (PyType) self;
            if (ty.isBuiltin()) {
                throw PythonException.typeError("cannot set '" + n + "' attribute of immutable type '" + ty.name() + "'");
            }
            ty.setAttribute(n.toString(), v);
        });
        t.slot(Slot.NEW, (Signature.Call) BaseSlots::typeNew);
        t.slot(Slot.OR, (Signature.Binary) (a, b) -> PyUnionType.of(a, b));
        t.slot(Slot.ROR, (Signature.Binary) (a, b) -> PyUnionType.of(b, a));
        t.slot(Slot.INIT, OBJECT_INIT);
        t.method("mro", (self, a, kw) -> {
            PyType[] mro = ((PyType) self).mro();
            org.krait.runtime.objects.PyList l = new org.krait.runtime.objects.PyList();
            for (PyType m : mro) {
                l.append(m);
            }
            return l;
        });
    }

    private static PyObject objectRepr(PyObject self) {
        PyType t = self.type();
        PyObject mod = t.lookup("__module__");
        String name = t.isBuiltin() ? t.name() : (mod == null ? "" : mod + ".") + t.qualname();
        return PyStr.of("<" + name + " object at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">");
    }

    private static PyObject objectNew(PyObject cls, PyObject[] args, String[] kw) {
        PyType t = (PyType) cls;
        if (args.length > 0 && t.raw(Slot.INIT) == OBJECT_INIT) {
            throw PythonException.typeError(t.name() + "() takes no arguments");
        }
        PyObject obj = t.newInstance();
        if (obj == null) {
            throw PythonException.typeError("cannot create '" + t.name() + "' instances");
        }
        return obj;
    }

    private static PyObject typeCall(PyObject self, PyObject[] args, String[] kw) {
        PyType t = (PyType) self;
        if (t == PyType.TYPE && args.length == 1 && kw == null) {
            return PyObject.newRef(args[0].type());
        }
        Signature.Call nw = t.call(Slot.NEW);
        if (nw == null) {
            throw PythonException.typeError("cannot create '" + t.name() + "' instances");
        }
        PyObject obj;
        try {
            obj = nw.call(t, args, kw);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw PythonException.typeError(t.name() + "() missing required argument");
        } catch (ClassCastException e) {
            throw PythonException.typeError(t.name() + "(): an argument has the wrong type");
        }
        if (obj.type().isSubtypeOf(t)) {
            Signature.Call init = obj.type().call(Slot.INIT);
            if (init != null && init != OBJECT_INIT) {
                PyObject r = init.call(obj, args, kw);
                if (r != PyNoneType.NONE) {
                    throw PythonException.typeError("__init__() should return None, not '" + r.type().name() + "'");
                }
            }
        }
        return obj;
    }

    /** {@code type(name, bases, namespace)}. */
    private static PyObject typeNew(PyObject meta, PyObject[] args, String[] kw) {
        if (args.length != 3) {
            throw PythonException.typeError("type() takes 1 or 3 arguments");
        }
        PyObject[] baseObjs = IterOps.toArray(args[1]);
        PyType[] bases = new PyType[baseObjs.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(baseObjs[i] instanceof PyType)) {
                throw PythonException.typeError("bases must be types");
            }
            bases[i] = (PyType) baseObjs[i];
            if (!bases[i].isAcceptableBase()) {
                throw PythonException.typeError("type '" + bases[i].name() + "' is not an acceptable base type");
            }
        }
        PyDict ns = (PyDict) args[2];
        Map<String, PyObject> map = new LinkedHashMap<>();
        for (int i = 0; i < ns.entryBound(); i++) {
            PyObject k = ns.keyAt(i);
            if (k != null) {
                PyObject v = ns.valueAt(i);
                v.incref();
                map.put(k.toString(), v);
            }
        }
        PyType t = PyType.heap(args[0].toString(), bases, map);
        PyObject qn = map.get("__qualname__");
        if (qn != null) {
            t.setQualname(qn.toString());
        }
        return t;
    }

    private static PyObject typeGetAttr(PyType t, PyStr n) {
        String name = n.toString();
        switch (name) {
            case "__name__":
                return PyStr.of(t.isBuiltin() ? t.qualname() : t.name());
            case "__qualname__":
                return PyStr.of(t.qualname());
            case "__mro__": {
                PyType[] mro = t.mro();
                return PyTuple.of(mro);
            }
            case "__bases__":
                return PyTuple.of(t.bases());
            case "__base__":
                return PyObject.newRef(t.base() == null ? PyNoneType.NONE : t.base());
            case "__dict__": {
                // A read-only view of a snapshot of the namespace (CPython's is live; a class's
                // namespace changes only through setattr, which a held view then misses).
                PyDict d = new PyDict();
                for (String k : t.ownNames()) {
                    d.setItem(k, t.getOwn(k));
                }
                PyObject proxy = new org.krait.runtime.objects.PyMappingProxy(d);
                d.decref();
                return proxy;
            }
            case "__doc__":
                // Like CPython's type_new, every class has its own __doc__ (None when it has no docstring).
                if (t.getOwn("__doc__") == null) {
                    String doc = t.isBuiltin() ? BuiltinDocs.of(t.name()) : null;
                    return doc == null ? PyNoneType.NONE : PyStr.of(doc);
                }
                break;
            case "__module__":
                if (t.isBuiltin()) {
                    int dot = t.name().lastIndexOf('.');
                    return PyStr.of(dot < 0 ? "builtins" : t.name().substring(0, dot));
                }
                break;
            default:
                break;
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            Signature.Ternary get = v.type().ternary(Slot.GET);
            return get != null ? get.apply(v, PyNoneType.NONE, t) : PyObject.newRef(v);
        }
        PyObject meta = PyType.TYPE.lookup(name);
        if (meta != null) {
            Signature.Ternary get = meta.type().ternary(Slot.GET);
            return get != null ? get.apply(meta, t, PyType.TYPE) : PyObject.newRef(meta);
        }
        throw ObjectOps.noAttribute(t, n);
    }

    /** Calls {@code f} with {@code self} prepended, for slot dispatchers. */
    static PyObject callWithSelf(PyObject f, PyObject self, PyObject[] args, String[] kw) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return CallOps.call(f, full, kw);
    }
}
